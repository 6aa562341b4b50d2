import { isPast } from './time';

/** Upcoming seminars first, soonest first; then past ones, most recent first. */
export function splitByTime<T extends { data: { start: string; end: string } }>(seminars: readonly T[], now: number) {
  const upcoming = seminars.filter((s) => !isPast(s.data.end, now)).sort((a, b) => a.data.start.localeCompare(b.data.start));
  const past = seminars.filter((s) => isPast(s.data.end, now)).sort((a, b) => b.data.start.localeCompare(a.data.start));
  return { upcoming, past };
}

/** What a visitor sees as the status: a seminar that has ended is 終了 whatever the file says. */
export const shownStatus = (status: string, end: string, now: number) => (isPast(end, now) ? '終了' : status);

/** The moment the site is built, which decides past and upcoming; PORTAL_NOW (ISO) pins it for previews. */
export const buildTime = () => (process.env.PORTAL_NOW ? Date.parse(process.env.PORTAL_NOW) : Date.now());
