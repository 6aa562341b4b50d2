import type { ContentCheckResult, ContentProblem } from './types';

/** `content/guides/support/x.mdx:4 lastReviewed「2026-13-45」は存在しない日付です（例：2026-11-29）` */
export const formatProblem = (p: ContentProblem): string => `${p.file}:${p.line} ${p.message}`;

/**
 * The closing line: the counts when all is well, otherwise how many problems there are and what to do.
 * (The problem lines themselves come from formatProblem.)
 */
export function formatSummary(result: ContentCheckResult): string {
  if (result.problems.length > 0) {
    return `内容チェック：${result.problems.length} 件の問題があります。上の行を直してから、もう一度実行してください。`;
  }
  const c = result.counts;
  return `内容チェック：問題はありません（記事 ${c.guides} 件・セミナー ${c.seminars} 件・トピック ${c.topics} 件・自己診断データ ${c.instruments} 件・目標 ${c.kpiTargets} 件）`;
}

/** By file, then line; problems on the same line keep the order they were found in. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = formatProblem(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.file < b.p.file ? -1 : a.p.file > b.p.file ? 1 : a.p.line - b.p.line || a.i - b.i))
    .map(({ p }) => p);
}
