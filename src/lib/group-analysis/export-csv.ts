import type { Analysis, GroupResult } from './analyse';
import { formatMean, formatRate, formatRisk } from './format';
import { CHART_SCALES, CHART_SCALE_INFO } from './scales';
import { DIFFERENCE_WARNING, SMALL_GROUP_RULE, isShown } from './ten-person-rule';

/**
 * The group results as a CSV file for Excel: UTF-8 with a BOM (so Excel reads the Japanese), CRLF.
 * It opens with the date and the same notices as the page; a small group that is not shown keeps its
 * name and headcount only, marked as hidden.
 */

export const HIDDEN_MARK = '10人未満のため結果を表示していません';

export const CSV_COLUMNS = [
  '集団',
  '人数',
  '男性',
  '女性',
  '高ストレス判定の対象（57項目）',
  '高ストレス者数（素点換算表）',
  '割合（素点換算表）',
  '高ストレス者数（合計点数）',
  '割合（合計点数）',
  ...CHART_SCALES.map((k) => `${CHART_SCALE_INFO[k].name}（平均）`),
  '健康リスクA（量-コントロール）',
  '健康リスクB（職場の支援）',
  '総合健康リスク',
  '備考',
] as const;

const quote = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function groupCells(g: GroupResult, shown: boolean): string[] {
  if (!shown) return [g.name, String(g.people), ...Array(CSV_COLUMNS.length - 3).fill(''), HIDDEN_MARK];
  const judged = g.judged > 0;
  const notes = [
    g.small ? '10人未満（実施者が表示を選択）' : '',
    g.people > g.judged ? `23項目のみの回答${g.people - g.judged}人は高ストレスの判定に含めていません` : '',
  ].filter(Boolean);
  return [
    g.name,
    String(g.people),
    String(g.male),
    String(g.female),
    String(g.judged),
    judged ? String(g.highStress.conversion) : '',
    formatRate(g.highStress.conversion, g.judged) ?? '',
    judged ? String(g.highStress.sum) : '',
    formatRate(g.highStress.sum, g.judged) ?? '',
    ...CHART_SCALES.map((k) => formatMean(g.means[k])),
    formatRisk(g.risk.a),
    formatRisk(g.risk.b),
    formatRisk(g.risk.total),
    notes.join('。'),
  ];
}

export interface CsvMeta {
  /** 2026年11月30日 */
  date: string;
  /** How the sexes were combined and where the constants come from, one line each. */
  methodNotes: readonly string[];
}

export function groupResultsCsv(analysis: Analysis, revealed: ReadonlySet<string>, meta: CsvMeta): string {
  const lines: string[][] = [
    ['集団分析の結果（仕事のストレス判定図）', `作成日：${meta.date}`],
    [`注意：${SMALL_GROUP_RULE}`],
    [DIFFERENCE_WARNING],
    ...meta.methodNotes.map((n) => [n]),
    [],
    [...CSV_COLUMNS],
    ...analysis.groups.map((g) => groupCells(g, isShown(g, revealed))),
    groupCells(analysis.whole, isShown(analysis.whole, revealed)),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(quote).join(',')).join('\r\n')}\r\n`;
}
