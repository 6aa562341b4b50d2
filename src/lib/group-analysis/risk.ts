import type { Sex } from '../stress-check/score';
import type { ChartScale, ScaleValues } from './scales';

/**
 * 健康リスク of the 仕事のストレス判定図 (group-analysis.md §2; the form of the formula is from the
 * 東京大学/東京医科大学 technical note, the constants are reference values in group-analysis-norms.json):
 *   A = 100 × exp((量 − 全国平均)·α + (コントロール − 全国平均)·β)
 *   B = 100 × exp((上司 − 全国平均)·γ + (同僚 − 全国平均)·δ)
 *   総合 = A × B / 100
 * The national average is 100. Values here are unrounded; rounding is for display only.
 */

export interface ScaleNorm {
  /** 全国平均 of the scale (A–D). */
  mean: number;
  /** Its coefficient (α–δ). */
  coefficient: number;
}
export type SexNorms = Record<ChartScale, ScaleNorm>;
export type RuntimeNorms = Record<Sex, SexNorms>;

export interface HealthRisk {
  a: number;
  b: number;
  total: number;
}

const term = (value: number, norm: ScaleNorm) => (value - norm.mean) * norm.coefficient;

/** The three risks for one sex's mean scale scores, with that sex's constants. */
export function healthRisk(means: ScaleValues, norms: SexNorms): HealthRisk {
  const a = 100 * Math.exp(term(means.quant, norms.quant) + term(means.control, norms.control));
  const b = 100 * Math.exp(term(means.boss, norms.boss) + term(means.coworker, norms.coworker));
  return { a, b, total: (a * b) / 100 };
}

export interface SexPart {
  people: number;
  risk: HealthRisk;
}

/**
 * A mixed group: each sex's risks (computed with its own constants) averaged with the headcounts as
 * weights, each of A, B and 総合 on its own. How the official program combines sexes is UNVERIFIED;
 * the page states this rule. Because 総合 is averaged too, it can differ slightly from A × B / 100.
 * Null when nobody is in the parts.
 */
export function combineBySex(parts: readonly SexPart[]): HealthRisk | null {
  const people = parts.reduce((n, p) => n + p.people, 0);
  if (people === 0) return null;
  const weighted = (key: keyof HealthRisk) => parts.reduce((sum, p) => sum + p.people * p.risk[key], 0) / people;
  return { a: weighted('a'), b: weighted('b'), total: weighted('total') };
}

/** Risks as shown and exported: whole numbers (100 = the national average). */
export const roundRisk = (value: number): number => Math.round(value);
