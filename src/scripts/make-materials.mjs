// Renders each content/materials/*.html to public/materials/<name>.pdf with Chromium, so the
// downloadable materials are real PDFs made from our own content. Run: npm run materials
// The PDFs are tagged (a structure tree from the HTML, for screen readers and reflow), carry the
// HTML <title> as their title and <html lang> as their language, and have bookmarks from the headings.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

// What the tagged PDF takes its title, language and bookmarks from: refuse a source without them.
const files = readdirSync(sources).filter((f) => f.endsWith('.html'));
const incomplete = files.flatMap((file) => {
  const html = readFileSync(join(sources, file), 'utf8');
  const missing = [
    !/<html[^>]*\slang="ja"/.test(html) && '<html lang="ja">',
    !/<title>[^<]+<\/title>/.test(html) && '<title>資料名</title>',
    !/<h1[\s>]/.test(html) && '<h1>資料名</h1>',
  ].filter(Boolean);
  return missing.length ? [`materials: content/materials/${file} に ${missing.join('、')} を書いてください（PDF の言語・題名・しおりになります）。`] : [];
});
if (incomplete.length) {
  console.error(incomplete.join('\n'));
  process.exit(1);
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const file of files) {
  await page.goto(pathToFileURL(join(sources, file)).href);
  const target = join(out, file.replace(/\.html$/, '.pdf'));
  await page.pdf({ path: target, format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
  console.log(`materials: ${target}`);
}
await browser.close();
