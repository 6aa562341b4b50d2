import { resolve } from 'node:path';
import { BatchWriter } from '../lib/analytics/batch-writer';
import { RateLimiter } from '../lib/analytics/rate-limit';
import { SqliteStore } from '../lib/analytics/sqlite-store';

/**
 * The collector's shared state for this process, created on first use from the environment:
 *   ANALYTICS_DB               SQLite file (default ./data/analytics.db)
 *   ANALYTICS_CLIENT_IP_HEADER header that carries the client address behind a trusted proxy (unset: socket address)
 *   ANALYTICS_RATE_LIMIT       events per client per minute (default 120)
 */
let runtime: { store: SqliteStore; writer: BatchWriter; limiter: RateLimiter } | undefined;

export function analytics() {
  if (!runtime) {
    const store = new SqliteStore(resolve(process.env.ANALYTICS_DB ?? './data/analytics.db'));
    const perMinute = Number(process.env.ANALYTICS_RATE_LIMIT ?? 120);
    runtime = { store, writer: new BatchWriter(store), limiter: new RateLimiter(perMinute > 0 ? perMinute : 120, 60_000) };
  }
  return runtime;
}

export const trustedIpHeader = () => process.env.ANALYTICS_CLIENT_IP_HEADER?.trim().toLowerCase() || undefined;
