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
 * The analytics store. Every method is asynchronous because a server database answers over the
 * network; the embedded SQLite adapter (one machine, one process) and the PostgreSQL adapter (several
 * collectors) both implement it, and the collector and the dashboard only ever await it.
 */
export interface AnalyticsStore {
  /** Stores events and adds to the refusal counts, atomically: all of them or none. */
  insert(events: readonly StoredEvent[], rejections?: readonly RejectionCount[]): Promise<void>;
  count(type: EventType, range: DayRange, filter?: { pathPrefix?: string; target?: string }): Promise<number>;
  /** Downloads are filtered by the downloaded file's path. */
  countByTargetPrefix(type: EventType, range: DayRange, targetPrefix: string): Promise<number>;
  feedback(range: DayRange, pathPrefix: string): Promise<{ positive: number; total: number }>;
  monthly(type: EventType, range: DayRange): Promise<Count[]>;
  byPath(type: EventType, range: DayRange, limit: number): Promise<Ranking>;
  byTarget(type: EventType, range: DayRange, limit: number): Promise<Ranking>;
  feedbackByPath(range: DayRange, limit: number): Promise<{ key: string; positive: number; total: number }[]>;
  rejections(range: DayRange): Promise<Count[]>;
  /** Deletes events and refusal counts of days before `firstDayKept`; resolves to how many events went. */
  prune(firstDayKept: string): Promise<number>;
  visitorsByDay(range: DayRange): Promise<Count[]>;
  /** The counters behind the rate limit and the login lock-out, shared by every process using this store. */
  readonly counters: Counters;
  close(): Promise<void>;
}

/** One addition to a named counter that is forgotten once `expiresAt` (ms since the epoch) has passed. */
export interface CounterIncrement {
  key: string;
  delta: number;
  expiresAt: number;
}

/**
 * Named counters that every collector sharing a store sees alike: the rate limit and the login
 * lock-out count with them, so N collectors behave as one.
 */
export interface Counters {
  /**
   * Adds each delta to its counter (a new counter, or one expired by `now`, starts at 0) and resolves
   * to the totals after the additions, in the same order. Each key at most once per call. Atomic per
   * counter across processes. `now` is the caller's clock, so expiry follows the caller's windows.
   */
  add(increments: readonly CounterIncrement[], now: number): Promise<number[]>;
}
