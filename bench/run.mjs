// npm run bench — every figure the portal is held to, printed as tables and written to
// bench/results.json. Not part of npm test: it takes several minutes (two large builds).
//   BENCH_SCALES=1000,5000   generated pages added for the build-scaling runs
//   BENCH_SECONDS=10         collector load duration
//   BENCH_SEARCH_RUNS=3      runs per key term for the search timings (median; the slowest cold run is reported too)
//   CHROMIUM_PATH            the browser (default /usr/bin/chromium)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildIn, buildWithGenerated, removeWork } from './lib/build-scale.mjs';
import { collectorThroughput, COLLECTOR_BUDGET } from './lib/collector.mjs';
import { groupAnalysisTiming } from './lib/group-analysis.mjs';
import { lighthouseScores } from './lib/lighthouse.mjs';
import { pageWeights } from './lib/page-weight.mjs';
import { ADMIN_PASSWORD } from './lib/pages.mjs';
import { startServer, stopServer } from './lib/process.mjs';
import { pageListBytes, searchTimings, TEXT_ONLY_TERMS } from './lib/search.mjs';

const root = new URL('..', import.meta.url).pathname;
const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const scales = (process.env.BENCH_SCALES ?? '1000,5000').split(',').map(Number).filter(Boolean);
const BUDGET = { guideJsGzip: 2048, performance: 100, otherCategories: 100, msPerGeneratedPage: 50, searchFirstResultMs: 150 };
const log = (msg) => console.log(`\n== ${msg}`);

const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  budgets: BUDGET,
};

log('Build: the real site');
const real = await buildIn(root);
results.build = [{ pages: 'real site', generated: 0, ...real }];
console.table(results.build);

log('Page weight (bytes before interaction)');
let server = await startServer(root, 4391, { ANALYTICS_ADMIN_PASSWORD: ADMIN_PASSWORD, ANALYTICS_DB: join(root, 'bench', 'tmp', 'bench.db') });
results.pages = await pageWeights('http://127.0.0.1:4391', chromium);
console.table(results.pages);

log('Lighthouse (mobile)');
results.lighthouse = await lighthouseScores('http://127.0.0.1:4391', chromium);
console.table(results.lighthouse);

log('Group analysis: 10,000 rows in Chromium, file chosen → results shown');
results.groupAnalysis = await groupAnalysisTiming('http://127.0.0.1:4391', chromium);
console.table([results.groupAnalysis]);
await stopServer(server);

log('Collector throughput: SQLite, then PostgreSQL');
results.collector = [];
for (const store of ['sqlite', 'postgres']) results.collector.push(await collectorThroughput(root, { store, seconds: Number(process.env.BENCH_SECONDS ?? 10) }));
console.table(results.collector);

for (const count of scales) {
  log(`Build: the site plus ${count.toLocaleString('en')} generated guide pages`);
  const scaled = await buildWithGenerated(count);
  const row = { pages: `+${count}`, generated: count, ...scaled, msPerGeneratedPage: Number(((scaled.totalMs - real.totalMs) / count).toFixed(1)) };
  delete row.work;
  results.build.push(row);
  console.table([row]);
  if (count === Math.max(...scales)) {
    log(`Search on the ${scaled.indexedPages.toLocaleString('en')}-page index`);
    server = await startServer(scaled.work, 4392, { ANALYTICS_DB: join(scaled.work, 'data', 'a.db') });
    results.search = { pages: scaled.indexedPages, pageList: pageListBytes(scaled.work), terms: await searchTimings('http://127.0.0.1:4392', chromium) };
    console.table(results.search.terms);
    log('Search: words only in the text of pages (no best bet: Pagefind alone), no budget of their own');
    results.search.textOnly = await searchTimings('http://127.0.0.1:4392', chromium, { terms: TEXT_ONLY_TERMS });
    await stopServer(server);
    console.table(results.search.textOnly);
    console.log(`Best-bets page list (fetched while the search page is idle): ${results.search.pageList.bytes.toLocaleString('en')} B, brotli ${results.search.pageList.brotliBytes.toLocaleString('en')} B`);
  }
  removeWork(scaled.work);
}

// Budgets: each figure with whether it is within its budget.
const guide = results.pages.find((p) => p.type === 'guide');
const worstBuild = Math.max(...results.build.filter((b) => b.generated).map((b) => b.msPerGeneratedPage), 0);
const slowestSearch = Math.max(...(results.search?.terms ?? []).map((t) => t.firstResultMs), 0);
results.verdicts = {
  guideJsGzip: { value: guide.jsGzip, budget: BUDGET.guideJsGzip, ok: guide.jsGzip <= BUDGET.guideJsGzip },
  lighthousePerformanceMin: {
    value: Math.min(...results.lighthouse.map((l) => l.performance)),
    budget: BUDGET.performance,
    ok: results.lighthouse.every((l) => l.performance >= BUDGET.performance),
  },
  // The staff dashboard is noindex on purpose, so its SEO score (crawlability) is left out.
  lighthouseOtherMin: {
    value: Math.min(...results.lighthouse.flatMap((l) => [l.accessibility, l.bestPractices, ...(l.type === 'dashboard' ? [] : [l.seo])])),
    budget: BUDGET.otherCategories,
    ok: results.lighthouse.every((l) => l.accessibility === 100 && l.bestPractices === 100 && (l.type === 'dashboard' || l.seo === 100)),
  },
  msPerGeneratedPage: { value: worstBuild, budget: BUDGET.msPerGeneratedPage, ok: worstBuild <= BUDGET.msPerGeneratedPage },
  searchFirstResultMsMax: { value: slowestSearch, budget: BUDGET.searchFirstResultMs, ok: slowestSearch <= BUDGET.searchFirstResultMs },
  searchColdWorstMs: {
    value: Math.max(...(results.search?.terms ?? []).map((t) => t.coldMaxMs), 0),
    budget: BUDGET.searchFirstResultMs,
    ok: (results.search?.terms ?? []).every((t) => t.coldMaxMs <= BUDGET.searchFirstResultMs),
  },
  searchWarmMsMax: { value: Math.max(...(results.search?.terms ?? []).map((t) => t.warmMs), 0), budget: BUDGET.searchFirstResultMs, ok: (results.search?.terms ?? []).every((t) => t.warmMs <= BUDGET.searchFirstResultMs) },
  ...Object.fromEntries(
    results.collector.flatMap((c) => [
      [`collector_${c.store}_perSecond`, { value: c.acceptedPerSecond, budget: `≥ ${COLLECTOR_BUDGET[c.store].perSecond}`, ok: c.acceptedPerSecond >= COLLECTOR_BUDGET[c.store].perSecond }],
      [`collector_${c.store}_p99ms`, { value: c.p99ms, budget: COLLECTOR_BUDGET[c.store].p99ms, ok: c.p99ms <= COLLECTOR_BUDGET[c.store].p99ms }],
      [`collector_${c.store}_lost`, { value: c.lost, budget: 0, ok: c.lost === 0 }],
    ]),
  ),
};
log('Budgets');
console.table(results.verdicts);

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten: bench/results.json');
