import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// The production build (`npm run build`, served by src/server/serve.mjs as `npm start` does) carries no
// editor: without PUBLIC_KEYSTATIC_GITHUB_REPO there is no /keystatic and no /api/keystatic, and no public
// page loads React. The editor is only in `npm run cms` (tests/e2e/cms.spec.ts) or in GitHub mode.

const client = join(import.meta.dirname, '..', '..', 'dist', 'client');

test('the editor and its API answer 404 on the production server; nothing can be written', async ({ request }) => {
  for (const path of ['/keystatic', '/keystatic/', '/keystatic/collection/guides-support', '/keystatic/collection/guides-support/create', '/api/keystatic/tree', '/api/keystatic/github/login', '/api/keystatic/blob/x/content/topics/support.json']) {
    const response = await request.get(path);
    expect(response.status(), `GET ${path}`).toBe(404);
    expect(await response.text(), `GET ${path}`).not.toMatch(/keystatic/i);
  }
  // A save is a POST to /api/keystatic/update: refused (404, or 405 from the server's method rule).
  for (const path of ['/api/keystatic/update', '/api/keystatic/github/refresh-token', '/keystatic']) {
    const response = await request.post(path, { data: { additions: [{ path: 'content/topics/x.json', contents: 'e30=' }], deletions: [] } });
    expect([404, 405], `POST ${path}`).toContain(response.status());
  }
});

/** Every built HTML page, as a path under dist/client. */
const htmlPages = () => (readdirSync(client, { recursive: true }) as string[]).filter((p) => p.endsWith('.html')).map((p) => p.split('\\').join('/'));

/** The JavaScript files a page can load: its scripts, preloads and island URLs, and everything they import. */
function scriptsOf(page: string): Set<string> {
  const html = readFileSync(join(client, page), 'utf8');
  const found = new Set<string>();
  const queue: string[] = [];
  const add = (url: string, from: string) => {
    if (/^(https?:)?\/\//.test(url) || !url.endsWith('.js')) return;
    const path = url.startsWith('/') ? url.slice(1) : posix.join(posix.dirname(from), url);
    if (!found.has(path)) {
      found.add(path);
      queue.push(path);
    }
  };
  for (const m of html.matchAll(/\b(?:src|href|component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) add(m[1], page);
  for (const m of html.matchAll(/\bimport\(?\s*["']([^"']+)["']/g)) add(m[1], page);
  while (queue.length > 0) {
    const file = queue.shift()!;
    const code = readFileSync(join(client, file), 'utf8');
    for (const m of code.matchAll(/\b(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) add(m[1], file);
  }
  return found;
}

/** What only React's own code contains (React 19: the element symbol and React DOM's root marker). */
const REACT = /react\.transitional\.element|__reactContainer|react-dom/;

test('no public page references a React chunk', () => {
  const pages = htmlPages().filter((p) => !p.startsWith('keystatic/'));
  expect(pages.length).toBeGreaterThan(30);
  const offenders: string[] = [];
  for (const page of pages) {
    const html = readFileSync(join(client, page), 'utf8');
    if (/renderer-url="[^"]*react/i.test(html)) offenders.push(`${page}: a React island`);
    for (const script of scriptsOf(page)) {
      if (REACT.test(readFileSync(join(client, script), 'utf8'))) offenders.push(`${page}: ${script}`);
    }
  }
  expect(offenders).toEqual([]);
});

test('guide pages stay within 2 kB of JavaScript (gzip), as the bench measures them', async ({ page }) => {
  test.setTimeout(120_000); // every guide page is loaded until the network is idle
  const guides = htmlPages().filter((p) => /^guides\/[^/]+\/[^/]+\/index\.html$/.test(p));
  expect(guides.length).toBeGreaterThan(10);
  for (const guide of guides) {
    const bodies: Promise<Buffer>[] = [];
    const collect = (r: import('@playwright/test').Response) => {
      if (r.request().resourceType() === 'script') bodies.push(r.body().catch(() => Buffer.alloc(0)));
    };
    page.on('response', collect);
    await page.goto(`/${guide.replace(/index\.html$/, '')}`, { waitUntil: 'networkidle' });
    const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((x) => x.textContent ?? ''));
    page.off('response', collect);
    const files = await Promise.all(bodies);
    const jsGzip = [...files, ...inline.map((s) => Buffer.from(s))].reduce((n, b) => n + gzipSync(b).length, 0);
    expect(jsGzip, guide).toBeLessThanOrEqual(2048);
  }
});
