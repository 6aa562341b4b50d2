import type { EventType } from './event-schema';

/** One stored event: no IP, no user agent, no cookie — only what the counts need. */
export interface StoredEvent {
  ts: number;
  day: string;
  type: EventType;
  path: string;
  /** The instrument of a completion, or the file of a download. */
  target: string | null;
  useful: boolean | null;
  visitor: string;
}

export interface DayRange {
  firstDay: string;
  lastDay: string;
}

export interface Count {
  key: string;
  count: number;
}

/** The first rows of a ranking, and how many events the rest add up to (shown as 「その他」). */
export interface Ranking {
  rows: Count[];
  others: number;
}

/** Events the collector refused, per day and reason (how many, never what they said). */
export interface RejectionCount {
  day: string;
  reason: string;
  count: number;
}

/**
 * The analytics store. The embedded SQLite adapter implements it; a server database can replace it
 * when one machine is not enough, without touching the collector or the dashboard.
 */
export interface AnalyticsStore {
  /** Stores events and adds to the refusal counts, in one transaction. */
  insert(events: readonly StoredEvent[], rejections?: readonly RejectionCount[]): void;
  count(type: EventType, range: DayRange, filter?: { pathPrefix?: string; target?: string }): number;
  /** Downloads are filtered by the downloaded file's path. */
  countByTargetPrefix(type: EventType, range: DayRange, targetPrefix: string): number;
  feedback(range: DayRange, pathPrefix: string): { positive: number; total: number };
  monthly(type: EventType, range: DayRange): Count[];
  byPath(type: EventType, range: DayRange, limit: number): Ranking;
  byTarget(type: EventType, range: DayRange, limit: number): Ranking;
  feedbackByPath(range: DayRange, limit: number): { key: string; positive: number; total: number }[];
  rejections(range: DayRange): Count[];
  /** Deletes events and refusal counts of days before `firstDayKept`; returns how many events went. */
  prune(firstDayKept: string): number;
  visitorsByDay(range: DayRange): Count[];
  close(): void;
}
