/** The self-assessment tools, as listed on /check/ and the home page. */
export interface Tool {
  href: string;
  title: string;
  audience: string;
  summary: string;
}

export const TOOLS: Tool[] = [
  {
    href: '/check/stress/',
    title: 'ストレスセルフチェック（57項目）',
    audience: '働く方',
    summary: '職業性ストレス簡易調査票の57の質問に答えて、いまのストレスの状態を確かめます。回答はこの端末の外に送られません。',
  },
];
