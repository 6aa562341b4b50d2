// Lighthouse (mobile preset, the default) on each page type, driving the system Chromium. Each page
// is measured RUNS times and the median of each figure is reported, since one run on a shared
// 2-core machine varies a lot (Total Blocking Time most of all).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { PAGE_TYPES, adminHeader } from './pages.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

export async function lighthouseScores(base, chromePath) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows = [];
  try {
    for (const page of PAGE_TYPES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(base + page.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          extraHeaders: page.admin ? { Authorization: adminHeader() } : undefined,
        });
        const { categories: c, audits } = result.lhr;
        const score = (id) => Math.round((c[id]?.score ?? 0) * 100);
        runs.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
          lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
          failing: Object.values(audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
            .map((a) => a.id),
        });
      }
      const pick = (key) => median(runs.map((r) => r[key]));
      rows.push({
        type: page.type,
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        seo: pick('seo'),
        tbtMs: pick('tbtMs'),
        tbtMaxMs: Math.max(...runs.map((r) => r.tbtMs)),
        lcpMs: pick('lcpMs'),
        runs: RUNS,
        failingAudits: [...new Set(runs.flatMap((r) => r.failing))].slice(0, 6).join(' '),
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
