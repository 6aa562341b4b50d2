import { expect, test } from '@playwright/test';

// One page of each type, as a visitor reaches it.
const PAGES = [
  '/',
  '/guides/stress-check/',
  '/guides/stress-check/for-workers/',
  '/search/?q=受動喫煙',
  '/check/stress/',
  '/check/excellent-company/',
  '/check/group-analysis/',
  '/seminars/',
  '/seminars/2026-06-mental-health-osaka/',
  '/materials/',
  '/no-such-page/',
];

test('the Node server sends the security headers on pages, files and the collector', async ({ request }) => {
  for (const path of ['/', '/favicon.svg', '/api/event', '/no-such-page/']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

test('hashed build files are cached for a year; pages are revalidated', async ({ request, page }) => {
  await page.goto('/check/stress/');
  const script = await page.locator('astro-island').first().getAttribute('component-url');
  expect((await request.get(script!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/')).headers()['cache-control']).not.toContain('immutable');
});

test('every page has a strict CSP: hashes for scripts, no unsafe-inline', async ({ page }) => {
  for (const path of PAGES.slice(0, -1)) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const script = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(script, path).toContain("'self'");
    expect(script, path).toMatch(/'sha256-/);
    expect(csp, path).not.toContain('unsafe-inline');
    expect(csp, path).not.toContain("'unsafe-eval'");
  }
});

for (const path of PAGES) {
  test(`${path} makes no third-party request and breaks no CSP rule`, async ({ page, baseURL }) => {
    const origins = new Set<string>();
    const violations: string[] = [];
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => violations.push(e.message));
    await page.goto(path);
    if (path.startsWith('/check/stress/')) {
      await page.getByRole('radio', { name: '女性' }).check();
      await page.getByRole('button', { name: 'チェックを始める' }).click();
      await expect(page.locator('#check-step-heading')).toBeVisible();
    }
    if (path.startsWith('/search/')) await expect(page.locator('#search-results > li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect([...origins].filter((o) => o !== new URL(baseURL!).origin && o !== 'null')).toEqual([]);
    expect(violations).toEqual([]);
  });
}
