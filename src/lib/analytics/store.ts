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

/**
 * The analytics store. The embedded SQLite adapter implements it; a server database can replace it
 * when one machine is not enough, without touching the collector or the dashboard.
 */
export interface AnalyticsStore {
  insert(events: readonly StoredEvent[]): void;
  count(type: EventType, range: DayRange, filter?: { pathPrefix?: string; target?: string }): number;
  /** Downloads are filtered by the downloaded file's path. */
  countByTargetPrefix(type: EventType, range: DayRange, targetPrefix: string): number;
  feedback(range: DayRange, pathPrefix: string): { positive: number; total: number };
  monthly(type: EventType, range: DayRange): Count[];
  byPath(type: EventType, range: DayRange, limit: number): Count[];
  byTarget(type: EventType, range: DayRange): Count[];
  feedbackByPath(range: DayRange): { key: string; positive: number; total: number }[];
  visitorsByDay(range: DayRange): Count[];
  close(): void;
}
