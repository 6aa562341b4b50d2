// Writes dist/site-manifest.json: the pages and the downloadable materials this build produced. The
// collector accepts events only for these (src/lib/analytics/site-index.ts).
import { readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** @param {string} distDir @returns {{ pages: string[], materials: string[] }} */
export function writeSiteManifest(distDir) {
  const client = join(distDir, 'client');
  const files = readdirSync(client, { recursive: true, encoding: 'utf8' }).map((f) => `/${f.split(sep).join('/')}`);
  const pages = files
    .filter((f) => f.endsWith('/index.html') && !f.startsWith('/_astro/') && !f.startsWith('/pagefind/'))
    .map((f) => f.slice(0, -'index.html'.length))
    .sort();
  const materials = files.filter((f) => f.startsWith('/materials/') && !/(\/index\.html|\.br|\.gz)$/.test(f)).sort();
  const manifest = { pages, materials };
  writeFileSync(join(distDir, 'site-manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}
