import pg from 'pg';
import type { EventType } from './event-schema';
import { MIGRATIONS, type Migration } from './pg-migrations';
import type { NumberedEvent } from './sqlite-store';
import type { AnalyticsStore, Count, CounterIncrement, Counters, DayRange, Ranking, RejectionCount, StoredEvent } from './store';

const SWEEP_MS = 60_000;
/** Any number: it names the lock that lets one process at a time apply migrations. */
const MIGRATION_LOCK = 7_240_301;

/** Dates come back as the text 'YYYY-MM-DD', never as a Date shifted by the server's time zone. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.DATE ? (value: string) => value : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * PostgreSQL store (node-postgres). Chosen by ANALYTICS_DATABASE_URL=postgres://…; any number of
 * collector processes may share one database. A batch of events is one statement, so it is stored
 * whole or not at all, and an event is answered 202 only after that statement has committed.
 */
export class PgStore implements AnalyticsStore {
  readonly counters: Counters;

  private constructor(readonly pool: pg.Pool) {
    this.counters = new PgCounters(pool);
  }

  /** Connects and applies the migrations this version knows; throws (and closes the pool) when it cannot. */
  static async open(connectionString: string, { max = 10, applicationName = 'ohp-analytics' } = {}): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString, max, application_name: applicationName, types, connectionTimeoutMillis: 5_000 });
    // An idle connection that the server drops must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    try {
      await migrate(pool, MIGRATIONS);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PgStore(pool);
  }

  async insert(events: readonly StoredEvent[], rejections: readonly RejectionCount[] = []): Promise<void> {
    if (events.length === 0 && rejections.length === 0) return;
    await insertBatch(this.pool, events, rejections);
  }

  async count(type: EventType, range: DayRange, filter: { pathPrefix?: string; target?: string } = {}): Promise<number> {
    const params: (string | number)[] = [type, range.firstDay, range.lastDay];
    const conditions = ['type = $1', 'day BETWEEN $2 AND $3'];
    if (filter.pathPrefix) conditions.push(`starts_with(path, $${params.push(filter.pathPrefix)})`);
    if (filter.target) conditions.push(`target = $${params.push(filter.target)}`);
    return this.number(`SELECT count(*) AS n FROM events WHERE ${conditions.join(' AND ')}`, params);
  }

  async countByTargetPrefix(type: EventType, range: DayRange, targetPrefix: string): Promise<number> {
    return this.number('SELECT count(*) AS n FROM events WHERE type = $1 AND day BETWEEN $2 AND $3 AND starts_with(target, $4)', [
      type,
      range.firstDay,
      range.lastDay,
      targetPrefix,
    ]);
  }

  async feedback(range: DayRange, pathPrefix: string): Promise<{ positive: number; total: number }> {
    const { rows } = await this.pool.query(
      `SELECT count(*) FILTER (WHERE useful) AS positive, count(*) AS total FROM events
       WHERE type = 'feedback' AND day BETWEEN $1 AND $2 AND starts_with(path, $3)`,
      [range.firstDay, range.lastDay, pathPrefix],
    );
    return { positive: Number(rows[0]?.positive ?? 0), total: Number(rows[0]?.total ?? 0) };
  }

  async monthly(type: EventType, range: DayRange): Promise<Count[]> {
    return this.counts(
      `SELECT to_char(day, 'YYYY-MM') AS key, count(*) AS count FROM events
       WHERE type = $1 AND day BETWEEN $2 AND $3 GROUP BY key ORDER BY key`,
      [type, range.firstDay, range.lastDay],
    );
  }

  async byPath(type: EventType, range: DayRange, limit: number): Promise<Ranking> {
    return this.ranking('path', type, range, limit);
  }

  async byTarget(type: EventType, range: DayRange, limit: number): Promise<Ranking> {
    return this.ranking('target', type, range, limit);
  }

  async feedbackByPath(range: DayRange, limit: number): Promise<{ key: string; positive: number; total: number }[]> {
    const { rows } = await this.pool.query(
      `SELECT path AS key, count(*) FILTER (WHERE useful) AS positive, count(*) AS total FROM events
       WHERE type = 'feedback' AND day BETWEEN $1 AND $2 GROUP BY path ORDER BY total DESC, path COLLATE "C" LIMIT $3`,
      [range.firstDay, range.lastDay, limit],
    );
    return rows.map((r) => ({ key: String(r.key), positive: Number(r.positive), total: Number(r.total) }));
  }

  async rejections(range: DayRange): Promise<Count[]> {
    return this.counts(
      `SELECT reason AS key, sum(count) AS count FROM rejections WHERE day BETWEEN $1 AND $2
       GROUP BY reason ORDER BY count DESC, reason COLLATE "C"`,
      [range.firstDay, range.lastDay],
    );
  }

  async visitorsByDay(range: DayRange): Promise<Count[]> {
    return this.counts(
      `SELECT day::text AS key, count(DISTINCT visitor) AS count FROM events WHERE day BETWEEN $1 AND $2
       GROUP BY day ORDER BY day`,
      [range.firstDay, range.lastDay],
    );
  }

  async prune(firstDayKept: string): Promise<number> {
    const { rows } = await this.pool.query(
      `WITH gone AS (DELETE FROM events WHERE day < $1 RETURNING 1), refused AS (DELETE FROM rejections WHERE day < $1)
       SELECT count(*) AS n FROM gone`,
      [firstDayKept],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** The highest row id already copied from the SQLite file `storeId`, and whether its refusal counts were. */
  async copiedFrom(storeId: string): Promise<{ lastEventId: number; rejectionsCopied: boolean }> {
    const { rows } = await this.pool.query('SELECT last_event_id, rejections_copied FROM sqlite_imports WHERE store_id = $1', [storeId]);
    return { lastEventId: Number(rows[0]?.last_event_id ?? 0), rejectionsCopied: rows[0]?.rejections_copied ?? false };
  }

  /**
   * Copies one batch from a SQLite file and records how far the copy got, in one transaction, so a copy
   * interrupted at any point and run again neither loses nor repeats an event. Events (and refusal
   * counts) that an earlier copy of the same file already took are skipped. Resolves to what it added.
   */
  async copyBatch(
    storeId: string,
    events: readonly NumberedEvent[],
    rejections: readonly RejectionCount[] | null,
  ): Promise<{ events: number; rejections: number }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('INSERT INTO sqlite_imports VALUES ($1, 0, false) ON CONFLICT DO NOTHING', [storeId]);
      const { rows } = await client.query('SELECT last_event_id, rejections_copied FROM sqlite_imports WHERE store_id = $1 FOR UPDATE', [storeId]);
      const done = Number(rows[0].last_event_id);
      const fresh = events.filter((e) => e.id > done);
      const refused = rejections && !rows[0].rejections_copied ? rejections : [];
      if (fresh.length > 0 || refused.length > 0) await insertBatch(client, fresh, refused);
      await client.query(
        'UPDATE sqlite_imports SET last_event_id = greatest(last_event_id, $2), rejections_copied = rejections_copied OR $3 WHERE store_id = $1',
        [storeId, fresh.at(-1)?.id ?? done, rejections !== null],
      );
      await client.query('COMMIT');
      return { events: fresh.length, rejections: refused.length };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** The `limit` most frequent values of a column, and the sum of all the others, in one query. */
  private async ranking(column: 'path' | 'target', type: EventType, range: DayRange, limit: number): Promise<Ranking> {
    const { rows } = await this.pool.query(
      `SELECT ${column} AS key, count(*) AS count, sum(count(*)) OVER () AS total FROM events
       WHERE type = $1 AND day BETWEEN $2 AND $3 GROUP BY ${column} ORDER BY count DESC, ${column} COLLATE "C" LIMIT $4`,
      [type, range.firstDay, range.lastDay, limit],
    );
    const top = rows.map((r) => ({ key: String(r.key), count: Number(r.count) }));
    const all = Number(rows[0]?.total ?? 0);
    return { rows: top, others: all - top.reduce((n, r) => n + r.count, 0) };
  }

  private async number(sql: string, params: unknown[]): Promise<number> {
    const { rows } = await this.pool.query(sql, params);
    return Number(rows[0]?.n ?? 0);
  }

  private async counts(sql: string, params: unknown[]): Promise<Count[]> {
    const { rows } = await this.pool.query(sql, params);
    return rows.map((r) => ({ key: String(r.key), count: Number(r.count) }));
  }
}

/** One statement: the events and the refusal counts commit together or not at all. */
async function insertBatch(db: pg.Pool | pg.PoolClient, events: readonly StoredEvent[], rejections: readonly RejectionCount[]) {
  await db.query(
    `WITH new_events AS (
       INSERT INTO events (ts, day, type, path, target, useful, visitor)
       SELECT * FROM unnest($1::bigint[], $2::date[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::text[])
     ), refused AS (
       INSERT INTO rejections (day, reason, count)
       SELECT * FROM unnest($8::date[], $9::text[], $10::bigint[])
       ON CONFLICT (day, reason) DO UPDATE SET count = rejections.count + excluded.count
     )
     SELECT 1`,
    [
      events.map((e) => e.ts),
      events.map((e) => e.day),
      events.map((e) => e.type),
      events.map((e) => e.path),
      events.map((e) => e.target),
      events.map((e) => e.useful),
      events.map((e) => e.visitor),
      rejections.map((r) => r.day),
      rejections.map((r) => r.reason),
      rejections.map((r) => r.count),
    ],
  );
}

/**
 * Applies, in one transaction, every migration the database has not had yet. Several processes
 * starting at once take turns on an advisory lock. A database migrated by a newer version is refused,
 * so old code never writes into a schema it does not know.
 */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[]): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => Number(r.version)));
    const newest = Math.max(0, ...migrations.map((m) => m.version));
    const unknown = [...applied].filter((v) => v > newest);
    if (unknown.length > 0) {
      throw new Error(`データベースはこの版より新しいスキーマ（版 ${Math.max(...unknown)}）です。新しい版のポータルで動かしてください`);
    }
    const done: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      done.push(m.version);
    }
    await client.query('COMMIT');
    return done;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Counters in an UNLOGGED table; each addition is one atomic upsert, whichever process makes it. */
