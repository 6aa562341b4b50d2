// Bytes a visitor downloads before interacting: HTML, CSS and JS, raw and gzip-compressed, measured in
// Chromium (so inline scripts and lazily imported modules loaded at start count too).
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ADMIN_PASSWORD, PAGE_TYPES } from './pages.mjs';

export async function pageWeights(base, executablePath) {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const rows = [];
  for (const page of PAGE_TYPES) {
    const context = await browser.newContext(page.admin ? { httpCredentials: { username: 'bench', password: ADMIN_PASSWORD } } : {});
    const tab = await context.newPage();
    const bodies = [];
    tab.on('response', (r) => {
      const type = r.request().resourceType();
      if (['document', 'stylesheet', 'script'].includes(type)) bodies.push(r.body().then((b) => ({ type, b })).catch(() => null));
    });
    await tab.goto(base + page.path, { waitUntil: 'networkidle' });
    const inline = await tab.locator('script:not([src])').evaluateAll((s) => s.map((x) => x.textContent ?? ''));
    const files = (await Promise.all(bodies)).filter(Boolean);
    const sum = (type, f) => files.filter((x) => x.type === type).reduce((n, x) => n + f(x.b), 0);
    const gz = (b) => gzipSync(b).length;
    // Inline scripts are part of the HTML bytes already; their gzip size is also counted as JS.
    const inlineJs = inline.reduce((n, s) => n + gz(Buffer.from(s)), 0);
    rows.push({
      type: page.type,
      path: page.path,
      htmlBytes: sum('document', (b) => b.length),
      htmlGzip: sum('document', gz),
      cssGzip: sum('stylesheet', gz),
      jsGzip: sum('script', gz) + inlineJs,
      jsFiles: files.filter((x) => x.type === 'script').length,
    });
    await context.close();
  }
  await browser.close();
  return rows;
}
