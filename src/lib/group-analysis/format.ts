import { highStressRate } from './analyse';
import { roundRisk } from './risk';

/**
 * Numbers as the page, the printout and the CSV show them: scale means to one decimal, rates in
 * percent to one decimal, 健康リスク as whole numbers (100 = national average).
 */
export const formatMean = (value: number): string => value.toFixed(1);

export const formatRisk = (value: number): string => String(roundRisk(value));

/** 「16.7%」, or null when nobody in the group was judged (short form only). */
export function formatRate(count: number, judged: number): string | null {
  const rate = highStressRate(count, judged);
  return rate === null ? null : `${(rate * 100).toFixed(1)}%`;
}

/** 「1,234」 */
export const formatCount = (n: number): string => n.toLocaleString('ja-JP');
