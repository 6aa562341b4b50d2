/**
 * Japanese fiscal years (年度) run from 1 April to 31 March, and the day changes at midnight in Japan.
 * Days are handled as 'YYYY-MM-DD' strings of the JST calendar so comparisons stay simple and exact.
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The JST calendar day of an instant, as YYYY-MM-DD. */
export function jstDay(instant: Date | number): string {
  return new Date(new Date(instant).getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** 年度 of a JST day: April–December belong to that year, January–March to the year before. */
export function fiscalYearOfDay(day: string): number {
  const [year, month] = day.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

export interface FiscalYearRange {
  fiscalYear: number;
  firstDay: string;
  lastDay: string;
  days: number;
}

export function fiscalYearRange(fiscalYear: number): FiscalYearRange {
  const firstDay = `${fiscalYear}-04-01`;
  const lastDay = `${fiscalYear + 1}-03-31`;
  return { fiscalYear, firstDay, lastDay, days: daysBetween(firstDay, lastDay) + 1 };
}

/** Whole days from one YYYY-MM-DD to another (0 for the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** 2026 → 「2026年度（令和8年度）」. 令和 began in 2019 (令和元年度 = 2019年度). */
export function fiscalYearLabel(fiscalYear: number): string {
  const reiwa = fiscalYear - 2018;
  const era = reiwa >= 1 ? `令和${reiwa === 1 ? '元' : reiwa}年度` : `平成${fiscalYear - 1988}年度`;
  return `${fiscalYear}年度（${era}）`;
}

/**
 * How far into the fiscal year `today` is: days elapsed including today (0 before it starts,
 * all of them after it ends), out of its total days.
 */
export function fiscalYearProgress(fiscalYear: number, today: string): { elapsed: number; total: number } {
  const range = fiscalYearRange(fiscalYear);
  const elapsed = Math.min(Math.max(daysBetween(range.firstDay, today) + 1, 0), range.days);
  return { elapsed, total: range.days };
}

/** The twelve months of a fiscal year as YYYY-MM, April first. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((3 + i) % 12) + 1;
    const year = month >= 4 ? fiscalYear : fiscalYear + 1;
    return `${year}-${String(month).padStart(2, '0')}`;
  });
}
