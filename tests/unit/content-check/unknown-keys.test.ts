import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { guide, GUIDE_FRONTMATTER, problemLines, projectRoot, removeFixtures, seminarWith } from './fixture';

afterAll(removeFixtures);

const real = (path: string) => readFileSync(join(projectRoot, path), 'utf8');

// Rule 4: an unknown key is named, at its own line, with the keys that may be used there.
describe('content check: unknown keys', () => {
  it('in a guide, and in one of its sources', async () => {
    const frontmatter = [...GUIDE_FRONTMATTER, '    author: 厚生労働省', 'author: 山田', 'date: 2026-11-21'];
    expect(await problemLines({ 'content/guides/support/x.mdx': guide(frontmatter) })).toEqual([
      'content/guides/support/x.mdx:10 sources の author という項目は使えません（使える項目：name, url, kind）',
      'content/guides/support/x.mdx:11 author という項目は使えません（使える項目：title, description, topic, audience, order, lastReviewed, sources, keywords）',
      'content/guides/support/x.mdx:12 date という項目は使えません（使える項目：title, description, topic, audience, order, lastReviewed, sources, keywords）',
    ]);
  });

  it('in a seminar, its apply and its materials', async () => {
    expect(
      await problemLines({
        'content/seminars/2026-12-test.md': seminarWith({
          'title:': 'title: テストのセミナー\nspeaker: 山田太郎',
          '  contact:': '  contact: 事務局（seminar@example.jp）\n  tel: 06-0000-0000',
          '    kind:': '    kind: 当日資料\n    size: 2MB',
        }),
      }),
    ).toEqual([
      'content/seminars/2026-12-test.md:3 speaker という項目は使えません（使える項目：title, programme, topic, start, end, format, venue, prefecture, audience, capacity, fee, apply, status, published, materials）',
      'content/seminars/2026-12-test.md:16 apply の tel という項目は使えません（使える項目：url, contact, email）',
      'content/seminars/2026-12-test.md:23 materials の size という項目は使えません（使える項目：title, file, kind）',
    ]);
  });

  it('in a KPI target and its metric, and in a topic', async () => {
    const pageviews = real('content/kpi/targets/fy2026-portal-pageviews.yaml').replace('target: 3000000\n', 'target: 3000000\nowner: 事業課\n');
    const completions = real('content/kpi/targets/fy2026-diagnosis-completions.yaml').replace('  kind: completions\n', '  kind: completions\n  pathPrefix: /check/\n');
    const topics = real('content/topics/support.json').replace('"order": 6', '"order": 6,\n  "slug": "soudan"');
    expect(
      await problemLines({
        'content/kpi/targets/fy2026-portal-pageviews.yaml': pageviews,
        'content/kpi/targets/fy2026-diagnosis-completions.yaml': completions,
        'content/topics/support.json': topics,
      }),
    ).toEqual([
      'content/kpi/targets/fy2026-diagnosis-completions.yaml:6 metric の pathPrefix という項目は使えません（使える項目：kind, instrument）',
      'content/kpi/targets/fy2026-portal-pageviews.yaml:8 owner という項目は使えません（使える項目：id, label, fiscalYear, metric, target, note）',
      'content/topics/support.json:6 slug という項目は使えません（使える項目：id, title, summary, order）',
    ]);
  });
});
