import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bjsq57Schema, toRuntimeInstrument, type RuntimeBjsq57 } from '../../src/lib/stress-check/schema';
import {
  IncompleteAnswersError,
  InvalidAnswersError,
  scoreBjsq57,
  type Answers,
  type Sex,
} from '../../src/lib/stress-check/score';

const json = JSON.parse(readFileSync(new URL('../../content/instruments/bjsq57.json', import.meta.url), 'utf8'));
const instrument = toRuntimeInstrument(bjsq57Schema.parse(json));
const SEXES: Sex[] = ['male', 'female'];

// ---------------------------------------------------------------------------------------------
// Independent statements of the instrument, copied from stress-check.md (not from the JSON).

const SECTION_SIZES = { A: 17, B: 29, C: 9, D: 2 } as const;
const ALL_IDS = Object.entries(SECTION_SIZES).flatMap(([s, n]) => Array.from({ length: n }, (_, i) => `${s}${i + 1}`));
/** §2.1: A1–A7, A11–A13, A15, B1–B3 are recoded 1⇄4, 2⇄3 by the 合計点数 method. */
const REVERSE = new Set(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A11', 'A12', 'A13', 'A15', 'B1', 'B2', 'B3']);
const range = (from: number, to: number, prefix: string) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
/** §2.2: items of each scale (formulas are checked one by one below). */
const SCALE_ITEMS: Record<string, string[]> = {
  quantitative_demands: ['A1', 'A2', 'A3'],
  qualitative_demands: ['A4', 'A5', 'A6'],
  physical_demands: ['A7'],
  interpersonal_stress: ['A12', 'A13', 'A14'],
  environment_stress: ['A15'],
  job_control: ['A8', 'A9', 'A10'],
  skill_utilization: ['A11'],
  job_fitness: ['A16'],
  intrinsic_reward: ['A17'],
  vigor: ['B1', 'B2', 'B3'],
  irritability: ['B4', 'B5', 'B6'],
  fatigue: ['B7', 'B8', 'B9'],
  anxiety: ['B10', 'B11', 'B12'],
  depression: range(13, 18, 'B'),
  somatic: range(19, 29, 'B'),
  supervisor_support: ['C1', 'C4', 'C7'],
  coworker_support: ['C2', 'C5', 'C8'],
  family_friend_support: ['C3', 'C6', 'C9'],
  satisfaction: ['D1', 'D2'],
};
/** Items that enter their scale's formula with a minus sign (15−(…), 5−…, 10−(A12+A13)+A14, 10−(D1+D2)). */
const NEGATIVE = new Set([
  ...['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A12', 'A13', 'A15', 'A8', 'A9', 'A10', 'A16', 'A17'],
  ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'D1', 'D2'],
]);
/** ★ scales: 評価点 = column; the others: 評価点 = 6 − column (§3(c)). */
const STAR = new Set(['job_control', 'skill_utilization', 'job_fitness', 'intrinsic_reward', 'vigor', 'supervisor_support', 'coworker_support', 'family_friend_support', 'satisfaction']);
const DOMAIN_A = ['quantitative_demands', 'qualitative_demands', 'physical_demands', 'interpersonal_stress', 'environment_stress', 'job_control', 'skill_utilization', 'job_fitness', 'intrinsic_reward'];
const DOMAIN_B = ['vigor', 'irritability', 'fatigue', 'anxiety', 'depression', 'somatic'];
const DOMAIN_C = ['supervisor_support', 'coworker_support', 'family_friend_support'];

