import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { precompress } from '../../src/scripts/precompress.mjs';

// The build's compression step (src/scripts/precompress.mjs), on a small fake dist/client.
let dir: string;
const text = (n: number) => Array.from({ length: n }, (_, i) => `<p>ストレスチェック ${i % 17}</p>`).join('\n');
const write = (file: string, data: string | Buffer) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), data);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ohp-precompress-'));
  write('index.html', text(400));
  write('_astro/app.js', `export const x = ${JSON.stringify(text(200))};`);
  write('small.css', 'body{color:red}');
  write('pagefind/index/ja_1.pf_index', text(300));
  write('pagefind/wasm.ja.pagefind', text(300));
  write('materials/a.pdf', text(300));
  write('noise.txt', randomBytes(4000)); // does not compress
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('writes br and gz copies of text files that decompress to the same bytes', async () => {
  const summary = await precompress(dir);
  for (const file of ['index.html', '_astro/app.js']) {
    const original = readFileSync(join(dir, file));
    expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original), file).toBe(true);
    expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original), file).toBe(true);
  }
  const html = readFileSync(join(dir, 'index.html')).length;
  const js = readFileSync(join(dir, '_astro/app.js')).length;
  const br = readFileSync(join(dir, 'index.html.br')).length + readFileSync(join(dir, '_astro/app.js.br')).length;
  expect(summary).toEqual({ files: 2, before: html + js, brotli: br });
});

it('skips small files, Pagefind index files, binary types and copies that would not be smaller', async () => {
  await precompress(dir);
  for (const file of ['small.css', 'pagefind/index/ja_1.pf_index', 'pagefind/wasm.ja.pagefind', 'materials/a.pdf', 'noise.txt']) {
    expect(existsSync(join(dir, `${file}.br`)), file).toBe(false);
    expect(existsSync(join(dir, `${file}.gz`)), file).toBe(false);
  }
});

it('gives the same result when run twice (copies are not compressed again)', async () => {
  const first = await precompress(dir);
  expect(await precompress(dir)).toEqual(first);
  expect(existsSync(join(dir, 'index.html.br.br'))).toBe(false);
});
