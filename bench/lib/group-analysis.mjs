// 集団分析 (/check/group-analysis/): how long a 10,000-row answer file takes in Chromium, from the file
// being chosen to the results on screen (read, Web Worker parse and analysis, render), and the JavaScript
// the page loads before a file is chosen. Budget: under 1 s, and at most 40 kB gzip.
//   Inside npm run bench: the step "Group analysis" stores the figures in results.groupAnalysis.
//   On its own (after npm run build): node bench/lib/group-analysis.mjs — starts a server, measures, and
//   writes only results.groupAnalysis into bench/results.json, leaving the other figures as they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { startServer, stopServer } from './process.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = '/check/group-analysis/';
export const GROUP_ANALYSIS_BUDGET = { ms: 1000, jsGzip: 40 * 1024 };

/** A synthetic answer file: `rows` people in groups of 250, both sexes, all 57 items (UTF-8 with BOM). */
export async function syntheticFile(rows) {
  const { module: synthetic } = await runnerImport(join(root, 'src/lib/group-analysis/synthetic.ts'), { root, logLevel: 'silent', clearScreen: false });
  const bjsq = JSON.parse(readFileSync(join(root, 'content/instruments/bjsq57.json'), 'utf8'));
  const items = bjsq.sections.flatMap((s) => s.items.map((i) => i.id));
  const groups = Array.from({ length: Math.ceil(rows / 250) }, (_, i) => {
    const size = Math.min(250, rows - i * 250);
    const lean = ((i * 37) % 11) / 10 - 0.5;
    return { name: `部署${String(i + 1).padStart(2, '0')}`, male: Math.ceil(size * 0.6), female: size - Math.ceil(size * 0.6), demand: lean, control: -lean / 2, support: lean / 3, reaction: lean / 2 };
  });
  const body = synthetic.syntheticRows({ items, shortItems: bjsq.shortVersion23.items, reverseItems: bjsq.criteria.simpleSum57.reverseItems, groups, seed: 10000 });
  return Buffer.from(synthetic.toCsvText([['集団', '性別', ...items], ...body]));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function groupAnalysisTiming(base, executablePath, { rows = 10_000, runs = 5 } = {}) {
  const file = await syntheticFile(rows);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    const scripts = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(base + PAGE, { waitUntil: 'networkidle' });
    await page.locator('astro-island[ssr]').waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
    const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((x) => x.textContent ?? ''));
    const jsGzip = [...(await Promise.all(scripts)), ...inline.map((s) => Buffer.from(s))].reduce((n, b) => n + gzipSync(b).length, 0);

    const times = [];
    for (let run = 0; run < runs; run++) {
      // From the input's change event to the moment the result heading takes focus (the page does that
      // once the results are rendered), measured in the page, then one frame for the paint.
      const done = page.evaluate(
        () =>
          new Promise((resolve) => {
            document.activeElement?.blur?.();
            let start = 0;
            document.querySelector('#ga-file').addEventListener('change', () => (start = performance.now()), { once: true, capture: true });
            const onFocus = (event) => {
              if (event.target.id !== 'ga-result-heading') return;
              document.removeEventListener('focusin', onFocus);
              requestAnimationFrame(() => resolve(performance.now() - start));
            };
            document.addEventListener('focusin', onFocus);
          }),
      );
      await page.locator('#ga-file').setInputFiles({ name: `bench-${run}.csv`, mimeType: 'text/csv', buffer: file });
      times.push(await done);
      const people = await page.locator('tr[data-group="全体"]').getAttribute('data-people');
      if (people !== String(rows)) throw new Error(`集団分析のベンチマーク：全体の人数が ${people} 人です（${rows} 人のはず）`);
    }
    // The first run includes starting the worker for the first time (its script is fetched then).
    return {
      rows,
      bytes: file.length,
      runs,
      firstMs: Math.round(times[0]),
      medianMs: Math.round(median(times)),
      maxMs: Math.round(Math.max(...times)),
      budgetMs: GROUP_ANALYSIS_BUDGET.ms,
      ok: Math.max(...times) < GROUP_ANALYSIS_BUDGET.ms,
      jsGzipBeforeFile: jsGzip,
      jsGzipBudget: GROUP_ANALYSIS_BUDGET.jsGzip,
      jsOk: jsGzip <= GROUP_ANALYSIS_BUDGET.jsGzip,
    };
  } finally {
    await browser.close();
  }
}

// On its own: measure against the current build and merge the figures into bench/results.json.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  const port = Number(process.env.BENCH_PORT ?? 4395);
  const server = await startServer(root, port, { ANALYTICS_DB: join(root, 'bench', 'tmp', 'group-analysis.db') });
  try {
    const figures = await groupAnalysisTiming(`http://127.0.0.1:${port}`, executablePath);
    figures.measured = new Date().toISOString();
    figures.machine = `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
    console.table([figures]);
    const path = join(root, 'bench', 'results.json');
    const results = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
    results.groupAnalysis = figures;
    writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
    console.log('written: bench/results.json (groupAnalysis)');
  } finally {
    await stopServer(server);
  }
}
