import { guideSchema } from '../guide-schema';
import { componentProblems } from './components';
import { splitFrontmatter, type SplitFile } from './frontmatter';
import { findHeadings, headingProblems, type BodyHeading } from './headings';
import { findLinks, linkProblems } from './links';
import { scanBody, type ScannedBody } from './markdown-scan';
import type { RouteIndex } from './routes';
import { scanTags, type Tag } from './tags';
import type { LineProblem } from './types';
import { typographyProblems } from './typography';
import { lineAt, validate } from './zod-issues';
import { parseYaml } from './yaml-source';

/** A guide read once and shared: its headings feed the route index before any guide is checked. */
export interface PreparedGuide {
  /** Relative to content/guides. */
  path: string;
  split: SplitFile;
  body: ScannedBody;
  headings: BodyHeading[];
  tags: Tag[];
}

export function prepareGuide(path: string, text: string): PreparedGuide {
  const split = splitFrontmatter(text);
  const body = scanBody(split.body, split.bodyLine);
  return { path, split, body, headings: findHeadings(body), tags: scanTags(body) };
}

const ARTICLE = /\.mdx?$/;
const SLUG = /^[a-z0-9-]+$/;

export function checkGuide(guide: PreparedGuide, topicIds: readonly string[], routes: RouteIndex): LineProblem[] {
  const segments = guide.path.split('/');
  const name = segments.at(-1) ?? '';
  if (!ARTICLE.test(name)) {
    return [{ line: 1, message: `ファイル「${name}」は記事として読み込まれません。記事は拡張子 .mdx で保存してください（例：content/guides/support/${name.replace(/\.[^.]*$/, '')}.mdx）` }];
  }
  const folder = segments.length === 2 ? segments[0] : null;
  const frontmatter = frontmatterProblems(guide.split, folder, topicIds);
  // A folder that is no topic; when the frontmatter names the same topic, its own message says so already.
  const folderProblem =
    folder && !topicIds.includes(folder) && frontmatter.topic !== folder
      ? [{ line: 1, message: `フォルダ「content/guides/${folder}/」は content/topics/ のトピックではありません（${topicIds.join(', ')} のどれかのフォルダに置いてください）` }]
      : [];
  const ids = guide.headings.map((h) => h.id);
  return [
    ...placeProblems(guide.path, name, folder),
    ...frontmatter.problems,
    ...folderProblem,
    ...headingProblems(guide.body, guide.headings),
    ...componentProblems(guide.tags),
    ...linkProblems(findLinks(guide.body, guide.tags), routes, ids),
    ...typographyProblems(guide.body),
  ];
}

/** The address comes from the place: content/guides/<topic>/<slug>.mdx, slug in a-z0-9-. */
function placeProblems(path: string, name: string, folder: string | null): LineProblem[] {
  const problems: LineProblem[] = [];
  const slug = name.replace(ARTICLE, '');
  if (!folder) {
    problems.push({ line: 1, message: `ファイルの場所「content/guides/${path}」が違います。記事は content/guides/<トピック>/<ファイル名>.mdx に置いてください（例：content/guides/support/${slug}.mdx）` });
  }
  if (!SLUG.test(slug)) {
    const suggestion = slug.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'kokoro-no-mimi';
    problems.push({ line: 1, message: `ファイル名「${name}」は半角英小文字・数字・ハイフン（a-z, 0-9, -）で付けてください（例：${suggestion}.mdx）` });
  }
  return problems;
}

/** YAML, then the guide schema, then the topic against the folder. */
function frontmatterProblems(split: SplitFile, folder: string | null, topicIds: readonly string[]): { problems: LineProblem[]; topic?: unknown } {
  if (split.yaml === null) return { problems: split.problems };
  const parsed = parseYaml(split.yaml, split.yamlOffset);
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  const fallbackLine = parsed.tree?.line ?? split.openingLine;
  // An empty frontmatter is read as no fields at all, so each required field is named.
  const problems = validate(guideSchema(topicIds), parsed.data ?? {}, parsed.tree, { fallbackLine });
  const topic = (parsed.data as { topic?: unknown } | null)?.topic;
  if (folder && typeof topic === 'string' && topic !== folder && topicIds.includes(topic) && topicIds.includes(folder)) {
    problems.push({
      line: lineAt(parsed.tree, ['topic'], fallbackLine),
      message: `topic「${topic}」がフォルダ名「${folder}」と違います（topic: ${folder} にするか、ファイルを content/guides/${topic}/ に移してください）`,
    });
  }
  return { problems, topic };
}
