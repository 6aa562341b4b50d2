import type { ScannedBody } from './markdown-scan';
import { missingFileMessage } from '../content-messages';
import type { RouteIndex } from './routes';
import type { Tag } from './tags';
import type { LineProblem } from './types';

/**
 * Links in a body: Markdown links and reference definitions, <a href>, <img src>, <Download href> and the
 * hrefs inside <RelatedLinks links={…}>. Site-internal ones (starting with `/` or `#`) are checked
 * against the route index: the page or file must exist, and an anchor into a guide must be a heading id.
 */
export interface BodyLink {
  href: string;
  line: number;
  /** How the message names it: `リンク先`, `RelatedLinks の href`, … */
  field: string;
  /** The word to fix in 「…を直してください」. */
  fix: string;
  /** Must be a file under public/ (Download, img), not a page. */
  file: boolean;
}

const INLINE_LINK = /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>\n]*>|[^\s)]*)/g;
const DEFINITION = /^[ ]{0,3}\[[^\]]+\]:[ \t]*(<[^>\n]*>|\S+)/gm;
const OBJECT_HREF = /\bhref\s*:\s*(["'`])(.*?)\1/g;

export function findLinks(body: ScannedBody, tags: readonly Tag[]): BodyLink[] {
  const links: BodyLink[] = [];
  const text = body.masked;
  for (const regex of [INLINE_LINK, DEFINITION]) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const href = m[1].replace(/^<|>$/g, '');
      const image = m[0].startsWith('!');
      const line = body.lineOf(m.index + m[0].length - m[1].length);
      if (href) links.push({ href, line, field: image ? '画像のリンク先' : 'リンク先', fix: 'リンク先', file: image });
    }
  }
  for (const tag of tags) {
    if (tag.closing) continue;
    for (const attribute of tag.attributes) {
      if (attribute.value === null) continue;
      if (tag.name === 'RelatedLinks' && attribute.name === 'links') {
        OBJECT_HREF.lastIndex = 0;
        for (let m = OBJECT_HREF.exec(attribute.value); m; m = OBJECT_HREF.exec(attribute.value)) {
          const line = body.lineOf(attribute.valueOffset + m.index);
          links.push({ href: m[2], line, field: 'RelatedLinks の href', fix: 'href', file: false });
        }
        continue;
      }
      const file = (tag.name === 'Download' && attribute.name === 'href') || (tag.name === 'img' && attribute.name === 'src');
      const page = tag.name === 'a' && attribute.name === 'href';
      if ((file || page) && !attribute.expression) {
        links.push({ href: attribute.value, line: attribute.line, field: `${tag.name} の ${attribute.name}`, fix: attribute.name, file });
      }
    }
  }
  return links.sort((a, b) => a.line - b.line);
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const idList = (ids: readonly string[]) => (ids.length ? `見出しの id：${ids.map((id) => `#${id}`).join(', ')}` : 'その記事には見出しがありません');

export function linkProblems(links: readonly BodyLink[], routes: RouteIndex, ownIds: readonly string[]): LineProblem[] {
  const problems: LineProblem[] = [];
  for (const link of links) {
    const message = linkMessage(link, routes, ownIds);
    if (message) problems.push({ line: link.line, message });
  }
  return problems;
}

function linkMessage(link: BodyLink, routes: RouteIndex, ownIds: readonly string[]): string | null {
  const { href, field } = link;
  if (href.startsWith('#')) {
    if (link.file) return `${field}「${href}」は public/ の下のファイルにしてください（例：/materials/x.pdf）`;
    const id = decode(href.slice(1));
    return !id || ownIds.includes(id) ? null : `${field}「${href}」の見出しがこの記事にありません（${idList(ownIds)}）`;
  }
  if (!href.startsWith('/') || href.startsWith('//')) {
    return link.file && /^[a-z]+:/i.test(href) ? `${field}「${href}」はサイト内のファイルにしてください（public/materials/ に置いて、例：/materials/x.pdf）` : null;
  }
  const [beforeHash, hash = ''] = href.split('#', 2);
  const path = decode(beforeHash.split('?')[0]);
  if (routes.files.has(path)) return null;
  if (link.file || (path.startsWith('/materials/') && path !== '/materials/')) return missingFileMessage(path, link.fix);
  const page = path.endsWith('/') ? path : `${path}/`;
  if (!routes.pages.has(page) && !routes.pages.has(path)) return `${field}「${href}」のページがありません（${suggestion(page, routes)}）`;
  const ids = routes.guides.get(page);
  const id = decode(hash);
  if (ids && id && !ids.includes(id)) return `${field}「${href}」の #${id} はその記事の見出しにありません（${idList(ids)}）`;
  return null;
}

function suggestion(page: string, routes: RouteIndex): string {
  const topic = page.match(/^\/guides\/([^/]+)\//)?.[1];
  const siblings = topic ? routes.guidesByTopic.get(topic) : undefined;
  if (siblings?.length) return `このトピックの記事：${siblings.join(', ')}`;
  return 'アドレスを確かめてください。記事は /guides/<トピック>/<ファイル名>/ の形です';
}
