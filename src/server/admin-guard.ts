import { passwordMatches } from '../lib/analytics/admin-auth';
import { clientIp } from '../lib/analytics/client-ip';
import { clientKey } from '../lib/analytics/client-key';
import { LoginThrottle } from '../lib/analytics/login-throttle';
import { trustedIpHeader } from './analytics-runtime';

const throttle = new LoginThrottle();

/**
 * Guards the staff dashboard. Without ANALYTICS_ADMIN_PASSWORD the admin routes refuse to work (503)
 * rather than run open; a missing or wrong password gets 401 with a Basic challenge. Failures are
 * counted per client address, found the same way as the collector does (behind a trusted proxy, its
 * header; IPv6 per /64): five wrong passwords lock that address for 15 minutes and no other, and many
 * failures from many addresses slow everyone to one try a second (429). Passwords are never logged.
 * Returns null when the request may go on.
 */
export function adminGuard(request: Request, socketAddress: string | undefined): Response | null {
  const password = process.env.ANALYTICS_ADMIN_PASSWORD;
  const page = (status: number, message: string, headers: Record<string, string> = {}) =>
    new Response(
      `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${message}</title></head><body><main><h1>${message}</h1></main></body></html>`,
      { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers } },
    );
  if (!password) {
    return page(503, '管理画面は無効です：環境変数 ANALYTICS_ADMIN_PASSWORD が設定されていません');
  }
  const client = clientKey(clientIp(request.headers, socketAddress, trustedIpHeader()));
  const locked = throttle.lockedFor(client);
  if (locked > 0) {
    return page(429, 'ログインの失敗が続いたため、しばらくログインできません', { 'retry-after': String(Math.ceil(locked / 1000)) });
  }
  const authorization = request.headers.get('authorization');
  if (!authorization) return page(401, 'パスワードが必要です', { 'www-authenticate': 'Basic realm="admin", charset="UTF-8"' });
  throttle.attempt();
  if (!passwordMatches(authorization, password)) {
    throttle.fail(client);
    return page(401, 'パスワードが必要です', { 'www-authenticate': 'Basic realm="admin", charset="UTF-8"' });
  }
  throttle.succeed(client);
  return null;
}