/** §3(c) 素点換算表, columns 低い/少い | やや低い/少い | 普通 | やや高い/多い | 高い/多い, as printed there. */
const MALE_TABLE: Record<string, string> = {
  quantitative_demands: '3–5 | 6–7 | 8–9 | 10–11 | 12',
  qualitative_demands: '3–5 | 6–7 | 8–9 | 10–11 | 12',
  physical_demands: '— | 1 | 2 | 3 | 4',
  interpersonal_stress: '3 | 4–5 | 6–7 | 8–9 | 10–12',
  environment_stress: '— | 1 | 2 | 3 | 4',
  job_control: '3–4 | 5–6 | 7–8 | 9–10 | 11–12',
  skill_utilization: '1 | 2 | 3 | 4 | —',
  job_fitness: '1 | 2 | 3 | — | 4',
  intrinsic_reward: '1 | 2 | 3 | — | 4',
  vigor: '3 | 4–5 | 6–7 | 8–9 | 10–12',
  irritability: '3 | 4–5 | 6–7 | 8–9 | 10–12',
  fatigue: '3 | 4 | 5–7 | 8–10 | 11–12',
  anxiety: '3 | 4 | 5–7 | 8–9 | 10–12',
  depression: '6 | 7–8 | 9–12 | 13–16 | 17–24',
  somatic: '11 | 12–15 | 16–21 | 22–26 | 27–44',
  supervisor_support: '3–4 | 5–6 | 7–8 | 9–10 | 11–12',
  coworker_support: '3–5 | 6–7 | 8–9 | 10–11 | 12',
  family_friend_support: '3–6 | 7–8 | 9 | 10–11 | 12',
  satisfaction: '2–3 | 4 | 5–6 | 7 | 8',
};
const FEMALE_TABLE: Record<string, string> = {
  ...MALE_TABLE,
  quantitative_demands: '3–4 | 5–6 | 7–9 | 10–11 | 12',
  qualitative_demands: '3–4 | 5–6 | 7–8 | 9–10 | 11–12',
  environment_stress: '1 | — | 2 | 3 | 4',
  job_control: '3 | 4–5 | 6–8 | 9–10 | 11–12',
  irritability: '3 | 4–5 | 6–8 | 9–10 | 11–12',
  fatigue: '3 | 4–5 | 6–8 | 9–11 | 12',
  anxiety: '3 | 4 | 5–7 | 8–10 | 11–12',
  depression: '6 | 7–8 | 9–12 | 13–17 | 18–24',
  somatic: '11–13 | 14–17 | 18–23 | 24–29 | 30–44',
  supervisor_support: '3 | 4–5 | 6–7 | 8–10 | 11–12',
};
const TABLES = { male: MALE_TABLE, female: FEMALE_TABLE };

/** 評価点 of a raw score by the printed table; undefined when the raw score is in no column. */
function printedPoint(sex: Sex, scale: string, raw: number): number | undefined {
  const cells = TABLES[sex][scale].split('|').map((c) => c.trim());
  const column = cells.findIndex((cell) => {
    if (cell === '—') return false;
    const [lo, hi = lo] = cell.split('–').map(Number);
    return raw >= lo && raw <= hi;
  });
  if (column < 0) return undefined;
  return STAR.has(scale) ? column + 1 : 5 - column;
}

// ---------------------------------------------------------------------------------------------
// Answer vectors

const uniform = (value: number, overrides: Record<string, number> = {}): Answers => ({
  ...Object.fromEntries(ALL_IDS.map((id) => [id, value])),
  ...overrides,
});

/** Answers for a scale's items that give it the raw score `raw` (others left to the caller). */
function answersForRaw(scale: string, raw: number): Record<string, number> {
  const items = SCALE_ITEMS[scale];
  // Start at the lowest raw score: + items at 1, − items at 4. Each step then adds 1.
  const answers = Object.fromEntries(items.map((id) => [id, NEGATIVE.has(id) ? 4 : 1]));
  const lowest = items.reduce((n, id) => n + (NEGATIVE.has(id) ? -4 : 1), constantOf(scale));
  let steps = raw - lowest;
  for (const id of items) {
    while (steps > 0 && (NEGATIVE.has(id) ? answers[id] > 1 : answers[id] < 4)) {
      answers[id] += NEGATIVE.has(id) ? -1 : 1;
      steps--;
    }
  }
  if (steps !== 0 || raw < lowest) throw new Error(`${scale} cannot reach ${raw}`);
  return answers;
}
/** The constant of each formula in §2.2: 15−(…) for three reversed items, 5−x, 10−(…), or none. */
function constantOf(scale: string): number {
  if (scale === 'interpersonal_stress' || scale === 'satisfaction') return 10;
  if (['physical_demands', 'environment_stress', 'job_fitness', 'intrinsic_reward'].includes(scale)) return 5;
  return SCALE_ITEMS[scale].some((id) => NEGATIVE.has(id)) ? 15 : 0;
}

