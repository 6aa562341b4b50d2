import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { copySqliteToPostgres } from '../../src/lib/analytics/copy-to-postgres';
import { PgStore } from '../../src/lib/analytics/pg-store';
import { SqliteStore } from '../../src/lib/analytics/sqlite-store';
import type { StoredEvent } from '../../src/lib/analytics/store';
import { main } from '../../src/server/analytics-migrate';
import { usePostgres } from './postgres-fixture';

const server = usePostgres();
const dir = mkdtempSync(join(tmpdir(), 'ohp-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const event = (i: number): StoredEvent => ({
  ts: Date.parse('2026-05-01T03:00:00Z') + i * 60_000,
  day: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}`,
  type: i % 3 === 0 ? 'feedback' : 'pageview',
  path: `/guides/p${i % 5}/`,
  target: null,
  useful: i % 3 === 0 ? i % 2 === 0 : null,
  visitor: `v${i}`,
});
const FY = { firstDay: '2026-04-01', lastDay: '2027-03-31' };

let n = 0;
async function sqliteWith(count: number) {
  const file = join(dir, `a${n++}.db`);
  const store = new SqliteStore(file);
  await store.insert(Array.from({ length: count }, (_, i) => event(i)), [
    { day: '2026-05-02', reason: 'rate-limit', count: 7 },
    { day: '2026-05-03', reason: 'unknown-page', count: 2 },
  ]);
  return { file, store };
}

/** Everything the dashboard could tell apart, from either store. */
async function summary(store: SqliteStore | PgStore) {
  return {
    pageviews: await store.byPath('pageview', FY, 100),
    feedback: await store.feedbackByPath(FY, 100),
    visitors: await store.visitorsByDay(FY),
    rejections: await store.rejections(FY),
  };
}

async function run(file: string, url: string) {
  const out: string[] = [];
  const code = await main(['--from', file], { ANALYTICS_DATABASE_URL: url }, (l) => out.push(l), (l) => out.push(`ERR ${l}`));
  return { code, out };
}

describe('npm run analytics:migrate -- --from <SQLite file>', () => {
  it('copies every event and refusal count; a second run adds nothing', async () => {
    const url = await server.schema();
    const { file, store } = await sqliteWith(12);
    const first = await run(file, url);
    expect(first.code).toBe(0);
    expect(first.out.at(-1)).toBe('完了：イベント 12 件と拒否の件数 2 行をコピーしました');
    const pg = await PgStore.open(url);
    expect(await summary(pg)).toEqual(await summary(store));
    const again = await run(file, url);
    expect(again.code).toBe(0);
    expect(again.out.at(-1)).toBe('完了：イベント 0 件と拒否の件数 0 行をコピーしました（前回までにコピー済みの 12 件は飛ばしました）');
    expect(await summary(pg)).toEqual(await summary(store));
    // Events that arrived in the SQLite file since are copied, and only they.
    await store.insert([event(100), event(101)]);
    expect((await run(file, url)).out.at(-1)).toBe('完了：イベント 2 件と拒否の件数 0 行をコピーしました（前回までにコピー済みの 12 件は飛ばしました）');
    expect(await summary(pg)).toEqual(await summary(store));
    await pg.close();
    await store.close();
  });

  it('after a copy broken off between batches, the next run copies the rest: nothing lost, nothing twice', async () => {
    const url = await server.schema();
    const { store } = await sqliteWith(10);
    const pg = await PgStore.open(url);
    const copyBatch = vi.spyOn(pg, 'copyBatch');
    copyBatch.mockImplementationOnce(PgStore.prototype.copyBatch).mockRejectedValueOnce(new Error('connection lost'));
    await expect(copySqliteToPostgres(store, pg, { batchSize: 4 })).rejects.toThrow('connection lost');
    // The first batch of 4 (two pageviews, two feedback answers) is in; the second never was.
    expect([await pg.count('pageview', FY), await pg.count('feedback', FY)]).toEqual([2, 2]);
    copyBatch.mockRestore();
    expect(await copySqliteToPostgres(store, pg, { batchSize: 4 })).toEqual({ storeId: store.storeId(), events: 6, rejections: 0, alreadyCopied: 4 });
    expect(await summary(pg)).toEqual(await summary(store));
    await pg.close();
    await store.close();
  });

  it('keeps two SQLite files apart: both are copied in full', async () => {
    const url = await server.schema();
    const a = await sqliteWith(3);
    const b = await sqliteWith(5);
    expect((await run(a.file, url)).code).toBe(0);
    expect((await run(b.file, url)).out.at(-1)).toBe('完了：イベント 5 件と拒否の件数 2 行をコピーしました');
    const pg = await PgStore.open(url);
    expect(await pg.count('pageview', FY) + (await pg.count('feedback', FY))).toBe(8);
    expect(await pg.rejections(FY)).toEqual([
      { key: 'rate-limit', count: 14 },
      { key: 'unknown-page', count: 4 },
    ]);
    await Promise.all([pg.close(), a.store.close(), b.store.close()]);
  });

  it('says in Japanese what is missing or wrong, and copies nothing', async () => {
    const url = await server.schema();
    const { file, store } = await sqliteWith(1);
    await store.close();
    const notDb = join(dir, 'notes.txt');
    writeFileSync(notDb, 'メモ');
    const errors = async (argv: string[], env: Record<string, string | undefined>) => {
      const out: string[] = [];
      const code = await main(argv, env, () => {}, (l) => out.push(l));
      return [code, out.join('\n').split('\n')[0]];
    };
    expect(await errors([], { ANALYTICS_DATABASE_URL: url })).toEqual([2, '--from で SQLite のファイルを指定してください。']);
    expect(await errors(['--from', join(dir, 'none.db')], { ANALYTICS_DATABASE_URL: url })).toEqual([1, `${join(dir, 'none.db')} がありません。`]);
    expect(await errors(['--from', notDb], { ANALYTICS_DATABASE_URL: url })).toEqual([1, `${notDb} は解析データベース（events の表がある SQLite ファイル）ではありません。`]);
    expect(await errors(['--from', file], {})).toEqual([2, 'コピー先の ANALYTICS_DATABASE_URL=postgres://… を設定してください。']);
    expect(await errors(['--from', file], { ANALYTICS_DATABASE_URL: 'mysql://db/a' })).toEqual([2, 'ANALYTICS_DATABASE_URL は postgres:// で始めてください（mysql: は使えません）']);
    const [code, line] = await errors(['--from', file], { ANALYTICS_DATABASE_URL: 'postgres://ohp@127.0.0.1:1/postgres' });
    expect(code).toBe(1);
    expect(line).toMatch(/^コピーできませんでした（.*ECONNREFUSED.*）。もう一度実行すると、続きからコピーします。$/);
  });

  it('runs as the npm script does, bundling the TypeScript on the fly', async () => {
    const url = await server.schema();
    const { file, store } = await sqliteWith(4);
    await store.close();
    const { stdout } = await promisify(execFile)(process.execPath, ['src/scripts/analytics-migrate.mjs', '--from', file], {
      env: { ...process.env, ANALYTICS_DATABASE_URL: url },
    });
    expect(stdout.trim().split('\n').at(-1)).toBe('完了：イベント 4 件と拒否の件数 2 行をコピーしました');
  });
});
