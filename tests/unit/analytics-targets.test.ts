import { describe, expect, it } from 'vitest';
import { METRIC_LABELS, describeMetric, kpiTargetSchema } from '../../src/lib/analytics/targets';

const base = { id: 'guides-pv', label: 'ガイドのページビュー', fiscalYear: 2026 };

function issues(value: unknown) {
  const result = kpiTargetSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

describe('kpiTargetSchema', () => {
  it('accepts each metric kind', () => {
    const valid = [
      { ...base, metric: { kind: 'pageviews', pathPrefix: '/guides/' }, target: 150_000, note: '前年度の1.5倍' },
      { ...base, id: 'all-completions', metric: { kind: 'completions' }, target: 5000 },
      { ...base, id: 'bjsq57-completions', metric: { kind: 'completions', instrument: 'bjsq57' }, target: 3000 },
      { ...base, id: 'ec-completions', metric: { kind: 'completions', instrument: 'excellent-company' }, target: 800 },
      { ...base, id: 'downloads-2026', metric: { kind: 'downloads', pathPrefix: '/downloads/' }, target: 1200 },
      { ...base, id: 'useful-share', metric: { kind: 'feedback-share', pathPrefix: '/guides/' }, target: 0.9 },
      { ...base, id: 'useful-all', metric: { kind: 'feedback-share', pathPrefix: '/' }, target: 1 },
    ];
    for (const value of valid) expect(kpiTargetSchema.parse(value)).toEqual(value);
  });

  it('rejects a feedback-share target above 1', () => {
    expect(issues({ ...base, metric: { kind: 'feedback-share', pathPrefix: '/guides/' }, target: 90 })).toEqual([
      { path: ['target'], message: 'target「90」は feedback-share では 0〜1 の割合で書いてください（例：target: 0.9）' },
    ]);
    expect(issues({ ...base, metric: { kind: 'feedback-share', pathPrefix: '/guides/' }, target: 1.01 })).toHaveLength(1);
  });

  it('rejects a count target that is not an integer', () => {
    expect(issues({ ...base, metric: { kind: 'pageviews', pathPrefix: '/guides/' }, target: 1500.5 })).toEqual([
      { path: ['target'], message: 'target「1500.5」は件数なので整数で書いてください（例：target: 3000）' },
    ]);
    expect(issues({ ...base, metric: { kind: 'completions' }, target: 0.9 })).toEqual([
      { path: ['target'], message: 'target「0.9」は件数なので整数で書いてください（例：target: 3000）' },
    ]);
  });

  it('rejects a target that is not positive', () => {
    expect(issues({ ...base, metric: { kind: 'pageviews', pathPrefix: '/' }, target: 0 })).toEqual([
      { path: ['target'], message: 'target「0」は正の数にしてください（例：target: 150000）' },
    ]);
    expect(issues({ ...base, metric: { kind: 'feedback-share', pathPrefix: '/' }, target: -0.5 })).toEqual([
      { path: ['target'], message: 'target「-0.5」は正の数にしてください（例：target: 150000）' },
    ]);
  });

  it('rejects an unknown key, at the top and in the metric', () => {
    const top = kpiTargetSchema.safeParse({ ...base, metric: { kind: 'completions' }, target: 10, owner: '事業課' });
    expect(top.success).toBe(false);
    expect(top.error?.issues.map((i) => ({ code: i.code, path: i.path, keys: 'keys' in i ? i.keys : undefined }))).toEqual([
      { code: 'unrecognized_keys', path: [], keys: ['owner'] },
    ]);
    const nested = kpiTargetSchema.safeParse({ ...base, metric: { kind: 'completions', pathPrefix: '/check/' }, target: 10 });
    expect(nested.success).toBe(false);
    expect(nested.error?.issues.map((i) => ({ code: i.code, path: i.path }))).toEqual([{ code: 'unrecognized_keys', path: ['metric'] }]);
  });

  it('rejects a bad id', () => {
    for (const id of ['Guides-PV', 'guides_pv', 'ガイド', '', 'guides pv']) {
      expect(issues({ ...base, id, metric: { kind: 'completions' }, target: 10 })).toEqual([
        { path: ['id'], message: `id「${id}」は半角英小文字・数字・ハイフンで書いてください（例：id: fy2026-portal-pageviews）` },
      ]);
    }
  });

  it('rejects an empty label, an unknown metric kind and a path prefix without /', () => {
    expect(issues({ ...base, label: '', metric: { kind: 'completions' }, target: 10 })).toEqual([
      { path: ['label'], message: 'label が空です（例：label: ポータル全体の延べアクセス件数）' },
    ]);
    expect(issues({ ...base, metric: { kind: 'sessions' }, target: 10 })).toEqual([
      { path: ['metric', 'kind'], message: 'metric の kind「sessions」は使えません（pageviews / completions / downloads / feedback-share のどれか）' },
    ]);
    expect(issues({ ...base, metric: { kind: 'pageviews', pathPrefix: 'guides/' }, target: 10 }).map((i) => i.path)).toEqual([
      ['metric', 'pathPrefix'],
    ]);
    expect(issues({ ...base, metric: { kind: 'completions', instrument: 'phq9' }, target: 10 }).map((i) => i.path)).toEqual([
      ['metric', 'instrument'],
    ]);
  });

  it('rejects a fiscal year that is not a plausible integer', () => {
    expect(issues({ ...base, fiscalYear: 2026.5, metric: { kind: 'completions' }, target: 10 }).map((i) => i.path)).toEqual([['fiscalYear']]);
    expect(issues({ ...base, fiscalYear: 26, metric: { kind: 'completions' }, target: 10 }).map((i) => i.path)).toEqual([['fiscalYear']]);
  });
});

describe('describeMetric', () => {
  it('describes each metric in Japanese', () => {
    expect(describeMetric({ kind: 'pageviews', pathPrefix: '/guides/' })).toBe('ページビュー（/guides/ 以下）');
    expect(describeMetric({ kind: 'downloads', pathPrefix: '/downloads/' })).toBe('ダウンロード数（/downloads/ 以下）');
    expect(describeMetric({ kind: 'feedback-share', pathPrefix: '/' })).toBe('「役に立った」の割合（/ 以下）');
    expect(describeMetric({ kind: 'completions', instrument: 'bjsq57' })).toBe('自己診断の完了数（bjsq57）');
    expect(describeMetric({ kind: 'completions', instrument: 'excellent-company' })).toBe('自己診断の完了数（excellent-company）');
    expect(describeMetric({ kind: 'completions' })).toBe('自己診断の完了数（すべての自己診断）');
  });

  it('has a label for each kind', () => {
    expect(METRIC_LABELS).toEqual({
      pageviews: 'ページビュー',
      completions: '自己診断の完了数',
      downloads: 'ダウンロード数',
      'feedback-share': '「役に立った」の割合',
    });
  });
});
