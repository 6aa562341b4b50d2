import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BatchWriter } from '../lib/analytics/batch-writer';
import { jstDay } from '../lib/analytics/fiscal-year';
import { counterKey, HashedCounters } from '../lib/analytics/hashed-counters';
import { LoginThrottle } from '../lib/analytics/login-throttle';
import { chooseStore } from '../lib/analytics/open-store';
import { firstDayKept } from '../lib/analytics/retention';
import { RateLimiter } from '../lib/analytics/rate-limit';
import type { SiteIndex } from '../lib/analytics/site-index';
import type { AnalyticsStore } from '../lib/analytics/store';
import { MemorySaltStore, SecretSaltStore, type SaltStore } from '../lib/analytics/visitor';

/**
 * The collector's shared state for this process, from the environment:
 *   ANALYTICS_DATABASE_URL      postgres://… : a PostgreSQL database shared by any number of collectors
 *   ANALYTICS_DB                without it, the SQLite file (default ./data/analytics.db), one process
 *   ANALYTICS_DB_POOL_SIZE      connections per process to PostgreSQL (default 10)
 *   ANALYTICS_SALT_SECRET       secret (32+ characters) from which every collector derives the day's salt
 *                               (unset: a random salt in this process's memory)
 *   ANALYTICS_CLIENT_IP_HEADER  header that carries the client address behind a trusted proxy (unset: socket address)
 *   ANALYTICS_RATE_LIMIT        events per client address (IPv6: per /64) per minute (default 120)
 *   ANALYTICS_GLOBAL_RATE_LIMIT events per minute from all clients together (default 30000)
 *   SITE_MANIFEST               the build's list of pages and materials (default ./dist/site-manifest.json)
 * If the store cannot be opened, pages are still served: the collector and the dashboard answer 503
 * and opening is tried again at most once a minute. Problems are logged once a minute, not per request.
 */
export interface Analytics {
  store: AnalyticsStore;
  writer: BatchWriter;
  limiter: RateLimiter;
  salts: SaltStore;
  loginThrottle: LoginThrottle;
}

const RETRY_MS = 60_000;
interface RuntimeState {
  opened?: Analytics;
  opening?: Promise<Analytics>;
  failed?: { at: number; error: Error };
}
// `npm start` loads this module twice, in Astro's server bundle (the dashboard) and in the collector's
// fast path (dist/server/collector.mjs): both use one state on globalThis, so the process opens one
// store (one SQLite handle, one PostgreSQL pool) and keeps one set of counters.
const state: RuntimeState = ((globalThis as { [key: symbol]: RuntimeState })[Symbol.for('ohp.analytics-runtime')] ??= {});

export class StoreUnavailable extends Error {
  constructor(cause: Error) {
    super(`解析データベースを開けません（${cause.message}）`);
    this.name = 'StoreUnavailable';
  }
}

/** The open store, opening it on first use; rejects with StoreUnavailable while it cannot be opened. */
export async function analytics(): Promise<Analytics> {
  if (state.opened) return state.opened;
  if (state.failed && Date.now() - state.failed.at < RETRY_MS) throw new StoreUnavailable(state.failed.error);
  state.opening ??= open().finally(() => (state.opening = undefined));
  return state.opening;
}

async function open(): Promise<Analytics> {
  let where = 'ANALYTICS_DATABASE_URL';
  try {
    const choice = chooseStore(process.env);
    where = choice.where;
    const salts = saltsFromEnv(choice.kind);
    const store = await choice.open();
    // Limits count per client address; the names reach the (maybe shared) store only as keyed hashes.
    const counters = new HashedCounters(store.counters, counterKey(process.env.ANALYTICS_SALT_SECRET));
    state.opened = {
      store,
      writer: new BatchWriter(store),
      limiter: new RateLimiter(counters, positive(process.env.ANALYTICS_RATE_LIMIT, 120), 60_000, Date.now, positive(process.env.ANALYTICS_GLOBAL_RATE_LIMIT, 30_000)),
      salts,
      loginThrottle: new LoginThrottle(counters),
    };
    state.failed = undefined;
    return state.opened;
  } catch (error) {
    state.failed = { at: Date.now(), error: error instanceof Error ? error : new Error(String(error)) };
    logOncePerMinute('open', `${where}: ${state.failed.error.message}`);
    throw new StoreUnavailable(state.failed.error);
  }
}

function saltsFromEnv(kind: 'sqlite' | 'postgres'): SaltStore {
  const secret = process.env.ANALYTICS_SALT_SECRET;
  if (secret) return new SecretSaltStore(secret);
  if (kind === 'postgres') {
    console.error('[analytics] ANALYTICS_SALT_SECRET がありません：訪問者と受付の制限・締め出しの件数は、収集プロセスごとに別々に数えられます（複数のプロセスで動かすときは設定してください）');
  }
  return new MemorySaltStore();
}

let prunedOn: string | undefined;
/**
 * Once a JST day, deletes what is older than the 年度 kept (src/lib/analytics/retention.ts), as the
 * privacy policy says. Runs beside the request, never in its way; a failure is logged and tried again
 * the next day.
 */
export function pruneOncePerDay({ store }: Analytics, now = Date.now()): void {
  const today = jstDay(now);
  if (prunedOn === today) return;
  prunedOn = today;
  store.prune(firstDayKept(today)).catch((error: unknown) => {
    logOncePerMinute('prune', `古いデータを消せませんでした（${error instanceof Error ? error.message : error}）`);
  });
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

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
