import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { EventType } from './event-schema';
import { MemoryCounters } from './memory-counters';
import type { AnalyticsStore, Count, DayRange, Ranking, RejectionCount, StoredEvent } from './store';

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
  CREATE TABLE IF NOT EXISTS rejections (
    day TEXT NOT NULL,
    reason TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (day, reason)
  );
  -- Names this file, so a copy into PostgreSQL (npm run analytics:migrate) knows what it already took.
  CREATE TABLE IF NOT EXISTS store_info (id TEXT NOT NULL);
  INSERT INTO store_info (id) SELECT lower(hex(randomblob(16))) WHERE NOT EXISTS (SELECT 1 FROM store_info);
  -- Salts used to live here; they are kept in memory now, and an old file loses them for good.
  DROP TABLE IF EXISTS salts;
`;

const prefixMatch = (column: string) => `substr(${column}, 1, length(:prefix)) = :prefix`;

/** One stored event with its row id, as read for copying into another store. */
export type NumberedEvent = StoredEvent & { id: number };

/**
 * node:sqlite store (WAL). A committed transaction survives a crash of the process. The calls are
 * synchronous underneath (an embedded database answers in microseconds) and resolve at once. The
 * shared counters live in this process's memory: one SQLite file serves one collector process.
 */
export class SqliteStore implements AnalyticsStore {
  readonly db: DatabaseSync;
  readonly counters = new MemoryCounters();

  /** Opens (or creates) the file; throws a clear error, and leaves no handle open, when it cannot. */
  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const db = new DatabaseSync(file, { timeout: 5000 });
    try {
      // WAL: readers never block the writer. synchronous=NORMAL keeps commits safe from a process
      // crash (kill -9); only a power cut could lose the last transactions. secure_delete overwrites
      // deleted content instead of leaving it readable in free pages.
      db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;');
      db.exec(SCHEMA);
      // Whatever an older version left in the write-ahead log (such as a salt) is folded in and cleared.
      db.exec('PRAGMA wal_checkpoint(TRUNCATE);');
    } catch (error) {
      db.close();
      throw error;
    }
    this.db = db;
  }

  async insert(events: readonly StoredEvent[], rejections: readonly RejectionCount[] = []): Promise<void> {
    if (events.length === 0 && rejections.length === 0) return;
    const statement = this.db.prepare(
      'INSERT INTO events (ts, day, type, path, target, useful, visitor) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const refused = this.db.prepare(
      'INSERT INTO rejections (day, reason, count) VALUES (?, ?, ?) ON CONFLICT (day, reason) DO UPDATE SET count = count + excluded.count',
    );
    this.transaction(() => {
      for (const e of events) {
        statement.run(e.ts, e.day, e.type, e.path, e.target, e.useful === null ? null : e.useful ? 1 : 0, e.visitor);
      }
      for (const r of rejections) refused.run(r.day, r.reason, r.count);
    });
  }

  async count(type: EventType, range: DayRange, filter: { pathPrefix?: string; target?: string } = {}): Promise<number> {
    return this.countNow(type, range, filter);
  }

  async countByTargetPrefix(type: EventType, range: DayRange, targetPrefix: string): Promise<number> {
    const row = this.db
      .prepare(`SELECT count(*) AS n FROM events WHERE type = :type AND day BETWEEN :first AND :last AND ${prefixMatch('target')}`)
      .get({ type, first: range.firstDay, last: range.lastDay, prefix: targetPrefix });
    return Number(row?.n ?? 0);
  }

  async feedback(range: DayRange, pathPrefix: string): Promise<{ positive: number; total: number }> {
    const row = this.db
      .prepare(
        `SELECT coalesce(sum(useful), 0) AS positive, count(*) AS total FROM events
         WHERE type = 'feedback' AND day BETWEEN :first AND :last AND ${prefixMatch('path')}`,
      )
      .get({ first: range.firstDay, last: range.lastDay, prefix: pathPrefix });
    return { positive: Number(row?.positive ?? 0), total: Number(row?.total ?? 0) };
  }

  async monthly(type: EventType, range: DayRange): Promise<Count[]> {
    return this.counts(
      `SELECT substr(day, 1, 7) AS key, count(*) AS count FROM events
       WHERE type = :type AND day BETWEEN :first AND :last GROUP BY key ORDER BY key`,
      { type, first: range.firstDay, last: range.lastDay },
    );
  }

  async byPath(type: EventType, range: DayRange, limit: number): Promise<Ranking> {
    return this.ranking('path', type, range, limit);
  }

  async byTarget(type: EventType, range: DayRange, limit: number): Promise<Ranking> {
    return this.ranking('target', type, range, limit);
  }

  async feedbackByPath(range: DayRange, limit: number): Promise<{ key: string; positive: number; total: number }[]> {
    return this.db
      .prepare(
        `SELECT path AS key, coalesce(sum(useful), 0) AS positive, count(*) AS total FROM events
         WHERE type = 'feedback' AND day BETWEEN :first AND :last GROUP BY path ORDER BY total DESC, path LIMIT :limit`,
      )
      .all({ first: range.firstDay, last: range.lastDay, limit })
      .map((r) => ({ key: String(r.key), positive: Number(r.positive), total: Number(r.total) }));
  }

  async rejections(range: DayRange): Promise<Count[]> {
    return this.counts(
      `SELECT reason AS key, sum(count) AS count FROM rejections WHERE day BETWEEN :first AND :last
       GROUP BY reason ORDER BY count DESC, reason`,
      { first: range.firstDay, last: range.lastDay },
    );
  }

  async visitorsByDay(range: DayRange): Promise<Count[]> {
    return this.counts(
      `SELECT day AS key, count(DISTINCT visitor) AS count FROM events WHERE day BETWEEN :first AND :last
       GROUP BY day ORDER BY day`,
      { first: range.firstDay, last: range.lastDay },
    );
  }

  async prune(firstDayKept: string): Promise<number> {
    return this.transaction(() => {
      const gone = Number(this.db.prepare('DELETE FROM events WHERE day < ?').run(firstDayKept).changes);
      this.db.prepare('DELETE FROM rejections WHERE day < ?').run(firstDayKept);
      return gone;
    });
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /** This file's name for copies (see SCHEMA). */
  storeId(): string {
    return String(this.db.prepare('SELECT id FROM store_info').get()?.id);
  }

  /** Up to `limit` events with a row id above `afterId`, in id order: for copying into another store. */
  eventsAfter(afterId: number, limit: number): NumberedEvent[] {
    return this.db
      .prepare('SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?')
      .all(afterId, limit)
      .map((r) => ({
        id: Number(r.id),
        ts: Number(r.ts),
        day: String(r.day),
        type: r.type as EventType,
        path: String(r.path),
        target: r.target === null ? null : String(r.target),
        useful: r.useful === null ? null : r.useful === 1,
        visitor: String(r.visitor),
      }));
  }

  /** How many events have a row id above `afterId`. */
  eventCountAfter(afterId: number): number {
    return Number(this.db.prepare('SELECT count(*) AS n FROM events WHERE id > ?').get(afterId)?.n ?? 0);
  }

  /** Every refusal count, for copying into another store. */
  allRejections(): RejectionCount[] {
    return this.db
      .prepare('SELECT day, reason, count FROM rejections ORDER BY day, reason')
      .all()
      .map((r) => ({ day: String(r.day), reason: String(r.reason), count: Number(r.count) }));
  }

  private transaction<T>(work: () => T): T {
    this.db.exec('BEGIN');
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  private countNow(type: EventType, range: DayRange, filter: { pathPrefix?: string; target?: string }): number {
    const conditions = ['type = :type', 'day BETWEEN :first AND :last'];
    if (filter.pathPrefix) conditions.push(prefixMatch('path'));
    if (filter.target) conditions.push('target = :target');
    const row = this.db
      .prepare(`SELECT count(*) AS n FROM events WHERE ${conditions.join(' AND ')}`)
      .get({ type, first: range.firstDay, last: range.lastDay, ...(filter.pathPrefix && { prefix: filter.pathPrefix }), ...(filter.target && { target: filter.target }) });
    return Number(row?.n ?? 0);
  }

  /** The `limit` most frequent values of a column, and the sum of all the others. */
  private ranking(column: 'path' | 'target', type: EventType, range: DayRange, limit: number): Ranking {
    const rows = this.counts(
      `SELECT ${column} AS key, count(*) AS count FROM events WHERE type = :type AND day BETWEEN :first AND :last
       GROUP BY ${column} ORDER BY count DESC, ${column} LIMIT :limit`,
      { type, first: range.firstDay, last: range.lastDay, limit },
    );
    const all = this.countNow(type, range, {});
    return { rows, others: all - rows.reduce((n, r) => n + r.count, 0) };
  }

  private counts(sql: string, params: Record<string, string | number>): Count[] {
    return this.db
      .prepare(sql)
      .all(params)
      .map((r) => ({ key: String(r.key), count: Number(r.count) }));
  }
}
