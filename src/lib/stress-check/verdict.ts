/**
 * The two MHLW methods (合計点数 and 素点換算表) usually agree; when they do not, the person is near the
 * boundary and is told so rather than given one method's answer as if it were the whole story.
 */
export type Verdict = 'high' | 'normal';
export type OverallVerdict = 'high' | 'normal' | 'split';

export const toVerdict = (highStress: boolean): Verdict => (highStress ? 'high' : 'normal');

export function overallVerdict(sumHigh: boolean, conversionHigh: boolean): OverallVerdict {
  if (sumHigh && conversionHigh) return 'high';
  if (!sumHigh && !conversionHigh) return 'normal';
  return 'split';
}
