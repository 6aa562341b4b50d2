import type { APIRoute } from 'astro';
import { MAX_BODY_BYTES } from '../../lib/analytics/event-schema';
import { clientIp } from '../../lib/analytics/client-ip';
import { clientKey } from '../../lib/analytics/client-key';
import { collect, readBodyLimited } from '../../lib/analytics/collector';
import { jstDay } from '../../lib/analytics/fiscal-year';
import { originAllowed } from '../../lib/analytics/origin';
import { analytics, limiter, logOncePerMinute, pruneOncePerDay, saltStore, siteIndex, StoreUnavailable, trustedIpHeader } from '../../server/analytics-runtime';

export const prerender = false;

const json = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

const siteHost = () => {
  try {
    return process.env.SITE_URL ? new URL(process.env.SITE_URL).host : undefined;
  } catch {
    return undefined;
  }
};

/** The collector: one event per request, validated, counted without identity, stored before 202. */
export const POST: APIRoute = async (context) => {
  const { request } = context;
  const headers = request.headers;
  const trusted = trustedIpHeader();
  if (!originAllowed(headers.get('origin'), [headers.get('host'), siteHost(), trusted ? headers.get('x-forwarded-host') : null])) {
    return json(403, { error: 'このサイトのページからの送信ではありません' });
  }
  let ip = '';
  try {
    ip = clientIp(headers, context.clientAddress, trusted);
  } catch {
    // Without a socket address (e.g. in tests) the visitor hash simply has no IP part.
  }
  let runtime;
  try {
    runtime = analytics();
  } catch (error) {
    if (error instanceof StoreUnavailable) return json(503, { error: '一時的に記録できません' }, { 'retry-after': '60' });
    throw error;
  }
  pruneOncePerDay(runtime);
  const { writer } = runtime;
  const answer = await collect(
    { body: await readBodyLimited(request, MAX_BODY_BYTES), client: clientKey(ip), ip, userAgent: headers.get('user-agent') ?? '' },
    { write: (e) => writer.write(e), salts: saltStore(), limiter, site: siteIndex() },
  );
  if (answer.rejected) writer.countRejection(jstDay(Date.now()), answer.rejected);
  if (answer.status === 202) return json(202, {}, answer.dropped ? { 'x-analytics-dropped': answer.dropped } : {});
  if (answer.status === 503) {
    logOncePerMinute('write', '記録に失敗しました（ディスクの空き、権限、データベースの状態を確かめてください）');
    return json(503, { error: answer.reason }, { 'retry-after': '60' });
  }
  const extra: Record<string, string> = answer.status === 429 ? { 'retry-after': '60' } : answer.status === 413 ? { connection: 'close' } : {};
  return json(answer.status, { error: answer.reason }, extra);
};

export const ALL: APIRoute = () => json(405, { error: 'POST で送ってください' }, { allow: 'POST' });
