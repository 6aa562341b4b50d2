import { expect, test } from '@playwright/test';
import { builtRoutes } from './helpers';

const attr = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

test('no internal link or anchor on the built site is broken', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const pages = new Map<string, Set<string>>(); // path → ids on that page
  const status = new Map<string, number>();
  const links: { from: string; url: URL }[] = [];
  const queue = ['/', ...builtRoutes()];

  while (queue.length) {
    const path = queue.shift()!;
    if (status.has(path)) continue;
    const response = await request.get(path);
    status.set(path, response.status());
    if (!response.ok() || !(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    pages.set(path, new Set(attr(html, 'id').map(decode)));
    for (const ref of [...attr(html, 'href'), ...attr(html, 'src')].map(decode)) {
      const url = new URL(ref, `${origin}${path}`);
      if (url.origin !== origin) continue;
      links.push({ from: path, url });
      if (!status.has(url.pathname)) queue.push(url.pathname);
    }
  }

  const broken = links.flatMap(({ from, url }) => {
    const code = status.get(url.pathname);
    if (code !== 200) return [`${from} → ${url.pathname} (${code})`];
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && !pages.get(url.pathname)?.has(id)) return [`${from} → ${url.pathname}#${id} (no such anchor)`];
    return [];
  });
  expect(pages.size).toBeGreaterThanOrEqual(20);
  expect(broken).toEqual([]);
});
