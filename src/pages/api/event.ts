import type { APIRoute } from 'astro';
import { MAX_BODY_BYTES } from '../../lib/analytics/event-schema';
import { clientIp } from '../../lib/analytics/client-ip';
import { collect, readBodyLimited } from '../../lib/analytics/collector';
import { analytics, trustedIpHeader } from '../../server/analytics-runtime';

export const prerender = false;

const json = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

/** The collector: one event per request, validated, counted without identity, stored before 202. */
export const POST: APIRoute = async (context) => {
  const { request } = context;
  let ip = '';
  try {
    ip = clientIp(request.headers, context.clientAddress, trustedIpHeader());
  } catch {
    // Without a socket address (e.g. in tests) the visitor hash simply has no IP part.
  }
  const { store, writer, limiter } = analytics();
  const answer = await collect(
    { body: await readBodyLimited(request, MAX_BODY_BYTES), ip, userAgent: request.headers.get('user-agent') ?? '' },
    { write: (e) => writer.write(e), salts: store, limiter },
  );
  if (answer.status === 202) return json(202, {}, answer.dropped ? { 'x-analytics-dropped': answer.dropped } : {});
  return json(answer.status, { error: answer.reason }, answer.status === 429 ? { 'retry-after': '60' } : {});
};

export const ALL: APIRoute = () => json(405, { error: 'POST で送ってください' }, { allow: 'POST' });
