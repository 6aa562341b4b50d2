// For each key term: the rank of the page it should find and the time to the first result, measured
// in Chromium with the Pagefind JS API against a (large) built site.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const KEY_TERMS = JSON.parse(readFileSync(new URL('../../tests/key-search-terms.json', import.meta.url), 'utf8')).terms;

export async function searchTimings(base, executablePath) {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage();
  await page.goto(`${base}/search/`);
  const rows = await page.evaluate(async (terms) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const out = [];
    const firstResult = async (term) => {
      const started = performance.now();
      const search = await pf.search(term);
      const first = search.results.length ? await search.results[0].data() : null;
      return { search, first, ms: performance.now() - started };
    };
    for (const [term, expected] of terms) {
      // Cold: the first search for the term, loading its index chunks. Warm: the same search again.
      const { search, first, ms: firstMs } = await firstResult(term);
      const warmMs = (await firstResult(term)).ms;
      let rank = null;
      for (let i = 0; i < Math.min(search.results.length, 20) && rank === null; i++) {
        const data = i === 0 ? first : await search.results[i].data();
        if (new URL(data.url, location.href).pathname === expected) rank = i + 1;
      }
      out.push({ term, expected, rank, results: search.results.length, firstResultMs: Math.round(firstMs), warmMs: Math.round(warmMs) });
    }
    return out;
  }, KEY_TERMS);
  await browser.close();
  return rows;
}
