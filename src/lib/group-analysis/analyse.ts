import type { RuntimeBjsq57 } from '../stress-check/schema';
import { scoreBjsq57, type Sex } from '../stress-check/score';
import { WHOLE_NAME } from './columns';
import type { CheckedRow } from './import-rows';
import { combineBySex, healthRisk, type HealthRisk, type RuntimeNorms } from './risk';
import { CHART_SCALES, chartScaleFormulas, chartScaleScores, type ChartScaleFormulas, type ScaleValues } from './scales';
import { isSmallGroup } from './ten-person-rule';

/**
 * Group results from checked rows: headcounts, 高ストレス者 by both official methods (scoreBjsq57, for
 * rows with all 57 items), the mean scores of the four 判定図 scales and the 健康リスク, computed per sex
 * with that sex's constants and combined by headcount (risk.ts).
 */

export interface PersonScore {
  group: string;
  sex: Sex;
  scales: ScaleValues;
  /** null: only the short form was answered, so the person is not judged. */
  highStress: { sum: boolean; conversion: boolean } | null;
}

export interface SexResult {
  people: number;
  means: ScaleValues;
  risk: HealthRisk;
}

export interface GroupResult {
  name: string;
  people: number;
  male: number;
  female: number;
  /** People with all 57 items, judged for high stress. */
  judged: number;
  /** 高ストレス者 among the judged, by method: その1 合計点数 (sum) and その2 素点換算表 (conversion). */
  highStress: { sum: number; conversion: number };
  /** Mean raw scores of everyone in the group, both sexes together (what the charts plot). */
  means: ScaleValues;
  /** Per-sex risks combined by headcount. */
  risk: HealthRisk;
  /** Intermediate per-sex values; never shown on their own (a sex within a group may be under 10). */
  bySex: Partial<Record<Sex, SexResult>>;
  /** Under 10 people: results are not given to the employer without consent (ten-person-rule.ts). */
  small: boolean;
}

export interface Analysis {
  /** In the order the groups first appear in the file. */
  groups: GroupResult[];
  whole: GroupResult;
}

export interface ScoringContext {
  instrument: RuntimeBjsq57;
  norms: RuntimeNorms;
}

export function personScorer(instrument: RuntimeBjsq57): (row: CheckedRow) => PersonScore {
  const formulas: ChartScaleFormulas = chartScaleFormulas(instrument);
  return (row) => {
    const scales = chartScaleScores(formulas, row.answers);
    if (!row.full) return { group: row.group, sex: row.sex, scales, highStress: null };
    const result = scoreBjsq57(instrument, row.answers, row.sex);
    return { group: row.group, sex: row.sex, scales, highStress: { sum: result.sum.highStress, conversion: result.conversion.highStress } };
  };
}

const zeroScales = (): ScaleValues => ({ quant: 0, control: 0, boss: 0, coworker: 0 });

class Tally {
  readonly people = { male: 0, female: 0 };
  readonly sums = { male: zeroScales(), female: zeroScales() };
  judged = 0;
  highSum = 0;
  highConversion = 0;

  add(p: PersonScore) {
    this.people[p.sex]++;
    const sums = this.sums[p.sex];
    for (const key of CHART_SCALES) sums[key] += p.scales[key];
    if (p.highStress) {
      this.judged++;
      if (p.highStress.sum) this.highSum++;
      if (p.highStress.conversion) this.highConversion++;
    }
  }

  result(name: string, norms: RuntimeNorms): GroupResult {
    const people = this.people.male + this.people.female;
    const bySex: Partial<Record<Sex, SexResult>> = {};
    for (const sex of ['male', 'female'] as const) {
      const n = this.people[sex];
      if (n === 0) continue;
      const means = mapScales((k) => this.sums[sex][k] / n);
      bySex[sex] = { people: n, means, risk: healthRisk(means, norms[sex]) };
    }
    const risk = combineBySex(Object.values(bySex));
    if (!risk) throw new Error(`集団「${name}」に人がいません`);
    return {
      name,
      people,
      male: this.people.male,
      female: this.people.female,
      judged: this.judged,
      highStress: { sum: this.highSum, conversion: this.highConversion },
      means: mapScales((k) => (this.sums.male[k] + this.sums.female[k]) / people),
      risk,
      bySex,
      small: isSmallGroup(people),
    };
  }
}

const mapScales = (f: (key: (typeof CHART_SCALES)[number]) => number): ScaleValues =>
  Object.fromEntries(CHART_SCALES.map((k) => [k, f(k)])) as ScaleValues;

/** Needs at least one person. */
export function analyseGroups(people: Iterable<PersonScore>, norms: RuntimeNorms): Analysis {
  const tallies = new Map<string, Tally>();
  const whole = new Tally();
  for (const p of people) {
    let tally = tallies.get(p.group);
    if (!tally) tallies.set(p.group, (tally = new Tally()));
    tally.add(p);
    whole.add(p);
  }
  return {
    groups: [...tallies].map(([name, tally]) => tally.result(name, norms)),
    whole: whole.result(WHOLE_NAME, norms),
  };
}

/** 高ストレス者の割合 among the judged, or null when nobody was judged. */
export const highStressRate = (count: number, judged: number): number | null => (judged === 0 ? null : count / judged);
