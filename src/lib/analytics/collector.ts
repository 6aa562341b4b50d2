import { isbot } from 'isbot';
import { parseEventBody, type AnalyticsEvent } from './event-schema';
import { jstDay } from './fiscal-year';
import type { RateLimiter } from './rate-limit';
import { pagePath, unknownTarget, type SiteIndex } from './site-index';
import type { StoredEvent } from './store';
import { saltForDay, visitorHash, type SaltStore } from './visitor';

export interface CollectorDeps {
  write: (event: StoredEvent) => Promise<void>;
  salts: SaltStore;
  limiter: Pick<RateLimiter, 'check'>;
  /** The pages and materials of this build: events about anything else are refused. */
  site: SiteIndex;
  now?: () => number;
}

export interface IncomingEvent {
  /** The body as text, or null when it was larger than the limit (see readBodyLimited). */
  body: string | null;
  /** The client's address, already keyed (src/lib/analytics/client-key.ts): limits apply to it. */
  client: string;
  /** The client's full address, for the day's visitor hash only. */
  ip: string;
  userAgent: string;
}

/** Why an event was refused, as counted on the dashboard. */
export type Rejection = 'bad-request' | 'too-large' | 'unknown-page' | 'unknown-file' | 'rate-limit' | 'global-limit';

export interface CollectorAnswer {
  status: 202 | 400 | 413 | 429 | 503;
  reason?: string;
  /** Set when an event was accepted but deliberately not stored (a known bot). */
  dropped?: 'bot';
  /** Set when the event was refused: what the dashboard counts it as. */
  rejected?: Rejection;
}

const MINUTE = 60_000;
const UNAVAILABLE: CollectorAnswer = { status: 503, reason: '一時的に記録できません' };

/** Turns one request into a stored event, or a clear 4xx. Bad input never throws. */
export async function collect(incoming: IncomingEvent, deps: CollectorDeps): Promise<CollectorAnswer> {
  if (incoming.body === null) return { status: 413, reason: '本文が大きすぎます（2048バイトまで）', rejected: 'too-large' };
  // Limits come before parsing: a flood costs as little as possible, whatever it sends.
  let limited;
  try {
    limited = await deps.limiter.check(incoming.client);
  } catch {
    return UNAVAILABLE; // the shared counters cannot be reached: nothing is stored either
  }
  if (limited) {
    return { status: 429, reason: '送信が多すぎます。しばらくしてからお試しください', rejected: limited === 'client' ? 'rate-limit' : 'global-limit' };
  }
  const parsed = parseEventBody(incoming.body);
  if (!parsed.ok) return { status: parsed.status, reason: parsed.reason, rejected: parsed.status === 413 ? 'too-large' : 'bad-request' };
  // Bots are answered like everyone else (so they learn nothing) but not counted.
  if (!incoming.userAgent || isbot(incoming.userAgent)) return { status: 202, dropped: 'bot' };
  const unknown = unknownTarget(parsed.event, deps.site);
  if (unknown) {
    const reason = unknown === 'unknown-page' ? 'このサイトにないページです' : 'このサイトにない資料です';
    return { status: 400, reason, rejected: unknown };
  }

  const now = (deps.now ?? Date.now)();
  const day = jstDay(now);
  const visitor = visitorHash(saltForDay(deps.salts, day), incoming.ip, incoming.userAgent);
  try {
    await deps.write(toStored(parsed.event, now, day, visitor));
  } catch {
    return UNAVAILABLE;
  }
  return { status: 202 };
}

/** Only what the counts need; the time to the minute, so rows cannot be lined up with other logs. */
function toStored(event: AnalyticsEvent, now: number, day: string, visitor: string): StoredEvent {
  return {
    ts: Math.floor(now / MINUTE) * MINUTE,
    day,
    type: event.type,
    path: pagePath(event.path),
    target: event.type === 'diagnosis_complete' ? event.instrument : event.type === 'download' ? event.file : null,
    useful: event.type === 'feedback' ? event.useful : null,
    visitor,
  };
}

/** Reads a request body up to `max` bytes; null when it is larger (the rest is not read). */
export async function readBodyLimited(request: Request, max: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}
