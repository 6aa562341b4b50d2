import { describe, expect, it } from 'vitest';
import { feedbackBySection, kpiCsv, kpiReport, measure, sectionOf, type KpiRow } from '../../src/lib/analytics/report';
import { SqliteStore } from '../../src/lib/analytics/sqlite-store';
import type { StoredEvent } from '../../src/lib/analytics/store';
import type { KpiTarget } from '../../src/lib/analytics/targets';

function event(day: string, type: StoredEvent['type'], path: string, extra: Partial<StoredEvent> = {}): StoredEvent {
  return { ts: Date.parse(`${day}T01:00:00Z`), day, type, path, target: null, useful: null, visitor: `v-${day}`, ...extra };
}

const EVENTS: StoredEvent[] = [
  // Pageviews: 5 under /guides/ in 年度 2026, one elsewhere, one on each side of the year.
  event('2026-03-31', 'pageview', '/guides/stress-check/'),
  event('2026-04-01', 'pageview', '/guides/stress-check/'),
  event('2026-05-10', 'pageview', '/guides/stress-check/for-workers/'),
  event('2026-07-15', 'pageview', '/guides/harassment/'),
  event('2026-09-30', 'pageview', '/guides/'),
  event('2026-09-30', 'pageview', '/guides/harassment/'),
  event('2026-06-01', 'pageview', '/check/stress/'),
  event('2027-04-01', 'pageview', '/guides/'),
  // Completions: 2 bjsq57 and 1 excellent-company in 年度 2026, 1 bjsq57 in 年度 2025.
  event('2026-03-15', 'diagnosis_complete', '/check/stress/', { target: 'bjsq57' }),
  event('2026-06-01', 'diagnosis_complete', '/check/stress/', { target: 'bjsq57' }),
  event('2026-08-20', 'diagnosis_complete', '/check/stress/', { target: 'bjsq57' }),
  event('2026-09-01', 'diagnosis_complete', '/check/excellent-company/', { target: 'excellent-company' }),
  // Downloads: counted by file. 2 under /downloads/ in 年度 2026.
  event('2026-05-01', 'download', '/guides/stress-check/', { target: '/downloads/stress-check.pdf' }),
  event('2026-08-01', 'download', '/check/', { target: '/downloads/form.xlsx' }),
  event('2026-08-02', 'download', '/downloads/', { target: '/files/other.pdf' }),
  event('2026-03-31', 'download', '/guides/', { target: '/downloads/old.pdf' }),
  // Feedback: 3 of 4 useful under /guides/ in 年度 2026.
  event('2026-05-01', 'feedback', '/guides/stress-check/', { useful: true }),
  event('2026-05-02', 'feedback', '/guides/stress-check/for-workers/', { useful: true }),
  event('2026-05-03', 'feedback', '/guides/stress-check/', { useful: false }),
  event('2026-06-04', 'feedback', '/guides/harassment/', { useful: true }),
  event('2026-06-05', 'feedback', '/check/stress/', { useful: false }),
  event('2026-03-30', 'feedback', '/guides/old/', { useful: false }),
];

const target = (id: string, metric: KpiTarget['metric'], value: number, fiscalYear = 2026): KpiTarget => ({
  id,
  label: `目標 ${id}`,
  fiscalYear,
  metric,
  target: value,
});

const TARGETS: KpiTarget[] = [
  target('guides-pv', { kind: 'pageviews', pathPrefix: '/guides/' }, 11),
  target('pv-2025', { kind: 'pageviews', pathPrefix: '/guides/' }, 11, 2025),
  target('completions', { kind: 'completions' }, 20),
  target('bjsq57', { kind: 'completions', instrument: 'bjsq57' }, 4),
  target('downloads', { kind: 'downloads', pathPrefix: '/downloads/' }, 1000),
  target('useful', { kind: 'feedback-share', pathPrefix: '/guides/' }, 0.9),
  target('useful-none', { kind: 'feedback-share', pathPrefix: '/nothing/' }, 0.9),
  target('completions-2027', { kind: 'completions' }, 20, 2027),
];