/** 合計点数 vector: domain totals after recoding (higher = more stress), spread over the items from the first. */
function sumVector(totals: { A: number; B: number; C: number }): Answers {
  const answers: Record<string, number> = uniform(1);
  for (const domain of ['A', 'B', 'C'] as const) {
    let extra = totals[domain] - SECTION_SIZES[domain];
    for (let i = 1; i <= SECTION_SIZES[domain]; i++) {
      const stress = 1 + Math.min(3, extra);
      extra -= stress - 1;
      const id = `${domain}${i}`;
      answers[id] = REVERSE.has(id) ? 5 - stress : stress;
    }
    if (extra !== 0) throw new Error(`cannot reach ${domain} = ${totals[domain]}`);
  }
  return answers;
}

/** 素点換算 vector: every scale starts at 評価点 1 and is raised scale by scale until the domain sums are hit. */
function pointVector(sex: Sex, totals: { A: number; B: number; C: number }): Answers {
  const answers: Record<string, number> = uniform(1);
  for (const [domain, scales] of [['A', DOMAIN_A], ['B', DOMAIN_B], ['C', DOMAIN_C]] as const) {
    let left = totals[domain];
    const chosen = scales.map((scale) => {
      const points = [1, 2, 3, 4, 5].filter((p) => rawFor(sex, scale, p) !== undefined);
      return { scale, points, point: points[0] };
    });
    left -= chosen.reduce((n, c) => n + c.point, 0);
    for (const c of chosen) {
      for (const p of c.points) if (p > c.point && p - c.point <= left) [left, c.point] = [left - (p - c.point), p];
    }
    if (left !== 0) throw new Error(`cannot reach ${domain} = ${totals[domain]} for ${sex}`);
    for (const c of chosen) Object.assign(answers, answersForRaw(c.scale, rawFor(sex, c.scale, c.point)!));
  }
  return answers;
}
function rawFor(sex: Sex, scale: string, point: number): number | undefined {
  for (let raw = 1; raw <= 44; raw++) if (printedPoint(sex, scale, raw) === point) return raw;
  return undefined;
}

const scaleOf = (answers: Answers, sex: Sex, id: string) => scoreBjsq57(instrument, answers, sex).conversion.scales.find((s) => s.id === id)!;
const totals = ({ A, B, C, highStress, reasons }: { A: number; B: number; C: number; highStress: boolean; reasons: string[] }) => ({ A, B, C, highStress, reasons });

// ---------------------------------------------------------------------------------------------

