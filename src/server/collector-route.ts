import { clientIp } from '../lib/analytics/client-ip';
import { clientKey } from '../lib/analytics/client-key';
import { collect } from '../lib/analytics/collector';
import { MAX_BODY_BYTES } from '../lib/analytics/event-schema';
import { jstDay } from '../lib/analytics/fiscal-year';
import { originAllowed } from '../lib/analytics/origin';
import { analytics, logOncePerMinute, pruneOncePerDay, siteIndex, StoreUnavailable, trustedIpHeader } from './analytics-runtime';

/** One POST to /api/event, whichever server received it (Astro's route, or the fast path in serve.mjs). */
export interface EventRequest {
  headers: { get(name: string): string | null };
  socketAddress: string | undefined;
  /** The body as text, or null when it is larger than `max` bytes (the rest is not read). */
  readBody: (max: number) => Promise<string | null>;
}

export interface EventAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const json = (status: number, body: object, headers: Record<string, string> = {}): EventAnswer => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify(body),
});

let siteHost: string | undefined | null = null;
const publicHost = () => {
  if (siteHost !== null) return siteHost;
  try {
    siteHost = process.env.SITE_URL ? new URL(process.env.SITE_URL).host : undefined;
  } catch {
    siteHost = undefined;
  }
  return siteHost;
};

/** The collector: one event per request, validated, counted without identity, stored before 202. */
export async function answerEvent(request: EventRequest): Promise<EventAnswer> {
  const { headers } = request;
  const trusted = trustedIpHeader();
  if (!originAllowed(headers.get('origin'), [headers.get('host'), publicHost(), trusted ? headers.get('x-forwarded-host') : null])) {
    return json(403, { error: 'このサイトのページからの送信ではありません' });
  }
  const ip = clientIp(headers, request.socketAddress, trusted);
  let runtime;
  try {
    runtime = await analytics();
  } catch (error) {
    if (error instanceof StoreUnavailable) return json(503, { error: '一時的に記録できません' }, { 'retry-after': '60' });
    throw error;
  }
  pruneOncePerDay(runtime);
  const { writer, limiter, salts } = runtime;
  const answer = await collect(
    { body: await request.readBody(MAX_BODY_BYTES), client: clientKey(ip), ip, userAgent: headers.get('user-agent') ?? '' },
    { write: (e) => writer.write(e), salts, limiter, site: siteIndex() },
  );
  if (answer.rejected) writer.countRejection(jstDay(Date.now()), answer.rejected);
  if (answer.status === 202) return json(202, {}, answer.dropped ? { 'x-analytics-dropped': answer.dropped } : {});
  if (answer.status === 503) {
    logOncePerMinute('write', '記録に失敗しました（データベースの状態、ディスクの空き、権限を確かめてください）');
    return json(503, { error: answer.reason }, { 'retry-after': '60' });
  }
  const extra: Record<string, string> = answer.status === 429 ? { 'retry-after': '60' } : answer.status === 413 ? { connection: 'close' } : {};
  return json(answer.status, { error: answer.reason }, extra);
}

export const METHOD_NOT_ALLOWED = json(405, { error: 'POST で送ってください' }, { allow: 'POST' });
