import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { EventType } from './event-schema';
import type { AnalyticsStore, Count, DayRange, StoredEvent } from './store';
import type { SaltStore } from './visitor';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    ts INTEGER NOT NULL,
    day TEXT NOT NULL,
    type TEXT NOT NULL,
    path TEXT NOT NULL,
    target TEXT,
    useful INTEGER,
    visitor TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS events_type_day ON events (type, day);
  CREATE TABLE IF NOT EXISTS salts (day TEXT PRIMARY KEY, salt BLOB NOT NULL);
`;

const prefixMatch = (column: string) => `substr(${column}, 1, length(:prefix)) = :prefix`;

/** node:sqlite store (WAL). A committed transaction survives a crash of the process. */
export class SqliteStore implements AnalyticsStore, SaltStore {
  readonly db: DatabaseSync;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new DatabaseSync(file, { timeout: 5000 });
    // WAL: readers never block the writer. synchronous=NORMAL keeps commits safe from a process
    // crash (kill -9); only a power cut could lose the last transactions.
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    this.db.exec(SCHEMA);
  }

  insert(events: readonly StoredEvent[]): void {
    if (events.length === 0) return;
    const statement = this.db.prepare(
      'INSERT INTO events (ts, day, type, path, target, useful, visitor) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.db.exec('BEGIN');
    try {
      for (const e of events) {
        statement.run(e.ts, e.day, e.type, e.path, e.target, e.useful === null ? null : e.useful ? 1 : 0, e.visitor);
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  count(type: EventType, range: DayRange, filter: { pathPrefix?: string; target?: string } = {}): number {
    const conditions = ['type = :type', 'day BETWEEN :first AND :last'];
    if (filter.pathPrefix) conditions.push(prefixMatch('path'));
    if (filter.target) conditions.push('target = :target');
    const row = this.db
      .prepare(`SELECT count(*) AS n FROM events WHERE ${conditions.join(' AND ')}`)
      .get({ type, first: range.firstDay, last: range.lastDay, ...(filter.pathPrefix && { prefix: filter.pathPrefix }), ...(filter.target && { target: filter.target }) });
    return Number(row?.n ?? 0);
  }

  countByTargetPrefix(type: EventType, range: DayRange, targetPrefix: string): number {
    const row = this.db
      .prepare(`SELECT count(*) AS n FROM events WHERE type = :type AND day BETWEEN :first AND :last AND ${prefixMatch('target')}`)
      .get({ type, first: range.firstDay, last: range.lastDay, prefix: targetPrefix });
    return Number(row?.n ?? 0);
  }

  feedback(range: DayRange, pathPrefix: string): { positive: number; total: number } {
    const row = this.db
      .prepare(
        `SELECT coalesce(sum(useful), 0) AS positive, count(*) AS total FROM events
         WHERE type = 'feedback' AND day BETWEEN :first AND :last AND ${prefixMatch('path')}`,
      )
      .get({ first: range.firstDay, last: range.lastDay, prefix: pathPrefix });
    return { positive: Number(row?.positive ?? 0), total: Number(row?.total ?? 0) };
  }

  monthly(type: EventType, range: DayRange): Count[] {
    return this.counts(
      `SELECT substr(day, 1, 7) AS key, count(*) AS count FROM events
       WHERE type = :type AND day BETWEEN :first AND :last GROUP BY key ORDER BY key`,
      { type, first: range.firstDay, last: range.lastDay },
    );
  }

  byPath(type: EventType, range: DayRange, limit: number): Count[] {
    return this.counts(
      `SELECT path AS key, count(*) AS count FROM events WHERE type = :type AND day BETWEEN :first AND :last
       GROUP BY path ORDER BY count DESC, path LIMIT :limit`,
      { type, first: range.firstDay, last: range.lastDay, limit },
    );
  }

  byTarget(type: EventType, range: DayRange): Count[] {
    return this.counts(
      `SELECT target AS key, count(*) AS count FROM events WHERE type = :type AND day BETWEEN :first AND :last
       GROUP BY target ORDER BY count DESC, target`,
      { type, first: range.firstDay, last: range.lastDay },
    );
  }

  feedbackByPath(range: DayRange): { key: string; positive: number; total: number }[] {
    return this.db
      .prepare(
        `SELECT path AS key, coalesce(sum(useful), 0) AS positive, count(*) AS total FROM events
         WHERE type = 'feedback' AND day BETWEEN :first AND :last GROUP BY path ORDER BY path`,
      )
      .all({ first: range.firstDay, last: range.lastDay })
      .map((r) => ({ key: String(r.key), positive: Number(r.positive), total: Number(r.total) }));
  }

  visitorsByDay(range: DayRange): Count[] {
    return this.counts(
      `SELECT day AS key, count(DISTINCT visitor) AS count FROM events WHERE day BETWEEN :first AND :last
       GROUP BY day ORDER BY day`,
      { first: range.firstDay, last: range.lastDay },
    );
  }

  get(day: string): Buffer | undefined {
    const row = this.db.prepare('SELECT salt FROM salts WHERE day = ?').get(day);
    return row ? Buffer.from(row.salt as Uint8Array) : undefined;
  }

  replace(day: string, salt: Buffer): void {
    this.db.exec('BEGIN');
    try {
      this.db.prepare('DELETE FROM salts WHERE day <> ?').run(day);
      this.db.prepare('INSERT OR REPLACE INTO salts (day, salt) VALUES (?, ?)').run(day, salt);
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  close(): void {
    this.db.close();
  }

  private counts(sql: string, params: Record<string, string | number>): Count[] {
    return this.db
      .prepare(sql)
      .all(params)
      .map((r) => ({ key: String(r.key), count: Number(r.count) }));
  }
}