describe('scale formulas (素点)', () => {
  /** One vector with different values on neighbouring items, so a mis-wired item changes the result. */
  const vector = uniform(1, {
    ...{ A1: 1, A2: 2, A3: 4, A4: 2, A5: 3, A6: 4, A7: 3, A8: 4, A9: 3, A10: 1, A11: 3, A12: 1, A13: 3, A14: 2, A15: 2, A16: 2, A17: 4 },
    ...{ B1: 1, B2: 2, B3: 4, B4: 2, B5: 2, B6: 3, B7: 4, B8: 1, B9: 1, B10: 3, B11: 3, B12: 3 },
    ...{ B13: 1, B14: 2, B15: 3, B16: 4, B17: 1, B18: 2 },
    ...{ B19: 1, B20: 2, B21: 3, B22: 4, B23: 1, B24: 2, B25: 3, B26: 4, B27: 1, B28: 2, B29: 3 },
    ...{ C1: 1, C2: 3, C3: 2, C4: 2, C5: 4, C6: 4, C7: 4, C8: 1, C9: 3, D1: 1, D2: 3 },
  });
  const cases: [string, number, string][] = [
    ['quantitative_demands', 8, '15−(1+2+4)'],
    ['qualitative_demands', 6, '15−(2+3+4)'],
    ['physical_demands', 2, '5−3'],
    ['interpersonal_stress', 8, '10−(1+3)+2'],
    ['environment_stress', 3, '5−2'],
    ['job_control', 7, '15−(4+3+1)'],
    ['skill_utilization', 3, 'A11 = 3'],
    ['job_fitness', 3, '5−2'],
    ['intrinsic_reward', 1, '5−4'],
    ['vigor', 7, '1+2+4'],
    ['irritability', 7, '2+2+3'],
    ['fatigue', 6, '4+1+1'],
    ['anxiety', 9, '3+3+3'],
    ['depression', 13, '1+2+3+4+1+2'],
    ['somatic', 26, '1+2+3+4+1+2+3+4+1+2+3'],
    ['supervisor_support', 8, '15−(C1 1 + C4 2 + C7 4)'],
    ['coworker_support', 7, '15−(C2 3 + C5 4 + C8 1)'],
    ['family_friend_support', 6, '15−(C3 2 + C6 4 + C9 3)'],
    ['satisfaction', 6, '10−(1+3)'],
  ];

  it('covers all 19 scales', () => {
    expect(cases.map(([id]) => id).sort()).toEqual(instrument.scales.map((s) => s.id).sort());
  });

  it.each(cases)('%s = %i (%s)', (id, raw) => {
    expect(scaleOf(vector, 'male', id).raw).toBe(raw);
    expect(scaleOf(vector, 'female', id).raw).toBe(raw);
  });
});

describe('素点換算表: every cell boundary', () => {
  for (const sex of SEXES) {
    for (const scale of Object.keys(SCALE_ITEMS)) {
      it(`${sex} ${scale}`, () => {
        const rows = instrument.conversion[sex][scale];
        // Rows as printed in stress-check.md (independent of the JSON).
        const printed = TABLES[sex][scale].split('|').filter((c) => c.trim() !== '—').length;
        expect(rows).toHaveLength(printed);
        const lowest = rows[0].min;
        const highest = rows[rows.length - 1].max;
        rows.forEach((row, i) => {
          for (const raw of [row.min, row.max]) {
            const answers = uniform(1, answersForRaw(scale, raw));
            expect(scaleOf(answers, sex, scale)).toMatchObject({ raw, point: printedPoint(sex, scale, raw) });
            expect(scaleOf(answers, sex, scale).point).toBe(row.point);
          }
          // The neighbours: one below the row's min is the previous row, one above its max the next.
          if (row.min - 1 >= lowest) {
            const below = scaleOf(uniform(1, answersForRaw(scale, row.min - 1)), sex, scale).point;
            expect(below).toBe(printedPoint(sex, scale, row.min - 1));
            expect(below).toBe(rows[i - 1].point);
          }
          if (row.max + 1 <= highest) {
            const above = scaleOf(uniform(1, answersForRaw(scale, row.max + 1)), sex, scale).point;
            expect(above).toBe(printedPoint(sex, scale, row.max + 1));
            expect(above).toBe(rows[i + 1].point);
          }
        });
        // And every raw score in between, against the printed table.
        for (let raw = lowest; raw <= highest; raw++) {
          expect(scaleOf(uniform(1, answersForRaw(scale, raw)), sex, scale).point).toBe(printedPoint(sex, scale, raw));
        }
      });
    }
  }

  it.each([
    // [sex, scale, raw, 評価点] read off stress-check.md §3(c) by hand
    ['male', 'quantitative_demands', 7, 4], // 6–7 is やや低い; S1's typo would make it 普通 (3)
    ['female', 'quantitative_demands', 9, 3],
    ['male', 'qualitative_demands', 11, 2],
    ['female', 'qualitative_demands', 11, 1],
    ['male', 'physical_demands', 1, 4], // no 低い column: the best answer gets 4
    ['male', 'environment_stress', 1, 4],
    ['female', 'environment_stress', 1, 5],
    ['female', 'skill_utilization', 4, 4], // S1's female typo would give 5
    ['male', 'job_fitness', 4, 5],
    ['male', 'fatigue', 11, 1],
    ['female', 'fatigue', 11, 2],
    ['male', 'depression', 17, 1],
    ['female', 'depression', 17, 2],
    ['male', 'somatic', 27, 1],
    ['female', 'somatic', 27, 2],
    ['male', 'supervisor_support', 8, 3],
    ['female', 'supervisor_support', 8, 4],
    ['male', 'family_friend_support', 9, 3],
    ['female', 'satisfaction', 4, 2],
  ] as const)('spot check: %s %s raw %i → %i', (sex, scale, raw, point) => {
    expect(scaleOf(uniform(1, answersForRaw(scale, raw)), sex, scale)).toMatchObject({ raw, point });
  });
});

