import { fiscalYearProgress, fiscalYearRange } from './fiscal-year';
import { STATUS_LABELS, forecastCount, forecastShare, type KpiStatus } from './forecast';
import type { AnalyticsStore, DayRange } from './store';
import { describeMetric, type KpiTarget } from './targets';

/** One row of the KPI table: the count so far, 達成率, the 31 March forecast and a status. */
export interface KpiRow {
  id: string;
  label: string;
  metric: string;
  share: boolean;
  target: number;
  /** The count so far, or the share so far (0–1) for feedback-share targets (null with no answers). */
  actual: number | null;
  achievement: number | null;
  /** The projected count on 31 March; for shares, the share so far. */
  forecast: number | null;
  status: KpiStatus;
  /** For shares: how many answers the share rests on. */
  answers?: number;
}

export async function measure(store: AnalyticsStore, target: KpiTarget, range: DayRange): Promise<{ count: number; positive?: number }> {
  const m = target.metric;
  switch (m.kind) {
    case 'pageviews':
      return { count: await store.count('pageview', range, { pathPrefix: m.pathPrefix }) };
    case 'completions':
      return { count: await store.count('diagnosis_complete', range, m.instrument ? { target: m.instrument } : {}) };
    case 'downloads':
      return { count: await store.countByTargetPrefix('download', range, m.pathPrefix) };
    case 'feedback-share': {
      const { positive, total } = await store.feedback(range, m.pathPrefix);
      return { count: total, positive };
    }
  }
}

export async function kpiReport(store: AnalyticsStore, targets: readonly KpiTarget[], fiscalYear: number, today: string): Promise<KpiRow[]> {
  const range = fiscalYearRange(fiscalYear);
  const { elapsed, total } = fiscalYearProgress(fiscalYear, today);
  const ofYear = targets.filter((t) => t.fiscalYear === fiscalYear);
  const measured = await Promise.all(ofYear.map((t) => measure(store, t, range)));
  return ofYear.map((t, i): KpiRow => {
    const base = { id: t.id, label: t.label, metric: describeMetric(t.metric), target: t.target };
    const { count, positive } = measured[i]!;
    if (t.metric.kind === 'feedback-share') {
      const f = forecastShare(positive ?? 0, count, t.target);
      return { ...base, share: true, actual: f.share, achievement: f.achievement, forecast: f.share, status: f.status, answers: count };
    }
    const f = forecastCount(count, t.target, elapsed, total);
    return { ...base, share: false, actual: count, achievement: f.achievement, forecast: f.forecast, status: f.status };
  });
}

/** The section a page belongs to, for feedback per section: /guides/stress-check/x/ → /guides/stress-check/. */
export function sectionOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return `/${parts.slice(0, parts[0] === 'guides' ? 2 : 1).join('/')}${parts.length ? '/' : ''}`;
}

export function feedbackBySection(rows: readonly { key: string; positive: number; total: number }[]) {
  const sections = new Map<string, { positive: number; total: number }>();
  for (const row of rows) {
    const key = sectionOf(row.key);
    const current = sections.get(key) ?? { positive: 0, total: 0 };
    sections.set(key, { positive: current.positive + row.positive, total: current.total + row.total });
  }
  return [...sections].map(([section, v]) => ({ section, ...v, share: v.total ? v.positive / v.total : 0 })).sort((a, b) => a.section.localeCompare(b.section));
}

const percent = (n: number | null) => (n === null ? '' : `${(n * 100).toFixed(1)}%`);

/** The KPI table as CSV (UTF-8 with BOM so spreadsheet programs read the Japanese correctly). */
export function kpiCsv(rows: readonly KpiRow[], fiscalYear: number, today: string): string {
  const field = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [
    ['年度', 'ID', '目標', '指標', '目標値', '実績', '達成率', '3月31日の見込み', '状況', '集計日'],
    ...rows.map((r) => [
      fiscalYear,
      r.id,
      r.label,
      r.metric,
      r.share ? percent(r.target) : r.target,
      r.share ? percent(r.actual) : (r.actual ?? 0),
      percent(r.achievement),
      r.share ? percent(r.forecast) : (r.forecast ?? ''),
      STATUS_LABELS[r.status],
      today,
    ]),
  ];
  return `\uFEFF${lines.map((l) => l.map(field).join(',')).join('\r\n')}\r\n`;
}
