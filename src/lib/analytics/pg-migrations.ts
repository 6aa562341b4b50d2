/**
 * The PostgreSQL schema, as numbered migrations applied in order at start (src/lib/analytics/pg-store.ts).
 * A migration, once released, is never edited: a change is a new, higher version.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events and refusal counts',
    sql: `
      CREATE TABLE events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ts bigint NOT NULL,
        day date NOT NULL,
        type text NOT NULL,
        path text NOT NULL,
        target text,
        useful boolean,
        visitor text NOT NULL
      );
      -- The dashboard's queries: counts and rankings per type over a 年度 (by page, by file or instrument),
      -- and distinct visitors per day; each can be answered from its index alone.
      CREATE INDEX events_type_day_path ON events (type, day, path);
      CREATE INDEX events_type_day_target ON events (type, day, target);
      CREATE INDEX events_day_visitor ON events (day, visitor);
      CREATE TABLE rejections (
        day date NOT NULL,
        reason text NOT NULL,
        count bigint NOT NULL,
        PRIMARY KEY (day, reason)
      );
    `,
  },
  {
    version: 2,
    name: 'shared counters for the rate limit and the login lock-out',
    // UNLOGGED: no write-ahead log, so counting is cheap; after a server crash the table is empty,
    // which only forgets the current minute's counts.
    sql: `
      CREATE UNLOGGED TABLE counters (
        key text PRIMARY KEY,
        count bigint NOT NULL,
        expires_at bigint NOT NULL
      );
      CREATE INDEX counters_expires_at ON counters (expires_at);
    `,
  },
  {
    version: 3,
    name: 'copies from SQLite files',
    sql: `
      CREATE TABLE sqlite_imports (
        store_id text PRIMARY KEY,
        last_event_id bigint NOT NULL,
        rejections_copied boolean NOT NULL
      );
    `,
  },
];