describe('合計点数 method (その1): B ≥ 77, or A+C ≥ 76 and B ≥ 63', () => {
  it.each([
    [{ A: 30, B: 76, C: 20 }, []],
    [{ A: 30, B: 77, C: 20 }, ['ア']],
    [{ A: 50, B: 63, C: 26 }, ['イ']],
    [{ A: 50, B: 63, C: 25 }, []],
    [{ A: 50, B: 62, C: 26 }, []],
    [{ A: 49, B: 62, C: 26 }, []],
    [{ A: 50, B: 77, C: 26 }, ['ア', 'イ']],
    [{ A: 68, B: 62, C: 36 }, []],
  ])('%o → %o', (target, reasons) => {
    for (const sex of SEXES) {
      const { sum } = scoreBjsq57(instrument, sumVector(target), sex);
      expect(totals(sum)).toEqual({ ...target, highStress: reasons.length > 0, reasons });
    }
  });
});

describe('素点換算 method (その2): B ≤ 12, or A+C ≤ 26 and B ≤ 17', () => {
  for (const sex of SEXES) {
    it.each([
      [{ A: 28, B: 12, C: 12 }, ['ア']],
      [{ A: 28, B: 13, C: 12 }, []],
      [{ A: 17, B: 17, C: 9 }, ['イ']],
      [{ A: 18, B: 17, C: 9 }, []],
      [{ A: 17, B: 18, C: 9 }, []],
      [{ A: 20, B: 18, C: 7 }, []],
      [{ A: 20, B: 12, C: 6 }, ['ア', 'イ']],
    ])(`${sex}: %o → %o`, (target, reasons) => {
      const { conversion } = scoreBjsq57(instrument, pointVector(sex, target), sex);
      expect(totals(conversion)).toEqual({ ...target, highStress: reasons.length > 0, reasons });
    });
  }
});

