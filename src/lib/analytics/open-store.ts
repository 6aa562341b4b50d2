import { resolve } from 'node:path';
import { PgStore } from './pg-store';
import { SqliteStore } from './sqlite-store';
import type { AnalyticsStore } from './store';

export interface StoreChoice {
  kind: 'sqlite' | 'postgres';
  /** Where the store is, for logs and the health check: never a password. */
  where: string;
  open: () => Promise<AnalyticsStore>;
}

/**
 * Which store the environment asks for: PostgreSQL when ANALYTICS_DATABASE_URL is a postgres:// URL
 * (any number of collector processes), otherwise the SQLite file ANALYTICS_DB (one process).
 * Throws a clear Japanese message for a URL it cannot use.
 */
export function chooseStore(env: Record<string, string | undefined>): StoreChoice {
  const url = env.ANALYTICS_DATABASE_URL?.trim();
  if (!url) {
    const file = env.ANALYTICS_DB === ':memory:' ? ':memory:' : resolve(env.ANALYTICS_DB ?? './data/analytics.db');
    return { kind: 'sqlite', where: file, open: async () => new SqliteStore(file) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('ANALYTICS_DATABASE_URL を URL として読めません（例：postgres://user:password@db.example.jp:5432/analytics）');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`ANALYTICS_DATABASE_URL は postgres:// で始めてください（${parsed.protocol} は使えません）`);
  }
  const poolSize = Number(env.ANALYTICS_DB_POOL_SIZE);
  return {
    kind: 'postgres',
    where: `PostgreSQL ${parsed.host}${parsed.pathname}`,
    open: () => PgStore.open(url, { max: Number.isInteger(poolSize) && poolSize > 0 ? poolSize : 10 }),
  };
}
