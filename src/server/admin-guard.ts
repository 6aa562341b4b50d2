import { passwordMatches } from '../lib/analytics/admin-auth';
import { LoginThrottle } from '../lib/analytics/login-throttle';

const throttle = new LoginThrottle();

/**
 * Guards the staff dashboard. Without ANALYTICS_ADMIN_PASSWORD the admin routes refuse to work (503)
 * rather than run open; a missing or wrong password gets 401 with a Basic challenge; five wrong
 * passwords from one address lock it out for 15 minutes (429). Passwords are never logged.
 * Returns null when the request may go on.
 */
export function adminGuard(request: Request, clientAddress: string): Response | null {
  const password = process.env.ANALYTICS_ADMIN_PASSWORD;
  const page = (status: number, message: string, headers: Record<string, string> = {}) =>
    new Response(
      `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${message}</title></head><body><main><h1>${message}</h1></main></body></html>`,
      { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers } },
    );
  if (!password) {
    return page(503, '管理画面は無効です：環境変数 ANALYTICS_ADMIN_PASSWORD が設定されていません');
  }
  const locked = throttle.lockedFor(clientAddress);
  if (locked > 0) {
    return page(429, 'ログインの失敗が続いたため、しばらくログインできません', { 'retry-after': String(Math.ceil(locked / 1000)) });
  }
  const authorization = request.headers.get('authorization');
  if (!passwordMatches(authorization, password)) {
    if (authorization) throttle.fail(clientAddress); // a first visit without credentials is not a failure
    return page(401, 'パスワードが必要です', { 'www-authenticate': 'Basic realm="admin", charset="UTF-8"' });
  }
  throttle.succeed(clientAddress);
  return null;
}
