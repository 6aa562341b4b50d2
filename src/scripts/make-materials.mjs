// Renders each content/materials/*.html to public/materials/<name>.pdf with Chromium, so the
// downloadable materials are real PDFs made from our own content. Run: npm run materials
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const root = new URL('../../', import.meta.url).pathname;
const sources = join(root, 'content', 'materials');
const out = join(root, 'public', 'materials');
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium'].find((p) => existsSync(p));

// Without a Japanese font Chromium prints empty boxes instead of the text: stop before writing such PDFs.
let japaneseFonts = '';
try {
  japaneseFonts = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
} catch {
  /* fc-list missing: no fonts either */
}
if (!japaneseFonts.trim()) {
  console.error('materials: 日本語のフォントが見つかりません。Debian では apt-get install fonts-ipaexfont-gothic で入れてから実行してください。');
  process.exit(1);
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const file of readdirSync(sources).filter((f) => f.endsWith('.html'))) {
  await page.goto(pathToFileURL(join(sources, file)).href);
  const target = join(out, file.replace(/\.html$/, '.pdf'));
  await page.pdf({ path: target, format: 'A4', printBackground: true, preferCSSPageSize: true });
  console.log(`materials: ${target}`);
}
await browser.close();
