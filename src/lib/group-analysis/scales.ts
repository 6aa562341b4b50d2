import type { RuntimeBjsq57, RuntimeScale } from '../stress-check/schema';
import { rawScore, type Answers } from '../stress-check/score';

/**
 * The four scales of the 仕事のストレス判定図 (group-analysis.md §2). Each is the questionnaire's own
 * scale of the same items, 15 − (three answers), range 3–12, so its formula is read from bjsq57.json.
 */
export const CHART_SCALES = ['quant', 'control', 'boss', 'coworker'] as const;
export type ChartScale = (typeof CHART_SCALES)[number];
export type ScaleValues = Record<ChartScale, number>;

export const CHART_SCALE_INFO: Record<ChartScale, { name: string; instrumentScale: string }> = {
  quant: { name: '仕事の量的負担', instrumentScale: 'quantitative_demands' },
  control: { name: '仕事のコントロール', instrumentScale: 'job_control' },
  boss: { name: '上司の支援', instrumentScale: 'supervisor_support' },
  coworker: { name: '同僚の支援', instrumentScale: 'coworker_support' },
};

/** The lowest and highest raw score of each chart scale (three items answered 1–4). */
export const SCALE_RANGE = { min: 3, max: 12 } as const;

export type ChartScaleFormulas = Record<ChartScale, Pick<RuntimeScale, 'constant' | 'terms'>>;

/** The formulas of the four scales, taken from the instrument; throws if one is missing. */
export function chartScaleFormulas(instrument: Pick<RuntimeBjsq57, 'scales'>): ChartScaleFormulas {
  const pick = (key: ChartScale) => {
    const scale = instrument.scales.find((s) => s.id === CHART_SCALE_INFO[key].instrumentScale);
    if (!scale) throw new Error(`調査票に尺度 ${CHART_SCALE_INFO[key].instrumentScale} がありません`);
    return { constant: scale.constant, terms: scale.terms };
  };
  return { quant: pick('quant'), control: pick('control'), boss: pick('boss'), coworker: pick('coworker') };
}

/** One person's raw scores on the four scales; the answers must hold the items of the four formulas. */
export function chartScaleScores(formulas: ChartScaleFormulas, answers: Answers): ScaleValues {
  return {
    quant: rawScore(formulas.quant, answers),
    control: rawScore(formulas.control, answers),
    boss: rawScore(formulas.boss, answers),
    coworker: rawScore(formulas.coworker, answers),
  };
}
