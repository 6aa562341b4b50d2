// Lighthouse (mobile preset, the default) on each page type, driving the system Chromium.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { PAGE_TYPES, adminHeader } from './pages.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseScores(base, chromePath) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows = [];
  try {
    for (const page of PAGE_TYPES) {
      const result = await lighthouse(
        base + page.path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, extraHeaders: page.admin ? { Authorization: adminHeader() } : undefined },
      );
      const c = result.lhr.categories;
      const score = (id) => Math.round((c[id]?.score ?? 0) * 100);
      const failing = Object.values(result.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      rows.push({
        type: page.type,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(result.lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        failingAudits: failing.slice(0, 6).join(' '),
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
