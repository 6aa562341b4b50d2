import { seminarSchema } from '../seminars/schema';
import { findLinks, linkProblems } from './links';
import { scanBody } from './markdown-scan';
import { splitFrontmatter } from './frontmatter';
import type { RouteIndex } from './routes';
import { scanTags } from './tags';
import type { LineProblem } from './types';
import { validate } from './zod-issues';
import { parseYaml } from './yaml-source';

const SEMINAR_FILE = /^[a-z0-9-]+\.md$/;

/** Whether Astro's seminar collection (`content/seminars/*.md`) reads this file at all. */
export const isSeminarFile = (path: string) => !path.includes('/') && path.endsWith('.md');

/** One file under content/seminars (`path` relative to that folder). */
export function checkSeminar(path: string, text: string, topicIds: readonly string[], routes: RouteIndex): LineProblem[] {
  if (!isSeminarFile(path)) {
    const name = path.split('/').at(-1) ?? path;
    return [{ line: 1, message: `ファイル「${path}」はセミナーとして読み込まれません。content/seminars/ の直下に拡張子 .md で置いてください（例：content/seminars/${name.replace(/\.[^.]*$/, '')}.md）` }];
  }
  const problems: LineProblem[] = [];
  if (!SEMINAR_FILE.test(path)) {
    problems.push({ line: 1, message: `ファイル名「${path}」は半角英小文字・数字・ハイフン（a-z, 0-9, -）で付けてください（例：2026-06-mental-health-osaka.md）` });
  }
  const split = splitFrontmatter(text);
  problems.push(...split.problems);
  if (split.yaml !== null) {
    const parsed = parseYaml(split.yaml, split.yamlOffset);
    problems.push(...parsed.problems);
    if (parsed.problems.length === 0) {
      const schema = seminarSchema({ topicIds, fileExists: (publicPath) => routes.files.has(publicPath) });
      problems.push(...validate(schema, parsed.data ?? {}, parsed.tree, { fallbackLine: parsed.tree?.line ?? split.openingLine }));
    }
  }
  const body = scanBody(split.body, split.bodyLine);
  problems.push(...linkProblems(findLinks(body, scanTags(body)), routes, []));
  return problems;
}