describe('whole-questionnaire vectors', () => {
  it('all answers 1: 合計 A50/B38/C9, 素点換算 A22/B26/C15 for both sexes, not high', () => {
    for (const sex of SEXES) {
      const { sum, conversion } = scoreBjsq57(instrument, uniform(1), sex);
      expect(totals(sum)).toEqual({ A: 50, B: 38, C: 9, highStress: false, reasons: [] });
      expect(totals(conversion)).toEqual({ A: 22, B: 26, C: 15, highStress: false, reasons: [] });
    }
  });

  it('all answers 1, male: every scale', () => {
    const { scales } = scoreBjsq57(instrument, uniform(1), 'male').conversion;
    expect(scales.map((s) => [s.id, s.raw, s.point])).toEqual([
      ['quantitative_demands', 12, 1],
      ['qualitative_demands', 12, 1],
      ['physical_demands', 4, 1],
      ['interpersonal_stress', 9, 2],
      ['environment_stress', 4, 1],
      ['job_control', 12, 5],
      ['skill_utilization', 1, 1],
      ['job_fitness', 4, 5],
      ['intrinsic_reward', 4, 5],
      ['vigor', 3, 1],
      ['irritability', 3, 5],
      ['fatigue', 3, 5],
      ['anxiety', 3, 5],
      ['depression', 6, 5],
      ['somatic', 11, 5],
      ['supervisor_support', 12, 5],
      ['coworker_support', 12, 5],
      ['family_friend_support', 12, 5],
      ['satisfaction', 8, 5], // shown, but not in C: C is 15, not 20
    ]);
    expect(scales[0]).toEqual({ id: 'quantitative_demands', name: '心理的な仕事の負担（量）', domain: 'A', raw: 12, point: 1 });
  });

  it('all answers 4: 合計 A35/B107/C36 (ア); 素点換算 male A28/B10/C3, female A29/B10/C3 (ア)', () => {
    // Raw scores with every answer 4: 量 15−12=3, 質 3, 身体的負担 5−4=1, 対人関係 10−8+4=6, 職場環境 1,
    // コントロール 15−12=3, 技能 4, 適性 1, 働きがい 1; 活気 12, イライラ・疲労・不安 12, 抑うつ 24, 身体愁訴 44;
    // サポート 15−12=3 each.
    // Male A: 量 3→5, 質 3→5, 身体 1→4 (no 低い column), 対人 6→3, 環境 1→4 (no 低い column),
    //   コントロール 3→1, 技能 4→4 (no 高い column), 適性 1→1, 働きがい 1→1: 5+5+4+3+4+1+4+1+1 = 28.
    // Female A: the same except 職場環境 1→5 (women have a 低い column, 1): 29.
    // B (both): 活気 12→5, the other five at their maxima →1 each: 5+1+1+1+1+1 = 10 ≤ 12 → ア.
    // C (both): 3→1 each = 3. A+C = 31 / 32 > 26, so イ does not apply.
    // 合計: reverse items answered 4 count 1 (A: 11 items → 11, the other 6 → 24 = 35; B: 3 + 26×4 = 107; C: 36);
    // B = 107 ≥ 77 → ア; A+C = 71 < 76 → not イ.
    const male = scoreBjsq57(instrument, uniform(4), 'male');
    const female = scoreBjsq57(instrument, uniform(4), 'female');
    for (const { sum } of [male, female]) expect(totals(sum)).toEqual({ A: 35, B: 107, C: 36, highStress: true, reasons: ['ア'] });
    expect(totals(male.conversion)).toEqual({ A: 28, B: 10, C: 3, highStress: true, reasons: ['ア'] });
    expect(totals(female.conversion)).toEqual({ A: 29, B: 10, C: 3, highStress: true, reasons: ['ア'] });
    expect(female.conversion.scales.find((s) => s.id === 'environment_stress')).toMatchObject({ raw: 1, point: 5 });
    expect(male.conversion.scales.find((s) => s.id === 'environment_stress')).toMatchObject({ raw: 1, point: 4 });
  });

  it('合計 high, 素点換算 normal, both sexes', () => {
    // All 1, but 活気 B1–B3, 抑うつ B13–B18 and 身体愁訴 B19–B29 answered 4.
    // 合計 B: 活気 recoded 1+1+1 = 3, イライラ・疲労・不安 3 each, 抑うつ 24, 身体愁訴 44 → 80 ≥ 77 (ア).
    // 素点換算 B: 活気 12→5, イライラ・疲労・不安 3→5, 抑うつ 24→1, 身体愁訴 44→1 → 22 > 17: normal.
    const answers = uniform(1, Object.fromEntries([...range(1, 3, 'B'), ...range(13, 29, 'B')].map((id) => [id, 4])));
    for (const sex of SEXES) {
      const { sum, conversion } = scoreBjsq57(instrument, answers, sex);
      expect(totals(sum)).toEqual({ A: 50, B: 80, C: 9, highStress: true, reasons: ['ア'] });
      expect(totals(conversion)).toEqual({ A: 22, B: 22, C: 15, highStress: false, reasons: [] });
    }
  });

  it('素点換算 high, 合計 normal: male (the same answers are normal for a woman)', () => {
    // 活気 2,1,1 = 4; イライラ 3,3,2 = 8; 疲労 3,3,2 = 8; 不安 3,3,2 = 8; 抑うつ 3,2,2,2,2,2 = 13; 身体愁訴 2×11 = 22.
    // Male 評価点: 4→2, 8→2, 8→2, 8→2, 13→2, 22→2 = 12 ≤ 12 (ア).
    // Female 評価点: 4→2, 8→3, 8→3, 8→2, 13→2, 22→3 = 15; A+C = 22+15 = 37 > 26: normal.
    // 合計 B: 活気 recoded 3+4+4 = 11, 8, 8, 8, 13, 22 → 70 < 77, A+C = 59 < 76: normal.
    const answers = uniform(1, {
      ...{ B1: 2, B4: 3, B5: 3, B6: 2, B7: 3, B8: 3, B9: 2, B10: 3, B11: 3, B12: 2, B13: 3 },
      ...Object.fromEntries(range(14, 29, 'B').map((id) => [id, 2])),
    });
    const male = scoreBjsq57(instrument, answers, 'male');
    const female = scoreBjsq57(instrument, answers, 'female');
    expect(totals(male.sum)).toEqual({ A: 50, B: 70, C: 9, highStress: false, reasons: [] });
    expect(totals(female.sum)).toEqual(totals(male.sum));
    expect(totals(male.conversion)).toEqual({ A: 22, B: 12, C: 15, highStress: true, reasons: ['ア'] });
    expect(totals(female.conversion)).toEqual({ A: 22, B: 15, C: 15, highStress: false, reasons: [] });
  });

  it('素点換算 high, 合計 normal: female', () => {
    // 活気 2,1,1 = 4; イライラ 3,3,3 = 9; 疲労 3,3,3 = 9; 不安 3,3,2 = 8; 抑うつ 13; 身体愁訴 3,3 + 2×9 = 24.
    // Female 評価点: 4→2, 9→2, 9→2, 8→2, 13→2, 24→2 = 12 (ア). 合計 B: 11+9+9+8+13+24 = 74 < 77: normal.
    const answers = uniform(1, {
      ...{ B1: 2, B4: 3, B5: 3, B6: 3, B7: 3, B8: 3, B9: 3, B10: 3, B11: 3, B12: 2, B13: 3 },
      ...Object.fromEntries(range(14, 29, 'B').map((id) => [id, 2])),
      ...{ B19: 3, B20: 3 },
    });
    const { sum, conversion } = scoreBjsq57(instrument, answers, 'female');
    expect(totals(sum)).toEqual({ A: 50, B: 74, C: 9, highStress: false, reasons: [] });
    expect(totals(conversion)).toEqual({ A: 22, B: 12, C: 15, highStress: true, reasons: ['ア'] });
  });

  it('works on a runtime instrument that went through JSON, and ignores keys that are not items', () => {
    const copy = JSON.parse(JSON.stringify(instrument)) as RuntimeBjsq57;
    expect(scoreBjsq57(copy, uniform(4, { X1: 9 }), 'female')).toEqual(scoreBjsq57(instrument, uniform(4), 'female'));
  });

  it('reads the thresholds from the data (a workplace may change them)', () => {
    const changed = structuredClone(json);
    changed.criteria.simpleSum57.highStressIf[0].expr = 'B >= 108';
    changed.criteria.conversion57.highStressIf[0].expr = 'B <= 9';
    const result = scoreBjsq57(toRuntimeInstrument(bjsq57Schema.parse(changed)), uniform(4), 'male');
    expect(totals(result.sum)).toEqual({ A: 35, B: 107, C: 36, highStress: false, reasons: [] });
    expect(totals(result.conversion)).toEqual({ A: 28, B: 10, C: 3, highStress: false, reasons: [] });
  });

  it('gives 満足度 point null when the table has no row set for it, without changing the verdict', () => {
    const { satisfaction: _m, ...male } = instrument.conversion.male;
    const without: RuntimeBjsq57 = { ...instrument, conversion: { ...instrument.conversion, male } };
    const result = scoreBjsq57(without, uniform(1), 'male').conversion;
    expect(result.scales.at(-1)).toEqual({ id: 'satisfaction', name: '仕事や生活の満足度', domain: 'D', raw: 8, point: null });
    expect(totals(result)).toEqual({ A: 22, B: 26, C: 15, highStress: false, reasons: [] });
  });
});

