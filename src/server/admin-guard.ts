import { passwordMatches } from '../lib/analytics/admin-auth';

/**
 * Guards the staff dashboard. Without ANALYTICS_ADMIN_PASSWORD the admin routes refuse to work (503)
 * rather than run open; a missing or wrong password gets 401 with a Basic challenge.
 * Returns null when the request may go on.
 */
export function adminGuard(request: Request): Response | null {
  const password = process.env.ANALYTICS_ADMIN_PASSWORD;
  const page = (status: number, message: string, headers: Record<string, string> = {}) =>
    new Response(
      `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${message}</title></head><body><main><h1>${message}</h1></main></body></html>`,
      { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers } },
    );
  if (!password) {
    return page(503, '管理画面は無効です：環境変数 ANALYTICS_ADMIN_PASSWORD が設定されていません');
  }
  if (!passwordMatches(request.headers.get('authorization'), password)) {
    return page(401, 'パスワードが必要です', { 'www-authenticate': 'Basic realm="admin", charset="UTF-8"' });
  }
  return null;
}
