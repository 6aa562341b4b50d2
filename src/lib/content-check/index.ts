import { join } from 'node:path';
import { checkKpiTargets, checkSiteConfig, checkTopics } from './data-files';
import { isHidden, listFiles, readText } from './files';
import { checkGuide, prepareGuide, type PreparedGuide } from './guides';
import { checkInstruments, INSTRUMENT_FILES } from './instruments';
import { parseJson } from './json-source';
import { buildRouteIndex } from './routes';
import { sortProblems } from './format';
import { checkSeminar, isSeminarFile } from './seminars';
import type { ContentCheckResult, ContentProblem, LineProblem } from './types';
import { parseYaml } from './yaml-source';

/**
 * The content check: every file staff edit under content/ (and the materials in public/), checked with
 * the same zod schemas as the Astro build plus the rules the schemas cannot see (file places, headings,
 * components, links). All problems of all files at once, in Japanese, sorted by file and line.
 * Never throws for bad content: a file that breaks the checker itself becomes a problem line.
 */
export async function checkContent(root: string): Promise<ContentCheckResult> {
  const at = (path: string) => join(root, path);
  const visible = (paths: string[]) => paths.filter((p) => !isHidden(p));
  const [siteText, topicsText, guidePaths, seminarPaths, kpiText, instrumentPaths, pageFiles, publicFiles] = await Promise.all([
    readText(at('content/site.json')),
    readText(at('content/topics.json')),
    listFiles(at('content/guides')).then(visible),
    listFiles(at('content/seminars')).then(visible),
    readText(at('content/kpi/targets.yaml')),
    listFiles(at('content/instruments')).then(visible),
    listFiles(at('src/pages')),
    listFiles(at('public')),
  ]);
  const readAll = (dir: string, paths: string[]) => Promise.all(paths.map((p) => readText(at(`${dir}/${p}`))));
  const [guideTexts, seminarTexts, instrumentTexts] = await Promise.all([
    readAll('content/guides', guidePaths),
    readAll('content/seminars', seminarPaths),
    readAll('content/instruments', instrumentPaths),
  ]);

  const problems: ContentProblem[] = [];
  const report = (file: string, check: () => LineProblem[]) => {
    try {
      for (const p of check()) problems.push({ file, line: p.line, message: p.message });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({ file, line: 1, message: `このファイルを確かめる途中でチェック自体が止まりました（${reason}）。開発担当に知らせてください` });
    }
  };
  const missing = (what: string) => [{ line: 1, message: `ファイルがありません（${what}）` }];

  const topicsFile = 'content/topics.json';
  let topicIds: string[] = [];
  let topicCount = 0;
  report(topicsFile, () => {
    if (topicsText === null) return missing('トピックの一覧です。content/topics.json を戻してください');
    const check = checkTopics(parseJson(topicsText));
    topicCount = check.count;
    // When the file cannot be read, the ids written in it still tell which guide folders are topics.
    topicIds = check.count > 0 ? check.ids : [...topicsText.matchAll(/"id"\s*:\s*"([a-z0-9-]+)"/g)].map((m) => m[1]);
    return check.problems;
  });

  const guides: PreparedGuide[] = [];
  guidePaths.forEach((path, i) => {
    const text = guideTexts[i];
    report(`content/guides/${path}`, () => {
      if (text === null) return [{ line: 1, message: 'このファイルを読めません（文字コードを UTF-8 にして保存し直してください）' }];
      guides.push(prepareGuide(path, text));
      return [];
    });
  });
  const isArticle = (path: string) => /\.mdx?$/.test(path);
  const routes = buildRouteIndex({
    pageFiles,
    publicFiles,
    topicIds,
    guides: guides.filter((g) => isArticle(g.path)).map((g) => ({ path: g.path, ids: g.headings.map((h) => h.id) })),
    seminars: seminarPaths.filter(isSeminarFile),
  });

  for (const guide of guides) report(`content/guides/${guide.path}`, () => checkGuide(guide, topicIds, routes));
  seminarPaths.forEach((path, i) => {
    const text = seminarTexts[i];
    report(`content/seminars/${path}`, () => (text === null ? missing('読めません') : checkSeminar(path, text, topicIds, routes)));
  });

  report('content/site.json', () =>
    siteText === null ? missing('運営者とお問い合わせ先です。content/site.json を戻してください') : checkSiteConfig(parseJson(siteText)),
  );

  let kpiCount = 0;
  report('content/kpi/targets.yaml', () => {
    if (kpiText === null) return missing('ダッシュボードの目標です。content/kpi/targets.yaml を戻してください');
    const check = checkKpiTargets(parseYaml(kpiText));
    kpiCount = check.count;
    return check.problems;
  });

  const instruments = new Map(instrumentPaths.map((p, i) => [p, instrumentTexts[i]] as const));
  report('content/instruments', () => {
    for (const [name, list] of checkInstruments(instruments, routes)) report(`content/instruments/${name}`, () => list);
    return [];
  });

  return {
    problems: sortProblems(problems),
    counts: {
      guides: guidePaths.filter(isArticle).length,
      seminars: seminarPaths.filter(isSeminarFile).length,
      topics: topicCount,
      instruments: INSTRUMENT_FILES.filter((name) => instruments.has(name)).length,
      kpiTargets: kpiCount,
    },
  };
}

export { formatProblem, formatSummary } from './format';
export type { ContentCheckResult, ContentCounts, ContentProblem } from './types';