describe('incomplete and invalid answers are rejected, never scored', () => {
  const without = (...ids: string[]) => {
    const answers: Record<string, number> = { ...uniform(2) };
    for (const id of ids) delete answers[id];
    return answers;
  };
  const thrown = (answers: unknown, sex: Sex = 'male') => {
    try {
      scoreBjsq57(instrument, answers as Answers, sex);
    } catch (error) {
      return error;
    }
    throw new Error('scored although it should not have');
  };

  it('one missing answer', () => {
    const error = thrown(without('B12'));
    expect(error).toBeInstanceOf(IncompleteAnswersError);
    expect(error).toMatchObject({
      name: 'IncompleteAnswersError',
      missing: ['B12'],
      message: '未回答の項目があります（B12）。すべての項目に回答してください。',
    });
  });

  it('several missing answers, listed in questionnaire order', () => {
    expect(thrown(without('D2', 'C9', 'A3', 'B12', 'C1'))).toMatchObject({
      missing: ['A3', 'B12', 'C1', 'C9', 'D2'],
      message: '未回答の項目があります（A3、B12 ほか全5項目）。すべての項目に回答してください。',
    });
    expect(thrown({ ...without(), A4: undefined, A5: null })).toMatchObject({
      missing: ['A4', 'A5'],
      message: '未回答の項目があります（A4、A5）。すべての項目に回答してください。',
    });
  });

  it('no answers at all', () => {
    const error = thrown({}, 'female') as IncompleteAnswersError;
    expect(error).toBeInstanceOf(IncompleteAnswersError);
    expect(error.missing).toEqual(ALL_IDS);
    expect(error.message).toBe('未回答の項目があります（A1、A2 ほか全57項目）。すべての項目に回答してください。');
  });

  it.each([0, 5, 2.5, '2', Number.NaN, -1])('the value %o', (value) => {
    const error = thrown({ ...uniform(3), C4: value });
    expect(error).toBeInstanceOf(InvalidAnswersError);
    expect(error).not.toBeInstanceOf(IncompleteAnswersError);
    expect(error).toMatchObject({
      name: 'InvalidAnswersError',
      invalid: ['C4'],
      message: '回答の値が正しくありません（C4）。各項目は1〜4の中から選んでください。',
    });
  });

  it('invalid values are reported before missing ones', () => {
    expect(thrown({ ...without('A1'), B2: 0, B1: 7, D1: 4.5 })).toMatchObject({
      invalid: ['B1', 'B2', 'D1'],
      message: '回答の値が正しくありません（B1、B2 ほか全3項目）。各項目は1〜4の中から選んでください。',
    });
  });

  it('an unknown sex', () => {
    expect(thrown(uniform(1), 'other' as Sex)).toBeInstanceOf(TypeError);
  });
});
