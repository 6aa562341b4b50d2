import { z } from 'astro/zod';
import { isMissing, named, requiredMessage } from './content-messages';

/**
 * Dates in content frontmatter. A day is written `2026-11-29`; a seminar time `2026-06-18T14:00` (Japan time).
 * js-yaml (Astro) turns `2026-13-45` into 2027-02-14 without a word, so both the schemas and the content
 * check accept only days that exist on the calendar.
 */

export const EXAMPLE_DAY = '2026-11-29';
export const EXAMPLE_LOCAL_TIME = '2026-06-18T14:00';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The UTC midnight of y-m-d, or null when there is no such day (13月, 11月31日, 2026-02-29). */
function utcDay(y: number, m: number, d: number): Date | null {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

/**
 * A content day as the Date it stands for (UTC midnight): a `YYYY-MM-DD` string of a real day, or a Date
 * (what js-yaml makes of an unquoted date) with a valid time. Anything else gives null.
 */
export function toContentDay(value: unknown): Date | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : utcDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  const m = typeof value === 'string' ? value.match(DAY) : null;
  return m ? utcDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A JST wall-clock time that exists: the right shape and a real date (no 13月, 6月31日 or 25時). */
export function isLocalDateTime(value: unknown): value is string {
  const m = typeof value === 'string' ? value.match(LOCAL_TIME) : null;
  if (!m) return false;
  const [h, mi] = [Number(m[4]), Number(m[5])];
  return utcDay(Number(m[1]), Number(m[2]), Number(m[3])) !== null && h <= 23 && mi <= 59;
}

export function dayMessage(field: string, input: unknown): string {
  if (isMissing(input)) return requiredMessage(field, `${field}: ${EXAMPLE_DAY}`);
  if (typeof input === 'string' && DAY.test(input)) return `${named(field, input)}は存在しない日付です（例：${EXAMPLE_DAY}）`;
  return `${named(field, input)}は YYYY-MM-DD の形で書いてください（例：${EXAMPLE_DAY}）`;
}

export function localTimeMessage(field: string, input: unknown): string {
  if (isMissing(input)) return requiredMessage(field, `${field}: ${EXAMPLE_LOCAL_TIME}`);
  const m = typeof input === 'string' ? input.match(LOCAL_TIME) : null;
  if (m && !utcDay(Number(m[1]), Number(m[2]), Number(m[3]))) return `${named(field, input)}は存在しない日付です（例：${EXAMPLE_LOCAL_TIME}）`;
  if (m) return `${named(field, input)}は存在しない時刻です（00:00〜23:59。例：${EXAMPLE_LOCAL_TIME}）`;
  return `${named(field, input)}は ${EXAMPLE_LOCAL_TIME} の形（日本時間）で書いてください`;
}

/** A day field: accepts a real day as text or Date, gives the Date at UTC midnight. */
export const contentDay = (field: string) =>
  z
    .custom<string | Date>((value) => toContentDay(value) !== null, { error: (iss) => dayMessage(field, iss.input) })
    .transform((value) => toContentDay(value) as Date);

/** A seminar time field: `YYYY-MM-DDTHH:MM` in Japan time, kept as the string. */
export const localDateTime = (field: string) =>
  z.custom<string>(isLocalDateTime, { error: (iss) => localTimeMessage(field, iss.input) });
