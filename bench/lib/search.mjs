// For each key term: the rank of the page it should find and the time from the keystroke to the first
// result on screen, measured the way a person meets the search page, in Chromium:
//   open /search/, let it go idle (the page fetches Pagefind's script, WebAssembly and index metadata
//   then), type the term into the box, and time from the keystroke (the `beforeinput` event) to the frame
//   that shows the first result (the first animation frame after the first result is in the list).
// The term is typed as one committed input (`keyboard.insertText`), the way a Japanese IME commits a
// word. Cold: a fresh browser context per term (empty cache: the term's index chunks and fragments are
// fetched). Warm: the same page, the box cleared, the same term typed again after a pause (everything
// is loaded; Pagefind searches again, nothing is cached by the page). Each figure is the median of
// BENCH_SEARCH_RUNS runs (3); the slowest cold run is reported too. The first result is often a best bet
// (a page whose title or search words hold the term, from the page list loaded while idle); Pagefind's
// own search time is reported beside it, so both are seen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export const KEY_TERMS = JSON.parse(readFileSync(new URL('../../tests/key-search-terms.json', import.meta.url), 'utf8')).terms;

/**
 * Words in the text of pages but in no page's title or search words, so no best bet answers them and the
 * first result waits for Pagefind: 確認 is in nearly every page (the slowest kind of full-text search),
 * 保健指導 and ハラスメント in one article each. Reported beside the key terms, with no budget of their own.
 */
export const TEXT_ONLY_TERMS = [['確認', null], ['保健指導', null], ['ハラスメント', null]];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Installs the stopwatch in the page: keystroke → first result in the list → the frame that shows it. */
function installStopwatch(page) {
  return page.evaluate(() => {
    const input = document.querySelector('#search-q');
    const list = document.querySelector('#search-results');
    const w = (window.__searchBench = { start: null, shown: null });
    input.addEventListener('beforeinput', (e) => (w.start ??= e.timeStamp), { capture: true });
    new MutationObserver(() => {
      if (w.start === null || w.shown !== null || w.pending || !list.querySelector('li')) return;
      w.pending = true;
      requestAnimationFrame(() => (w.shown = performance.now()));
    }).observe(list, { childList: true });
  });
}

async function typeAndTime(page, term) {
  await installStopwatch(page);
  await page.locator('#search-q').focus();
  await page.keyboard.insertText(term);
  await page.waitForFunction(() => window.__searchBench.shown !== null, null, { timeout: 30_000 });
  // The whole first page is in (and the count announced) a little after the first result.
  await page.waitForFunction(() => /件|見つかりません/.test(document.querySelector('#search-status').textContent), null, { timeout: 30_000 });
  return page.evaluate(() => {
    const { start, shown } = window.__searchBench;
    // Marks set by the search page: how much of it was Pagefind's own search (index chunks included).
    const mark = (name, after) => performance.getEntriesByName(name, 'mark').find((m) => m.startTime >= after)?.startTime;
    const searchStart = mark('search:start', start);
    const searchEnd = searchStart === undefined ? undefined : mark('search:results', searchStart);
    // Shown before Pagefind answered: the first result was a best bet (src/lib/search-best-bets.ts).
    const bestBet = searchEnd === undefined || shown < searchEnd;
    return { ms: shown - start, pagefindMs: searchEnd === undefined ? null : searchEnd - searchStart, bestBet };
  });
}

/** Rank of `expected` among the shown results, pressing 「さらに表示」 once (up to 20) when needed. */
async function rankOf(page, expected) {
  if (!expected) return null;
  const paths = () => page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  let found = (await paths()).indexOf(expected);
  if (found === -1 && (await page.locator('#search-more').isVisible())) {
    const before = (await paths()).length;
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
    found = (await paths()).indexOf(expected);
  }
  return found === -1 ? null : found + 1;
}

/** One cold and one warm measurement of a term, in a fresh browser context. */
async function measureOnce(browser, base, term, expected) {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const started = Date.now();
  // The page is ready for a search once the worker has fetched the WebAssembly and the index metadata.
  const fetched = (pattern) => page.waitForEvent('requestfinished', { predicate: (r) => pattern.test(r.url()), timeout: 30_000 }).then(() => Date.now() - started);
  const ready = Promise.all([fetched(/\/pagefind\/wasm\.[^/]*\.pagefind$/), fetched(/\/pagefind\/pagefind\.[^/]*\.pf_meta$/)]);
  ready.catch(() => {}); // awaited below; if the page fails first, that error is the one reported
  await page.goto(`${base}/search/`);
  const readyMs = Math.max(...(await ready));
  await page.waitForLoadState('networkidle');

  const cold = await typeAndTime(page, term);
  const summary = await page.locator('#search-status').innerText();
  const results = Number(summary.match(/：([\d,]+)件/)?.[1]?.replace(/,/g, '') ?? 0);
  const rank = await rankOf(page, expected);

  // Warm: clear the box, pause as a person would (longer than the typing debounce), type the term again.
  await page.locator('#search-q').fill('');
  await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 0);
  await page.waitForTimeout(600);
  const warm = await typeAndTime(page, term);
  await context.close();
  return { coldMs: cold.ms, warmMs: warm.ms, coldPagefindMs: cold.pagefindMs, warmPagefindMs: warm.pagefindMs, results, rank, readyMs, bestBet: cold.bestBet };
}

export async function searchTimings(base, executablePath, { runs = Number(process.env.BENCH_SEARCH_RUNS ?? 3), terms = KEY_TERMS } = {}) {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const rows = [];
  try {
    for (const [term, expected] of terms) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await measureOnce(browser, base, term, expected));
      const cold = samples.map((s) => s.coldMs);
      rows.push({
        term,
        expected,
        rank: samples[0].rank,
        results: samples[0].results,
        firstResultMs: Math.round(median(cold)),
        warmMs: Math.round(median(samples.map((s) => s.warmMs))),
        coldMaxMs: Math.round(Math.max(...cold)),
        // Where the first result came from in the cold runs: the best bets, or Pagefind's full-text search.
        firstFrom: samples.every((s) => s.bestBet) ? 'best bet' : samples.some((s) => s.bestBet) ? 'mixed' : 'full text',
        // Pagefind's search (worker round trip, index chunks when cold), before the page's own work.
        pagefindColdMs: Math.round(median(samples.map((s) => s.coldPagefindMs ?? NaN))),
        pagefindWarmMs: Math.round(median(samples.map((s) => s.warmPagefindMs ?? NaN))),
        // From navigation to Pagefind ready (WebAssembly and index metadata fetched while the page is idle).
        readyMs: Math.round(median(samples.map((s) => s.readyMs))),
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** Size of the best-bets page list a built site sends to each search page (as is, and as brotli). */
export function pageListBytes(siteDir) {
  const list = readFileSync(join(siteDir, 'dist', 'client', 'search', 'best-bets.json'));
  return { bytes: list.length, brotliBytes: brotliCompressSync(list).length };
}
