// npm run build: check the content, build the site, index it for search, then write the stamp that
// marks the build complete (src/server/build-stamp.mjs). Any failed step stops the build with one
// Japanese line and exit code 1, and leaves no stamp, so `npm start` will not serve the result.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeStamp, writeStamp } from '../server/build-stamp.mjs';
import { bundleServerModule } from './bundle-server.mjs';
import { precompress } from './precompress.mjs';
import { writeSiteManifest } from './site-manifest.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = (script, ...args) => spawnSync(process.execPath, [join(root, script), ...args], { cwd: root, stdio: 'inherit' }).status === 0;

function fail(step) {
  console.error(`\nビルドに失敗しました（${step}）。上に表示された問題を直してから、もう一度実行してください。`);
  process.exit(1);
}

removeStamp(root);
if (!node('src/scripts/check-content.mjs')) fail('内容チェック');
if (!node('node_modules/astro/bin/astro.mjs', 'build')) fail('astro build');

// Pagefind's Node API instead of its CLI: one summary line instead of a page of progress output.
const pagefind = await import('pagefind');
try {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
  if (!index) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: join(root, 'dist', 'client') });
  if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
  const written = await index.writeFiles({ outputPath: join(root, 'dist', 'client', 'pagefind') });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  const entry = JSON.parse(readFileSync(join(root, 'dist', 'client', 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const indexed = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
  console.log(`検索インデックス：HTML ${added.page_count} ファイルのうち ${indexed} ページを索引しました`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  fail('検索インデックス');
} finally {
  await pagefind.close();
}

try {
  // The collector's fast path, answered before Astro by serve.mjs.
  await bundleServerModule(root, 'src/server/collector-node.ts', join(root, 'dist', 'server', 'collector.mjs'));
  // What the collector accepts: the pages and downloadable files this build produced.
  const manifest = writeSiteManifest(join(root, 'dist'));
  console.log(`ページ一覧：${manifest.pages.length} ページ、資料 ${manifest.materials.length} 件`);
  // Brotli and gzip copies of every text file, so the server sends them compressed without work per request.
  const compressed = await precompress(join(root, 'dist', 'client'));
  console.log(`圧縮：${compressed.files} ファイル（${compressed.before.toLocaleString('ja-JP')} → br ${compressed.brotli.toLocaleString('ja-JP')} バイト）`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  fail('仕上げ');
}

writeStamp(root);
console.log('ビルドが完了しました。');
