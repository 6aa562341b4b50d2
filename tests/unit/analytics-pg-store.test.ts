import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/lib/analytics/pg-migrations';
import { PgStore } from '../../src/lib/analytics/pg-store';
import { RateLimiter } from '../../src/lib/analytics/rate-limit';
import { describeStore } from './analytics-store-suite';
import { usePostgres } from './postgres-fixture';

const server = usePostgres();

async function query(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function openFresh() {
  const url = await server.schema();
  const store = await PgStore.open(url, { max: 4 });
  return { url, store };
}

describeStore('PgStore', async () => {
  const { store } = await openFresh();
  const rows = async () =>
    (await store.pool.query('SELECT id, ts, day::text AS day, type, path, target, useful, visitor FROM events ORDER BY id')).rows.map((r) => ({
      ...r,
      id: Number(r.id),
      ts: Number(r.ts),
    }));
  return { store, rows };
});

describe('PgStore: migrations', () => {
  it('applies the numbered migrations once, in one go, with the tables and indexes the dashboard needs', async () => {
    const { url, store } = await openFresh();
    await store.close();
    expect((await query(url, 'SELECT version, name FROM schema_migrations ORDER BY version')).map((r) => [r.version, r.name])).toEqual(
      MIGRATIONS.map((m) => [m.version, m.name]),
    );
    const tables = await query(url, "SELECT relname, relpersistence FROM pg_class WHERE relkind = 'r' AND relnamespace = current_schema()::regnamespace ORDER BY relname");
    expect(tables).toEqual([
      { relname: 'counters', relpersistence: 'u' }, // unlogged: cheap, and nothing worth keeping
      { relname: 'events', relpersistence: 'p' },
      { relname: 'rejections', relpersistence: 'p' },
      { relname: 'schema_migrations', relpersistence: 'p' },
      { relname: 'sqlite_imports', relpersistence: 'p' },
    ]);
    const indexes = (await query(url, "SELECT indexname FROM pg_indexes WHERE tablename = 'events' AND schemaname = current_schema() ORDER BY indexname")).map((r) => r.indexname);
    expect(indexes).toEqual(['events_day_visitor', 'events_pkey', 'events_type_day_path', 'events_type_day_target']);
    // Opening again applies nothing and keeps the data.
    const again = await PgStore.open(url);
    await again.insert([{ ts: 0, day: '2026-04-01', type: 'pageview', path: '/', target: null, useful: null, visitor: 'v' }]);
    await again.close();
    const third = await PgStore.open(url);
    expect(await third.count('pageview', { firstDay: '2026-04-01', lastDay: '2026-04-01' })).toBe(1);
    await third.close();
    expect(await query(url, 'SELECT count(*)::int AS n FROM schema_migrations')).toEqual([{ n: MIGRATIONS.length }]);
  });

  it('lets several processes start at once: one migrates, the others wait and find it done', async () => {
    const url = await server.schema();
    const stores = await Promise.all(Array.from({ length: 4 }, () => PgStore.open(url, { max: 1 })));
    await Promise.all(stores.map((s) => s.close()));
    expect(await query(url, 'SELECT count(*)::int AS n FROM schema_migrations')).toEqual([{ n: MIGRATIONS.length }]);
  });

  it('refuses a database a newer version has migrated, in Japanese, and leaves it alone', async () => {
    const { url, store } = await openFresh();
    await store.close();
    await query(url, "INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')");
    await expect(PgStore.open(url)).rejects.toThrow('データベースはこの版より新しいスキーマ（版 99）です');
    expect(await query(url, 'SELECT count(*)::int AS n FROM schema_migrations')).toEqual([{ n: MIGRATIONS.length + 1 }]);
  });

  it('fails to open, without leaving connections behind, when the server cannot be reached', async () => {
    await expect(PgStore.open('postgres://ohp@127.0.0.1:1/postgres')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('reads days as the stored date whatever the session time zone', async () => {
    const { url, store } = await openFresh();
    await store.insert([{ ts: 0, day: '2026-04-01', type: 'pageview', path: '/', target: null, useful: null, visitor: 'v' }]);
    await store.close();
    const farEast = new URL(url);
    farEast.searchParams.set('options', `${farEast.searchParams.get('options')} -c TimeZone=Pacific/Kiritimati`);
    const other = await PgStore.open(farEast.toString());
    expect(await other.visitorsByDay({ firstDay: '2026-03-01', lastDay: '2026-04-30' })).toEqual([{ key: '2026-04-01', count: 1 }]);
    expect(await other.monthly('pageview', { firstDay: '2026-03-01', lastDay: '2026-04-30' })).toEqual([{ key: '2026-04', count: 1 }]);
    await other.close();
  });
});

describe('PgStore: counters shared by several processes', () => {
  it('two collectors on one database allow exactly the limit between them, checking at the same time', async () => {
    const { url, store: first } = await openFresh();
    const second = await PgStore.open(url, { max: 4 });
    const now = () => 1_800_000_000_000;
    const limiters = [new RateLimiter(first.counters, 50, 60_000, now, 70), new RateLimiter(second.counters, 50, 60_000, now, 70)];
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => limiters[i % 2]!.check(i < 160 ? 'flood' : `other-${i}`)));
    expect(answers.slice(0, 160).filter((a) => a === undefined)).toHaveLength(50);
    expect(answers.slice(0, 160).filter((a) => a === 'client')).toHaveLength(110);
    // 40 other clients, one event each: 20 more fit under the global limit of 70.
    expect(answers.slice(160).filter((a) => a === undefined)).toHaveLength(20);
    expect(answers.slice(160).filter((a) => a === 'global')).toHaveLength(20);
    await Promise.all([first.close(), second.close()]);
  });

  it('never deadlocks when processes add to the same counters in different orders', async () => {
    const { url, store: first } = await openFresh();
    const second = await PgStore.open(url, { max: 8 });
    const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
    const batch = (order: string[]) => order.map((key) => ({ key, delta: 1, expiresAt: 2_000_000 }));
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? first : second).counters.add(batch(i % 2 ? keys : [...keys].reverse()), 1_000_000)),
    );
    expect(await first.counters.add(batch(['k0', 'k19']).map((c) => ({ ...c, delta: 0 })), 1_000_000)).toEqual([40, 40]);
    await Promise.all([first.close(), second.close()]);
  });
});