async function seeded() {
  const store = new SqliteStore(':memory:');
  await store.insert(EVENTS);
  return store;
}

describe('kpiReport', () => {
  it('gives exact rows for 年度 2026 on 30 September (day 183 of 365)', async () => {
    const store = await seeded();
    const rows = await kpiReport(store, TARGETS, 2026, '2026-09-30');
    expect(rows).toEqual([
      {
        id: 'guides-pv', label: '目標 guides-pv', metric: 'ページビュー（/guides/ 以下）', target: 11, share: false,
        actual: 5, achievement: 5 / 11, forecast: 10, status: 'at-risk', // round(5 / 183 × 365) = 10
      },
      {
        id: 'completions', label: '目標 completions', metric: '自己診断の完了数（すべての自己診断）', target: 20, share: false,
        actual: 3, achievement: 0.15, forecast: 6, status: 'behind',
      },
      {
        id: 'bjsq57', label: '目標 bjsq57', metric: '自己診断の完了数（bjsq57）', target: 4, share: false,
        actual: 2, achievement: 0.5, forecast: 4, status: 'on-track',
      },
      {
        id: 'downloads', label: '目標 downloads', metric: 'ダウンロード数（/downloads/ 以下）', target: 1000, share: false,
        actual: 2, achievement: 0.002, forecast: 4, status: 'behind',
      },
      {
        id: 'useful', label: '目標 useful', metric: '「役に立った」の割合（/guides/ 以下）', target: 0.9, share: true,
        actual: 0.75, achievement: 0.75 / 0.9, forecast: 0.75, status: 'behind', answers: 4,
      },
      {
        id: 'useful-none', label: '目標 useful-none', metric: '「役に立った」の割合（/nothing/ 以下）', target: 0.9, share: true,
        actual: null, achievement: null, forecast: null, status: 'not-started', answers: 0,
      },
    ]);
    expect(rows.map((r) => r.id)).not.toContain('pv-2025');
    expect(rows.map((r) => r.id)).not.toContain('completions-2027');
    store.close();
  });

  it('reports only the chosen 年度', async () => {
    const store = await seeded();
    expect(await kpiReport(store, TARGETS, 2025, '2026-03-31')).toEqual([
      {
        id: 'pv-2025', label: '目標 pv-2025', metric: 'ページビュー（/guides/ 以下）', target: 11, share: false,
        actual: 1, achievement: 1 / 11, forecast: 1, status: 'behind',
      },
    ]);
    expect(await kpiReport(store, TARGETS, 2024, '2026-03-31')).toEqual([]);
    store.close();
  });

  it('has not started before 1 April, forecasting the count so far', async () => {
    const store = await seeded();
    const rows = await kpiReport(store, TARGETS, 2027, '2027-03-31');
    expect(rows).toEqual([
      {
        id: 'completions-2027', label: '目標 completions-2027', metric: '自己診断の完了数（すべての自己診断）', target: 20,
        share: false, actual: 0, achievement: 0, forecast: 0, status: 'not-started',
      },
    ]);
    store.close();
  });

  it('measures each metric kind over the range', async () => {
    const store = await seeded();
    const fy = { firstDay: '2026-04-01', lastDay: '2027-03-31' };
    expect(await measure(store, TARGETS[0], fy)).toEqual({ count: 5 });
    expect(await measure(store, TARGETS[3], fy)).toEqual({ count: 2 });
    expect(await measure(store, TARGETS[4], fy)).toEqual({ count: 2 });
    expect(await measure(store, TARGETS[5], fy)).toEqual({ count: 4, positive: 3 });
    store.close();
  });
});

