import { join } from 'node:path';
import { checkKpiTargetFile, checkSiteConfig, checkTopicFile } from './data-files';
import { isHidden, listFiles, readText } from './files';
import { checkGuide, prepareGuide, type PreparedGuide } from './guides';
import { checkInstruments, INSTRUMENT_FILES } from './instruments';
import { parseJson } from './json-source';
import { buildRouteIndex } from './routes';
import { sortProblems } from './format';
import { checkSeminar, isSeminarFile } from './seminars';
import type { ContentCheckResult, ContentProblem, LineProblem } from './types';
import { parseYaml } from './yaml-source';

const TOPICS_DIR = 'content/topics';
const KPI_DIR = 'content/kpi/targets';
/** A file directly in its folder, named like an id, with the extension given. */
const ENTRY_FILE = (extension: RegExp) => new RegExp(`^[a-z0-9-]+${extension.source}`);
const OLD_LIST_FILES = [
  ['content/topics.json', 'トピックは content/topics/<id>.json に1件ずつ置きます（編集画面の「トピック」でも作れます）'],
  ['content/kpi/targets.yaml', '目標は content/kpi/targets/<id>.yaml に1件ずつ置きます（編集画面の「KPI 目標」でも作れます）'],
] as const;

/**
 * The content check: every file staff edit under content/ (and the materials in public/), checked with
 * the same zod schemas as the Astro build plus the rules the schemas cannot see (file places, headings,
 * components, links). All problems of all files at once, in Japanese, sorted by file and line.
 * Never throws for bad content: a file that breaks the checker itself becomes a problem line.
 */
export async function checkContent(root: string): Promise<ContentCheckResult> {
  const at = (path: string) => join(root, path);
  const visible = (paths: string[]) => paths.filter((p) => !isHidden(p));
  const [siteText, topicPaths, guidePaths, seminarPaths, kpiPaths, instrumentPaths, pageFiles, publicFiles, oldLists] = await Promise.all([
    readText(at('content/site.json')),
    listFiles(at(TOPICS_DIR)).then(visible),
    listFiles(at('content/guides')).then(visible),
    listFiles(at('content/seminars')).then(visible),
    listFiles(at(KPI_DIR)).then(visible),
    listFiles(at('content/instruments')).then(visible),
    listFiles(at('src/pages')),
    listFiles(at('public')),
    Promise.all(OLD_LIST_FILES.map(([path]) => readText(at(path)))),
  ]);
  const readAll = (dir: string, paths: string[]) => Promise.all(paths.map((p) => readText(at(`${dir}/${p}`))));
  const [topicTexts, guideTexts, seminarTexts, kpiTexts, instrumentTexts] = await Promise.all([
    readAll(TOPICS_DIR, topicPaths),
    readAll('content/guides', guidePaths),
    readAll('content/seminars', seminarPaths),
    readAll(KPI_DIR, kpiPaths),
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

  // The lists that were one file before the editor; their entries now live one per file.
  OLD_LIST_FILES.forEach(([path, instead], i) => {
    if (oldLists[i] !== null) report(path, () => [{ line: 1, message: `このファイルは使われなくなりました。${instead}` }]);
  });

  const topics: { id: string; order: number }[] = [];
  topicPaths.forEach((path, i) => {
    report(`${TOPICS_DIR}/${path}`, () => {
      const text = topicTexts[i];
      if (!ENTRY_FILE(/\.json$/).test(path)) return [{ line: 1, message: `ファイル「${path}」はトピックとして読み込まれません。content/topics/<id>.json の形で置いてください（例：content/topics/overwork.json）` }];
      if (text === null) return missing('読めません');
      const check = checkTopicFile(path, parseJson(text));
      // Even a topic with mistakes names a guide folder, so its guides are not reported as misplaced too.
      const order = (check.data as { order?: unknown } | undefined)?.order;
      topics.push({ id: path.replace(/\.json$/, ''), order: typeof order === 'number' ? order : Number.MAX_SAFE_INTEGER });
      return check.problems;
    });
  });
  if (topicPaths.length === 0) report(TOPICS_DIR, () => missing('トピックが1つもありません。content/topics/<id>.json を戻してください'));
  const topicIds = topics.sort((a, b) => a.order - b.order).map((t) => t.id);
  const topicCount = topics.length;

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

  kpiPaths.forEach((path, i) => {
    report(`${KPI_DIR}/${path}`, () => {
      const text = kpiTexts[i];
      if (!ENTRY_FILE(/\.yaml$/).test(path)) return [{ line: 1, message: `ファイル「${path}」は目標として読み込まれません。content/kpi/targets/<id>.yaml の形で置いてください（例：content/kpi/targets/fy2027-portal-pageviews.yaml）` }];
      return text === null ? missing('読めません') : checkKpiTargetFile(path, parseYaml(text)).problems;
    });
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
      kpiTargets: kpiPaths.length,
    },
  };
}

export { formatProblem, formatSummary } from './format';
export type { ContentCheckResult, ContentCounts, ContentProblem } from './types';
