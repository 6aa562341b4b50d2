import type { InstrumentId } from './instruments';

/** The self-assessment tools, as listed on /check/ and the home page. */
export interface Tool {
  href: string;
  title: string;
  audience: string;
  summary: string;
  /** The button that leads to it from its topic page and the home page. */
  action: string;
  /** The topic whose page leads to it. */
  topic: string;
  /** The id its completions are counted under (analytics). */
  instrument: InstrumentId;
}

export const TOOLS: Tool[] = [
  {
    href: '/check/stress/',
    title: 'ストレスセルフチェック（57項目）',
    audience: '働く方',
    summary: '職業性ストレス簡易調査票の57の質問に答えて、いまのストレスの状態を確かめます。回答はこの端末の外に送られません。',
    action: 'セルフチェックをする（57項目・約5分）',
    topic: 'stress-check',
    instrument: 'bjsq57',
  },
  {
    href: '/check/excellent-company/',
    title: '安全衛生優良企業 自己診断（参考版）',
    audience: '事業者・人事労務、産業保健スタッフ',
    summary: '安全衛生優良企業公表制度の認定基準の構成と合否の基準にそって、自社の取組を○×で確かめます。結果は印刷やCSVで保存できます。',
    action: '自己診断をする（参考版・約15分）',
    topic: 'excellent-company',
    instrument: 'excellent-company',
  },
  {
    href: '/check/group-analysis/',
    title: '集団分析（仕事のストレス判定図）',
    audience: 'ストレスチェックの実施者、事業者・人事労務',
    summary: 'ストレスチェックの回答のCSVから、集団ごとの高ストレス者の割合と仕事のストレス判定図を作ります。ファイルはアップロードせず、ブラウザの中だけで集計します。',
    action: '集団分析をする（CSVを読み込む）',
    topic: 'stress-check',
    instrument: 'group-analysis',
  },
];

/** The tool a topic page leads to, if it has one. */
export const toolForTopic = (topicId: string): Tool | undefined => TOOLS.find((t) => t.topic === topicId);

/** The name staff know a tool by, for an instrument id such as bjsq57. */
export const toolName = (instrument: string): string => TOOLS.find((t) => t.instrument === instrument)?.title ?? instrument;
