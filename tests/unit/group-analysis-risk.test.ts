import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseGroups, personScorer, type PersonScore } from '../../src/lib/group-analysis/analyse';
import type { CheckedRow } from '../../src/lib/group-analysis/import-rows';
import { groupAnalysisNormsSchema, toRuntimeNorms } from '../../src/lib/group-analysis/norms-schema';
import { combineBySex, healthRisk, roundRisk, type SexNorms } from '../../src/lib/group-analysis/risk';
import type { ScaleValues } from '../../src/lib/group-analysis/scales';
import { bjsq57Schema, toRuntimeInstrument } from '../../src/lib/stress-check/schema';
import type { Sex } from '../../src/lib/stress-check/score';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../content/instruments/${path}`, import.meta.url), 'utf8'));
const instrument = toRuntimeInstrument(bjsq57Schema.parse(read('bjsq57.json')));
const norms = toRuntimeNorms(groupAnalysisNormsSchema.parse(read('group-analysis-norms.json')));
const ITEMS = instrument.sections.flatMap((s) => s.items.map((i) => i.id));

// The constants as group-analysis.md §2 prints them, independent of the JSON.
const MALE: SexNorms = {
  quant: { mean: 8.7, coefficient: 0.076 },
  control: { mean: 7.9, coefficient: -0.089 },
  boss: { mean: 7.5, coefficient: -0.097 },
  coworker: { mean: 8.1, coefficient: -0.097 },
};
const FEMALE: SexNorms = {
  quant: { mean: 7.9, coefficient: 0.048 },
  control: { mean: 7.2, coefficient: -0.056 },
  boss: { mean: 6.6, coefficient: -0.097 },
  coworker: { mean: 8.2, coefficient: -0.097 },
};
const atNorms = (n: SexNorms, offsets: Partial<ScaleValues> = {}): ScaleValues => ({
  quant: n.quant.mean + (offsets.quant ?? 0),
  control: n.control.mean + (offsets.control ?? 0),
  boss: n.boss.mean + (offsets.boss ?? 0),
  coworker: n.coworker.mean + (offsets.coworker ?? 0),
});
const rounded = (r: { a: number; b: number; total: number }) => ({ a: roundRisk(r.a), b: roundRisk(r.b), total: roundRisk(r.total) });

describe('健康リスク: the self-check values of the reference (group-analysis.md §2)', () => {
  it('uses the constants of the reference', () => {
    expect(norms).toEqual({ male: MALE, female: FEMALE });
  });
  it('male, all four scales at the national means → 100', () => {
    expect(rounded(healthRisk(atNorms(MALE), MALE))).toEqual({ a: 100, b: 100, total: 100 });
  });
  it('male, 仕事の量的負担 +1 and 仕事のコントロール −1 → 118', () => {
    const risk = healthRisk(atNorms(MALE, { quant: 1, control: -1 }), MALE);
    expect(risk.a).toBeCloseTo(100 * Math.exp(0.076 + 0.089), 10);
    expect(rounded(risk)).toEqual({ a: 118, b: 100, total: 118 });
  });
  it('male, 上司の支援 −1 and 同僚の支援 −1 → 121', () => {
    const risk = healthRisk(atNorms(MALE, { boss: -1, coworker: -1 }), MALE);
    expect(risk.b).toBeCloseTo(100 * Math.exp(0.097 + 0.097), 10);
    expect(rounded(risk)).toEqual({ a: 100, b: 121, total: 121 });
  });
  it('female, 仕事の量的負担 +1 and 仕事のコントロール −1 → 111', () => {
    const risk = healthRisk(atNorms(FEMALE, { quant: 1, control: -1 }), FEMALE);
    expect(risk.a).toBeCloseTo(100 * Math.exp(0.048 + 0.056), 10);
    expect(rounded(risk)).toEqual({ a: 111, b: 100, total: 111 });
  });
  it('総合健康リスク is A × B / 100 for one sex', () => {
    const risk = healthRisk({ quant: 10, control: 6, boss: 6, coworker: 7 }, MALE);
    expect(risk.total).toBeCloseTo((risk.a * risk.b) / 100, 10);
  });
});

describe('combining the sexes of a mixed group', () => {
  it('averages each risk with the headcounts as weights', () => {
    const male = { a: 90, b: 110, total: 99 };
    const female = { a: 120, b: 100, total: 120 };
    expect(combineBySex([{ people: 1, risk: male }, { people: 3, risk: female }])).toEqual({ a: 112.5, b: 102.5, total: 114.75 });
  });
  it('one sex only: that sex’s risk; nobody: null', () => {
    const risk = { a: 101, b: 99, total: 99.99 };
    expect(combineBySex([{ people: 7, risk }])).toEqual(risk);
    expect(combineBySex([])).toBeNull();
  });
});

// Three hand-computed groups. Items outside the four scales are answered 2; the scale items are set so
// that each person's raw scores are known: 15 − (sum of the three answers).
function person(sex: Sex, group: string, scores: ScaleValues, line: number): CheckedRow {
  const answers = Object.fromEntries(ITEMS.map((id) => [id, 2]));
  const three = (total: number): number[] => {
    const sum = 15 - total; // what the three answers must add up to
    const base = Math.floor(sum / 3);
    return [base + (sum % 3 > 0 ? 1 : 0), base + (sum % 3 > 1 ? 1 : 0), base];
  };
  const put = (ids: string[], total: number) => three(total).forEach((v, i) => (answers[ids[i]] = v));
  put(['A1', 'A2', 'A3'], scores.quant);
  put(['A8', 'A9', 'A10'], scores.control);
  put(['C1', 'C4', 'C7'], scores.boss);
  put(['C2', 'C5', 'C8'], scores.coworker);
  return { line, group, sex, answers, full: true };
}
const score = personScorer(instrument);
const MEN = [
  { quant: 9, control: 6, boss: 9, coworker: 9 },
  { quant: 6, control: 9, boss: 6, coworker: 6 },
];
const WOMEN = [
  { quant: 8, control: 6, boss: 6, coworker: 8 },
  { quant: 9, control: 7, boss: 6, coworker: 8 },
  { quant: 10, control: 8, boss: 9, coworker: 8 },
];

describe('three hand-computed groups: scale means and 健康リスク', () => {
  const people: PersonScore[] = [
    ...MEN.map((s, i) => score(person('male', '男性だけ', s, i + 2))),
    ...WOMEN.map((s, i) => score(person('female', '女性だけ', s, i + 10))),
    ...MEN.map((s, i) => score(person('male', '男女', s, i + 20))),
    ...WOMEN.map((s, i) => score(person('female', '男女', s, i + 30))),
  ];
  const { groups, whole } = analyseGroups(people, norms);
  const byName = Object.fromEntries(groups.map((g) => [g.name, g]));

  it('reads each person’s four scales from the answers', () => {
    expect(people.slice(0, 5).map((p) => p.scales)).toEqual([...MEN, ...WOMEN]);
  });

  it('men only: means 7.5 each; A = 100·e^(−1.2·0.076 + 0.4·0.089), B = 100·e^(0.6·0.097)', () => {
    const g = byName['男性だけ'];
    expect(g.means).toEqual({ quant: 7.5, control: 7.5, boss: 7.5, coworker: 7.5 });
    expect(g.risk.a).toBeCloseTo(100 * Math.exp(-0.0556), 10); // 94.59
    expect(g.risk.b).toBeCloseTo(100 * Math.exp(0.0582), 10); // 105.99
    expect(g.risk.total).toBeCloseTo(100 * Math.exp(0.0026), 10); // 100.26
    expect(rounded(g.risk)).toEqual({ a: 95, b: 106, total: 100 });
  });

  it('women only: means 9, 7, 7, 8; A = 100·e^(1.1·0.048 + 0.2·0.056), B = 100·e^(−0.4·0.097 + 0.2·0.097)', () => {
    const g = byName['女性だけ'];
    expect(g.means).toEqual({ quant: 9, control: 7, boss: 7, coworker: 8 });
    expect(g.risk.a).toBeCloseTo(100 * Math.exp(0.064), 10); // 106.61
    expect(g.risk.b).toBeCloseTo(100 * Math.exp(-0.0194), 10); // 98.08
    expect(g.risk.total).toBeCloseTo(100 * Math.exp(0.0446), 10); // 104.56
    expect(rounded(g.risk)).toEqual({ a: 107, b: 98, total: 105 });
  });

  it('mixed (2 men, 3 women): each sex with its own constants, weighted 2 : 3', () => {
    const g = byName['男女'];
    expect(g).toMatchObject({ people: 5, male: 2, female: 3, judged: 5 });
    expect(g.means.quant).toBeCloseTo(8.4, 10);
    expect(g.means.control).toBeCloseTo(7.2, 10);
    expect(g.means.boss).toBeCloseTo(7.2, 10);
    expect(g.means.coworker).toBeCloseTo(7.8, 10);
    expect(g.risk.a).toBeCloseTo((2 * 100 * Math.exp(-0.0556) + 3 * 100 * Math.exp(0.064)) / 5, 10); // 101.80
    expect(g.risk.b).toBeCloseTo((2 * 100 * Math.exp(0.0582) + 3 * 100 * Math.exp(-0.0194)) / 5, 10); // 101.24
    expect(g.risk.total).toBeCloseTo((2 * 100 * Math.exp(0.0026) + 3 * 100 * Math.exp(0.0446)) / 5, 10); // 102.84
    expect(rounded(g.risk)).toEqual({ a: 102, b: 101, total: 103 });
    // Not the male table for everyone, and not A × B / 100 of the combined values.
    expect(roundRisk(healthRisk(g.means, MALE).a)).not.toBe(102);
    expect(g.risk.total).not.toBeCloseTo((g.risk.a * g.risk.b) / 100, 2);
  });

  it('the whole holds everyone, in the order groups first appear', () => {
    expect(groups.map((g) => g.name)).toEqual(['男性だけ', '女性だけ', '男女']);
    expect(whole).toMatchObject({ name: '全体', people: 10, male: 4, female: 6, small: false });
  });
});

describe('high-stress counts use the scoring engine of the stress check, per person', () => {
  const answersOf = (base: number, overrides: Record<string, number> = {}) => Object.fromEntries(ITEMS.map((id) => [id, overrides[id] ?? base]));
  const range = (from: number, to: number, prefix: string) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
  // The four answer sets of tests/e2e/stress-check.spec.ts, with their verdicts by 素点換算表 / 合計点数.
  const rows: CheckedRow[] = [
    { line: 2, group: 'G', sex: 'male', full: true, answers: answersOf(1) }, // normal / normal
    { line: 3, group: 'G', sex: 'female', full: true, answers: answersOf(4) }, // high / high
    {
      line: 4,
      group: 'G',
      sex: 'male',
      full: true,
      answers: answersOf(1, {
        ...{ B1: 2, B4: 3, B5: 3, B6: 2, B7: 3, B8: 3, B9: 2, B10: 3, B11: 3, B12: 2, B13: 3 },
        ...Object.fromEntries(range(14, 29, 'B').map((id) => [id, 2])),
      }),
    }, // high / normal
    { line: 5, group: 'G', sex: 'female', full: true, answers: answersOf(1, Object.fromEntries([...range(1, 3, 'B'), ...range(13, 29, 'B')].map((id) => [id, 4]))) }, // normal / high
    { line: 6, group: 'G', sex: 'female', full: false, answers: answersOf(4) }, // short form: not judged
  ];
  it('counts each method apart and leaves short-form rows out of the judgement', () => {
    const { groups } = analyseGroups(rows.map(score), norms);
    expect(groups[0]).toMatchObject({ people: 5, judged: 4, highStress: { conversion: 2, sum: 2 } });
  });
});
