import { passwordMatches } from '../lib/analytics/admin-auth';
import { clientIp } from '../lib/analytics/client-ip';
import { clientKey } from '../lib/analytics/client-key';
import { analytics, StoreUnavailable, trustedIpHeader } from './analytics-runtime';

const page = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${message}</title></head><body><main><h1>${message}</h1></main></body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers } },
  );
const CHALLENGE = { 'www-authenticate': 'Basic realm="admin", charset="UTF-8"' };

/**
 * Guards the staff dashboard. Without ANALYTICS_ADMIN_PASSWORD the admin routes refuse to work (503)
 * rather than run open; a missing or wrong password gets 401 with a Basic challenge. Failures are
 * counted per client address, found the same way as the collector does (behind a trusted proxy, its
 * header; IPv6 per /64), in the store's shared counters, so every collector process sees them: five
 * wrong passwords lock that address for 15 to 30 minutes and no other, and many failures from many
 * addresses slow everyone to one try a second (429). Passwords are never logged.
 * Resolves to null when the request may go on.
 */
export async function adminGuard(request: Request, socketAddress: string | undefined): Promise<Response | null> {
  const password = process.env.ANALYTICS_ADMIN_PASSWORD;
  if (!password) {
    return page(503, '管理画面は無効です：環境変数 ANALYTICS_ADMIN_PASSWORD が設定されていません');
  }
  let throttle;
  try {
    throttle = (await analytics()).loginThrottle;
  } catch (error) {
    if (!(error instanceof StoreUnavailable)) throw error;
    return page(503, '集計データベースに接続できないため、管理画面を開けません', { 'retry-after': '60' });
  }
  const client = clientKey(clientIp(request.headers, socketAddress, trustedIpHeader()));
  const authorization = request.headers.get('authorization');
  if (!authorization) return page(401, 'パスワードが必要です', CHALLENGE);
  const locked = await throttle.admit(client);
  if (locked > 0) {
    return page(429, 'ログインの失敗が続いたため、しばらくログインできません', { 'retry-after': String(Math.ceil(locked / 1000)) });
  }
  if (!passwordMatches(authorization, password)) {
    await throttle.fail(client);
    return page(401, 'パスワードが必要です', CHALLENGE);
  }
  await throttle.succeed(client);
  return null;
}
