import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BatchWriter } from '../lib/analytics/batch-writer';
import { jstDay } from '../lib/analytics/fiscal-year';
import { firstDayKept } from '../lib/analytics/retention';
import { RateLimiter } from '../lib/analytics/rate-limit';
import type { SiteIndex } from '../lib/analytics/site-index';
import { SqliteStore } from '../lib/analytics/sqlite-store';
import { MemorySaltStore } from '../lib/analytics/visitor';

/**
 * The collector's shared state for this process, from the environment:
 *   ANALYTICS_DB                SQLite file (default ./data/analytics.db)
 *   ANALYTICS_CLIENT_IP_HEADER  header that carries the client address behind a trusted proxy (unset: socket address)
 *   ANALYTICS_RATE_LIMIT        events per client address (IPv6: per /64) per minute (default 120)
 *   ANALYTICS_GLOBAL_RATE_LIMIT events per minute from all clients together (default 30000)
 *   SITE_MANIFEST               the build's list of pages and materials (default ./dist/site-manifest.json)
 * If the database cannot be opened, pages are still served: the collector and the dashboard answer
 * 503 and opening is tried again at most once a minute. Problems are logged once a minute, not per request.
 */
export interface Analytics {
  store: SqliteStore;
  writer: BatchWriter;
}

const RETRY_MS = 60_000;
const salts = new MemorySaltStore();
let opened: Analytics | undefined;
let failed: { at: number; error: Error } | undefined;

export class StoreUnavailable extends Error {
  constructor(cause: Error) {
    super(`解析データベースを開けません（${cause.message}）`);
    this.name = 'StoreUnavailable';
  }
}

/** The open store, opening it on first use; throws StoreUnavailable while it cannot be opened. */
export function analytics(): Analytics {
  if (opened) return opened;
  if (failed && Date.now() - failed.at < RETRY_MS) throw new StoreUnavailable(failed.error);
  const file = resolve(process.env.ANALYTICS_DB ?? './data/analytics.db');
  try {
    const store = new SqliteStore(file);
    opened = { store, writer: new BatchWriter(store) };
    failed = undefined;
    return opened;
  } catch (error) {
    failed = { at: Date.now(), error: error instanceof Error ? error : new Error(String(error)) };
    logOncePerMinute('open', `${file}: ${failed.error.message}`);
    throw new StoreUnavailable(failed.error);
  }
}

export const saltStore = () => salts;

let prunedOn: string | undefined;
/**
 * Once a JST day, deletes what is older than the 年度 kept (src/lib/analytics/retention.ts), as the
 * privacy policy says. A failure is logged and tried again the next day.
 */
export function pruneOncePerDay({ store }: Analytics, now = Date.now()): void {
  const today = jstDay(now);
  if (prunedOn === today) return;
  prunedOn = today;
  try {
    store.prune(firstDayKept(today));
  } catch (error) {
    logOncePerMinute('prune', `古いデータを消せませんでした（${error instanceof Error ? error.message : error}）`);
  }
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
export const limiter = new RateLimiter(
  positive(process.env.ANALYTICS_RATE_LIMIT, 120),
  60_000,
  Date.now,
  positive(process.env.ANALYTICS_GLOBAL_RATE_LIMIT, 30_000),
);

let site: SiteIndex | undefined;
/** The pages and materials of the build being served, read once. */
export function siteIndex(): SiteIndex {
  if (site) return site;
  const file = resolve(process.env.SITE_MANIFEST ?? './dist/site-manifest.json');
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { pages: string[]; materials: string[] };
    site = { pages: new Set(manifest.pages), materials: new Set(manifest.materials) };
  } catch (error) {
    logOncePerMinute('manifest', `${file} を読めません（${error instanceof Error ? error.message : error}）。npm run build で作られます`);
    site = { pages: new Set(), materials: new Set() };
  }
  return site;
}

export const trustedIpHeader = () => process.env.ANALYTICS_CLIENT_IP_HEADER?.trim().toLowerCase() || undefined;

const lastLogged = new Map<string, number>();
/** One line per kind of problem per minute, however many requests meet it. */
export function logOncePerMinute(kind: string, message: string): void {
  const now = Date.now();
  if (now - (lastLogged.get(kind) ?? 0) < RETRY_MS) return;
  lastLogged.set(kind, now);
  console.error(`[analytics] ${message}`);
}