class PgCounters implements Counters {
  private sweptAt = 0;

  constructor(private readonly pool: pg.Pool) {}

  async add(increments: readonly CounterIncrement[], now: number): Promise<number[]> {
    if (increments.length === 0) return [];
    if (Math.abs(now - this.sweptAt) >= SWEEP_MS) {
      this.sweptAt = now;
      await this.pool.query('DELETE FROM counters WHERE expires_at <= $1', [now]);
    }
    // Rows are locked in key order, the same in every process, so two upserts never deadlock.
    const sorted = [...increments].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const { rows } = await this.pool.query(
      `INSERT INTO counters (key, count, expires_at)
       SELECT key, delta, expires_at FROM unnest($1::text[], $2::bigint[], $3::bigint[]) WITH ORDINALITY AS t(key, delta, expires_at, n) ORDER BY n
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN counters.expires_at <= $4 THEN excluded.count ELSE counters.count + excluded.count END,
         expires_at = greatest(counters.expires_at, excluded.expires_at)
       RETURNING key, count`,
      [sorted.map((i) => i.key), sorted.map((i) => i.delta), sorted.map((i) => i.expiresAt), now],
    );
    const totals = new Map(rows.map((r) => [String(r.key), Number(r.count)]));
    return increments.map((i) => totals.get(i.key)!);
  }
}
