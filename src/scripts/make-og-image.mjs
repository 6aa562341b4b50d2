// Draws public/og-default.png (1200×630), the picture shown when a page of the site is shared.
// Run after changing the site name: node src/scripts/make-og-image.mjs (needs Chromium and a Japanese font).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = new URL('../../', import.meta.url).pathname;
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium'].find((p) => existsSync(p));
const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center;
    padding: 0 96px; box-sizing: border-box; background: #fff; border-top: 24px solid #0017c1;
    font-family: "IPAexGothic", "Noto Sans CJK JP", sans-serif; color: #1a1a1c; }
  .mark { width: 120px; height: 120px; margin-bottom: 48px; }
  h1 { margin: 0 0 24px; font-size: 76px; line-height: 1.2; letter-spacing: 0.02em; white-space: nowrap; }
  p { margin: 0; font-size: 36px; color: #414141; }
</style></head><body>
  <svg class="mark" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0017c1"/><path d="M9 17l5 5 9-11" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>
  <h1>職場の健康と安全ポータル</h1>
  <p>働く人のこころと体を守るための、国の制度と取組の案内</p>
</body></html>`;

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: join(root, 'public', 'og-default.png') });
await browser.close();
console.log('og-image: public/og-default.png');
