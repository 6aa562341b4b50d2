import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { copySqliteToPostgres } from '../lib/analytics/copy-to-postgres';
import { chooseStore } from '../lib/analytics/open-store';
import { PgStore } from '../lib/analytics/pg-store';
import { SqliteStore } from '../lib/analytics/sqlite-store';

const USAGE = '使い方：ANALYTICS_DATABASE_URL=postgres://… npm run analytics:migrate -- --from ./data/analytics.db';
const count = (n: number) => n.toLocaleString('ja-JP');

/**
 * npm run analytics:migrate -- --from <SQLite file>: copies the events into the PostgreSQL database of
 * ANALYTICS_DATABASE_URL (migrating its schema first). Safe to run again: it adds only what is new.
 * Resolves to the exit code; every message is one Japanese line.
 */
export async function main(argv: string[], env: Record<string, string | undefined>, log = console.log, fail = console.error): Promise<number> {
  let from: string | undefined;
  try {
    from = parseArgs({ args: argv, options: { from: { type: 'string' } } }).values.from;
  } catch (error) {
    fail(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  if (!from) {
    fail(`--from で SQLite のファイルを指定してください。\n${USAGE}`);
    return 2;
  }
  const file = resolve(from);
  if (!existsSync(file)) {
    fail(`${file} がありません。`);
    return 1;
  }
  if (!isAnalyticsFile(file)) {
    fail(`${file} は解析データベース（events の表がある SQLite ファイル）ではありません。`);
    return 1;
  }
  let choice;
  try {
    choice = chooseStore({ ANALYTICS_DATABASE_URL: env.ANALYTICS_DATABASE_URL });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return 2;
  }
  if (choice.kind !== 'postgres') {
    fail(`コピー先の ANALYTICS_DATABASE_URL=postgres://… を設定してください。\n${USAGE}`);
    return 2;
  }
  const source = new SqliteStore(file);
  let target: PgStore | undefined;
  try {
    target = await PgStore.open(env.ANALYTICS_DATABASE_URL!.trim(), { max: 2, applicationName: 'ohp-analytics-migrate' });
    log(`${file} → ${choice.where}`);
    const result = await copySqliteToPostgres(source, target, { progress: (copied, total) => log(`コピー中：${count(copied)} / ${count(total)} 件`) });
    log(
      `完了：イベント ${count(result.events)} 件と拒否の件数 ${count(result.rejections)} 行をコピーしました` +
        (result.alreadyCopied > 0 ? `（前回までにコピー済みの ${count(result.alreadyCopied)} 件は飛ばしました）` : ''),
    );
    return 0;
  } catch (error) {
    fail(`コピーできませんでした（${error instanceof Error ? error.message : error}）。もう一度実行すると、続きからコピーします。`);
    return 1;
  } finally {
    await source.close();
    await target?.close();
  }
}

/** Whether the file is a SQLite database with the events table, read without changing it. */
function isAnalyticsFile(file: string): boolean {
  try {
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get() !== undefined;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
