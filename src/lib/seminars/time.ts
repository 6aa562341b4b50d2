/** Seminar times are JST wall-clock strings ('2026-06-18T14:00'); Japan has no daylight saving time. */
export const jstInstant = (local: string): number => Date.parse(`${local}:00+09:00`);

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** 2026年6月18日（木）: the day of a start or end time. */
export function formatSeminarDate(local: string): string {
  const [y, m, d] = local.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日（${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}）`;
}

/** 2026年6月18日（木）14:00〜16:30, or with both dates when it spans days. */
export function formatSeminarTime(start: string, end: string): string {
  const [startDate, startTime] = start.split('T');
  const [endDate, endTime] = end.split('T');
  const day = formatSeminarDate;
  return startDate === endDate ? `${day(startDate)}${startTime}〜${endTime}` : `${day(startDate)}${startTime}〜${day(endDate)}${endTime}`;
}

/** Past once its end time has passed; the status staff wrote is then shown as 終了. */
export function isPast(end: string, now: number): boolean {
  return jstInstant(end) <= now;
}
