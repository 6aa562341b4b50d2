import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, formatSummary } from '../../../src/lib/content-check/index';
import { fixture, guide, guideWith, projectRoot, removeFixtures, seminarWith } from './fixture';

afterAll(removeFixtures);

describe('content check: every problem of every file at once', () => {
  it('reports all problems of several broken files, sorted by file and line', async () => {
    const targets = readFileSync(join(projectRoot, 'content/kpi/targets/fy2026-diagnosis-completions.yaml'), 'utf8').replace('target: 31000', 'target: 0');
    const root = fixture({
      'content/seminars/2026-12-test.md': seminarWith({ 'published:': 'published: 2026-11-31', 'status:': 'status: 募集中' }),
      'content/guides/support/b.mdx': guide(undefined, '# 大見出し\n\n<Callout type="メモ">\n\n本文\n\n</Callout>\n'),
      'content/guides/support/a.mdx': guideWith('title', 'title: 職場の健康: 入門'),
      'content/guides/overwork/c.mdx': guideWith('lastReviewed', null, '[記事](/guides/overwork/none/)\n'),
      'content/kpi/targets/fy2026-diagnosis-completions.yaml': targets,
    });
    const result = await checkContent(root);
    expect(result.problems.map(formatProblem)).toEqual([
      'content/guides/overwork/c.mdx:2 lastReviewed は必須です（例：lastReviewed: 2026-11-29）',
      'content/guides/overwork/c.mdx:4 topic「support」がフォルダ名「overwork」と違います（topic: overwork にするか、ファイルを content/guides/support/ に移してください）',
      'content/guides/overwork/c.mdx:10 リンク先「/guides/overwork/none/」のページがありません（このトピックの記事：/guides/overwork/c/, /guides/overwork/health-measures/, /guides/overwork/overtime-limits/）',
      'content/guides/support/a.mdx:2 title の値に「: 」（コロンと空白）が入っています。値全体を "…" で囲んでください（例：title: "職場の健康: 入門"）',
      'content/guides/support/b.mdx:11 見出し「# 大見出し」は使えません。題名がページの見出し（#）になるので、本文の見出しは ## から始めてください（例：## 大見出し）',
      'content/guides/support/b.mdx:13 Callout の type「メモ」は使えません（注意 / ポイント / 根拠 のどれか）',
      'content/kpi/targets/fy2026-diagnosis-completions.yaml:6 target「0」は正の数にしてください（例：target: 150000）',
      'content/seminars/2026-12-test.md:15 status「募集中」は使えません（受付中 / 満席 / 終了 のどれか）',
      'content/seminars/2026-12-test.md:16 published「2026-11-31」は存在しない日付です（例：2026-11-29）',
    ]);
    expect(formatSummary(result)).toBe('内容チェック：9 件の問題があります。上の行を直してから、もう一度実行してください。');
  });
});
