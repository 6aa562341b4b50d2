import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, formatSummary } from '../../../src/lib/content-check/index';
import { fixture, projectRoot, removeFixtures } from './fixture';

afterAll(removeFixtures);

const files = (dir: string, pattern: RegExp) =>
  readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' }).filter((f) => pattern.test(f));

describe('content check of the real repository', () => {
  it('finds no problem in the content as it is, and counts what it checked', async () => {
    const result = await checkContent(projectRoot);
    expect(result.problems.map(formatProblem)).toEqual([]);
    const counts = {
      guides: files('content/guides', /\.mdx?$/).length,
      seminars: files('content/seminars', /\.md$/).length,
      topics: files('content/topics', /^[a-z0-9-]+\.json$/).length,
      instruments: 4,
      kpiTargets: files('content/kpi/targets', /^[a-z0-9-]+\.yaml$/).length,
    };
    expect(result.counts).toEqual(counts);
    expect(formatSummary(result)).toBe(
      `内容チェック：問題はありません（記事 ${counts.guides} 件・セミナー ${counts.seminars} 件・トピック ${counts.topics} 件・自己診断データ 4 件・目標 ${counts.kpiTargets} 件）`,
    );
  });
});

describe('content check of broken trees never throws', () => {
  it('a folder without content: each file the site needs is named', async () => {
    const result = await checkContent(join(projectRoot, 'no-such-folder'));
    expect(result.problems.map(formatProblem)).toEqual([
      'content/instruments/bjsq57-explanations.json:1 ファイル「bjsq57-explanations.json」がありません（自己診断のページが読み込みます。content/instruments/ に戻してください）',
      'content/instruments/bjsq57.json:1 ファイル「bjsq57.json」がありません（自己診断のページが読み込みます。content/instruments/ に戻してください）',
      'content/instruments/excellent-company.json:1 ファイル「excellent-company.json」がありません（自己診断のページが読み込みます。content/instruments/ に戻してください）',
      'content/instruments/group-analysis-norms.json:1 ファイル「group-analysis-norms.json」がありません（自己診断のページが読み込みます。content/instruments/ に戻してください）',
      'content/site.json:1 ファイルがありません（運営者とお問い合わせ先です。content/site.json を戻してください）',
      'content/topics:1 ファイルがありません（トピックが1つもありません。content/topics/<id>.json を戻してください）',
    ]);
    expect(result.counts).toEqual({ guides: 0, seminars: 0, topics: 0, instruments: 0, kpiTargets: 0 });
    expect(formatSummary(result)).toBe('内容チェック：6 件の問題があります。上の行を直してから、もう一度実行してください。');
  });

  it('empty and binary files become problem lines', async () => {
    const root = fixture({
      'content/guides/support/empty.mdx': '',
      'content/seminars/2026-12-binary.md': '\u0000\u0001\u0002PK\u0003\u0004',
      'content/instruments/bjsq57.json': '',
      'content/kpi/targets/fy2026-portal-pageviews.yaml': '- [unclosed\n',
    });
    const lines = (await checkContent(root)).problems.map(formatProblem);
    expect(lines).toEqual([
      'content/guides/support/empty.mdx:1 frontmatter がありません。ファイルの1行目を --- にして、その下に項目（例：title: 題名）を書き、--- の行で閉じてください',
      'content/instruments/bjsq57.json:1 ファイルが空です。JSON を書いてください',
      'content/kpi/targets/fy2026-portal-pageviews.yaml:1 この行の [ が閉じられていません。最後に ] を付けてください（例：[働く方, 産業保健スタッフ]）',
      'content/seminars/2026-12-binary.md:1 frontmatter がありません。ファイルの1行目を --- にして、その下に項目（例：title: 題名）を書き、--- の行で閉じてください',
    ]);
  });
});
