import type { APIRoute } from 'astro';
import { analytics, StoreUnavailable } from '../../server/analytics-runtime';

export const prerender = false;

/**
 * For monitoring and for the server's start-up check: 200 when the analytics store is open, 503 (with
 * the reason) when it is not. Pages are served either way.
 */
export const GET: APIRoute = async () => {
  let store: 'ok' | string = 'ok';
  try {
    await analytics();
  } catch (error) {
    if (!(error instanceof StoreUnavailable)) throw error;
    store = error.message;
  }
  return new Response(JSON.stringify({ store }), {
    status: store === 'ok' ? 200 : 503,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
};
