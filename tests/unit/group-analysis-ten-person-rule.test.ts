import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseGroups, type PersonScore } from '../../src/lib/group-analysis/analyse';
import { CSV_COLUMNS, HIDDEN_MARK, groupResultsCsv } from '../../src/lib/group-analysis/export-csv';
import { groupAnalysisNormsSchema, toRuntimeNorms } from '../../src/lib/group-analysis/norms-schema';
import { DIFFERENCE_WARNING, MIN_GROUP_SIZE, SMALL_GROUP_RULE, isShown, isSmallGroup } from '../../src/lib/group-analysis/ten-person-rule';

const norms = toRuntimeNorms(
  groupAnalysisNormsSchema.parse(JSON.parse(readFileSync(new URL('../../content/instruments/group-analysis-norms.json', import.meta.url), 'utf8'))),
);
const people = (group: string, n: number, highStress = false): PersonScore[] =>
  Array.from({ length: n }, (_, i) => ({
    group,
    sex: i % 2 === 0 ? 'male' : 'female',
    scales: { quant: 9, control: 7, boss: 7, coworker: 8 },
    highStress: { sum: highStress && i === 0, conversion: highStress && i === 0 },
  }));

describe('the 10-person rule of the 指針', () => {
  it('under 10 people is small; 10 is not', () => {
    expect(MIN_GROUP_SIZE).toBe(10);
    expect([1, 9, 10, 11].map(isSmallGroup)).toEqual([true, true, false, false]);
  });

  it('says what the 指針 says: giving results to the employer is limited, not analysing', () => {
    expect(SMALL_GROUP_RULE).toContain('全ての労働者の同意を得ない限り、集計・分析の結果を事業者に提供してはならない');
    expect(SMALL_GROUP_RULE).toContain('個々の労働者が特定されるおそれのない方法');
    expect(SMALL_GROUP_RULE).toContain('あらかじめ衛生委員会等で調査審議');
    expect(SMALL_GROUP_RULE).not.toMatch(/分析してはならない|分析しない/);
  });

  const analysis = analyseGroups([...people('営業部', 10, true), ...people('経理課', 9, true), ...people('総務課', 3)], norms);

  it('small groups are still analysed, and marked', () => {
    expect(analysis.groups.map((g) => [g.name, g.people, g.small, g.highStress.sum])).toEqual([
      ['営業部', 10, false, 1],
      ['経理課', 9, true, 1],
      ['総務課', 3, true, 0],
    ]);
    expect(analysis.whole).toMatchObject({ people: 22, small: false });
  });

  it('a small group is shown only when the 実施者 chooses it, group by group', () => {
    const [sales, accounts, general] = analysis.groups;
    const none = new Set<string>();
    expect([sales, accounts, general].map((g) => isShown(g, none))).toEqual([true, false, false]);
    expect([sales, accounts, general].map((g) => isShown(g, new Set(['経理課'])))).toEqual([true, true, false]);
  });

  it('a whole of fewer than 10 people is small too', () => {
    expect(analyseGroups(people('本社', 6), norms).whole).toMatchObject({ name: '全体', people: 6, small: true });
  });

  const rows = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean)
      .map((l) => l.split(','));
  const meta = { date: '2026年11月30日', methodNotes: ['男女の合わせ方の説明'] };

  it('the CSV export carries the notice, and a hidden group only its name and headcount', () => {
    const csv = groupResultsCsv(analysis, new Set(), meta);
    expect(csv.startsWith('\uFEFF集団分析の結果（仕事のストレス判定図）,作成日：2026年11月30日\r\n')).toBe(true);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).toBe(`注意：${SMALL_GROUP_RULE}`);
    expect(lines[2]).toBe(DIFFERENCE_WARNING);
    expect(lines[3]).toBe('男女の合わせ方の説明');
    expect(lines[4]).toBe('');
    expect(lines[5]).toBe(CSV_COLUMNS.join(','));
    const table = rows(csv).slice(5);
    expect(table.find((r) => r[0] === '経理課')).toEqual(['経理課', '9', ...Array(CSV_COLUMNS.length - 3).fill(''), HIDDEN_MARK]);
    expect(table.find((r) => r[0] === '総務課')?.at(-1)).toBe(HIDDEN_MARK);
    expect(table.find((r) => r[0] === '営業部')).toEqual(['営業部', '10', '5', '5', '10', '1', '10.0%', '1', '10.0%', '9.0', '7.0', '7.0', '8.0', ...risks(analysis.groups[0]), '']);
    expect(csv).not.toContain('10人未満（実施者が表示を選択）');
  });

  it('a group the 実施者 chose to show is exported in full, marked as such', () => {
    const table = rows(groupResultsCsv(analysis, new Set(['経理課']), meta)).slice(5);
    const row = table.find((r) => r[0] === '経理課')!;
    expect(row.slice(0, 9)).toEqual(['経理課', '9', '5', '4', '9', '1', '11.1%', '1', '11.1%']);
    expect(row.at(-1)).toBe('10人未満（実施者が表示を選択）');
    expect(table.at(-1)![0]).toBe('全体');
  });
});

function risks(g: { risk: { a: number; b: number; total: number } }): string[] {
  return [g.risk.a, g.risk.b, g.risk.total].map((v) => String(Math.round(v)));
}