describe('sectionOf', () => {
  it('groups guides by their second level and everything else by its first', () => {
    expect(sectionOf('/guides/stress-check/for-workers/')).toBe('/guides/stress-check/');
    expect(sectionOf('/guides/stress-check/')).toBe('/guides/stress-check/');
    expect(sectionOf('/guides/stress-check')).toBe('/guides/stress-check/');
    expect(sectionOf('/guides/')).toBe('/guides/');
    expect(sectionOf('/check/stress/')).toBe('/check/');
    expect(sectionOf('/check/excellent-company/result/')).toBe('/check/');
    expect(sectionOf('/about/')).toBe('/about/');
    expect(sectionOf('/')).toBe('/');
  });
});

describe('feedbackBySection', () => {
  it('sums the feedback of the pages of a section', async () => {
    const store = await seeded();
    expect(feedbackBySection(await store.feedbackByPath({ firstDay: '2026-04-01', lastDay: '2027-03-31' }, 100))).toEqual([
      { section: '/check/', positive: 0, total: 1, share: 0 },
      { section: '/guides/harassment/', positive: 1, total: 1, share: 1 },
      { section: '/guides/stress-check/', positive: 2, total: 3, share: 2 / 3 },
    ]);
    store.close();
  });

  it('sorts sections and gives share 0 without answers', () => {
    expect(
      feedbackBySection([
        { key: '/guides/b/x/', positive: 2, total: 4 },
        { key: '/', positive: 1, total: 1 },
        { key: '/guides/a/', positive: 0, total: 0 },
        { key: '/guides/b/', positive: 3, total: 4 },
      ]),
    ).toEqual([
      { section: '/', positive: 1, total: 1, share: 1 },
      { section: '/guides/a/', positive: 0, total: 0, share: 0 },
      { section: '/guides/b/', positive: 5, total: 8, share: 0.625 },
    ]);
    expect(feedbackBySection([])).toEqual([]);
  });
});

describe('kpiCsv', () => {
  const HEADER = '年度,ID,目標,指標,目標値,実績,達成率,3月31日の見込み,状況,集計日';

  it('is only the header (with BOM and CRLF) without rows', () => {
    expect(kpiCsv([], 2026, '2026-09-30')).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('writes count and share rows, quoting commas and quotes', () => {
    const rows: KpiRow[] = [
      {
        id: 'guides-pv', label: 'ガイドのページビュー, 全体', metric: 'ページビュー（/guides/ 以下）', share: false,
        target: 150_000, actual: 50_000, achievement: 50_000 / 150_000, forecast: 99_727, status: 'behind',
      },
      {
        id: 'useful', label: '役に立った "割合"', metric: '「役に立った」の割合（/guides/ 以下）', share: true,
        target: 0.9, actual: 0.75, achievement: 0.75 / 0.9, forecast: 0.75, status: 'behind', answers: 4,
      },
    ];
    expect(kpiCsv(rows, 2026, '2026-09-30')).toBe(
      '\uFEFF' +
        `${HEADER}\r\n` +
        '2026,guides-pv,"ガイドのページビュー, 全体",ページビュー（/guides/ 以下）,150000,50000,33.3%,99727,遅れ,2026-09-30\r\n' +
        '2026,useful,"役に立った ""割合""",「役に立った」の割合（/guides/ 以下）,90.0%,75.0%,83.3%,75.0%,遅れ,2026-09-30\r\n',
    );
  });

  it('leaves the share cells of a target without answers empty', async () => {
    const store = await seeded();
    const rows = (await kpiReport(store, TARGETS, 2026, '2026-09-30')).filter((r) => r.id === 'useful-none' || r.id === 'bjsq57');
    expect(kpiCsv(rows, 2026, '2026-09-30')).toBe(
      '\uFEFF' +
        `${HEADER}\r\n` +
        '2026,bjsq57,目標 bjsq57,自己診断の完了数（bjsq57）,4,2,50.0%,4,達成見込み,2026-09-30\r\n' +
        '2026,useful-none,目標 useful-none,「役に立った」の割合（/nothing/ 以下）,90.0%,,,,開始前,2026-09-30\r\n',
    );
    store.close();
  });
});
