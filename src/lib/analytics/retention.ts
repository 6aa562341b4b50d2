import { fiscalYearOfDay, fiscalYearRange } from './fiscal-year';

/** How many 年度 of events are kept: this one and the four before it, so five years can be compared. */
export const FISCAL_YEARS_KEPT = 5;

/** The first day whose events are kept on `today`: 1 April of the oldest 年度 kept. */
export function firstDayKept(today: string, yearsKept = FISCAL_YEARS_KEPT): string {
  return fiscalYearRange(fiscalYearOfDay(today) - (yearsKept - 1)).firstDay;
}
