import { slug } from 'github-slugger';

/**
 * Every address the built site will have, worked out from the files: static pages under src/pages,
 * the generated guide, topic and seminar pages, and the files in public/. Guides carry their heading ids
 * so that `#anchor` links can be checked.
 */
export interface RouteIndex {
  /** Page addresses with a trailing slash (`/check/stress/`) and endpoints as written (`/sitemap.xml`). */
  pages: Set<string>;
  /** Files under public/ (`/materials/x.pdf`). */
  files: Set<string>;
  /** Guide address → heading ids of that guide. */
  guides: Map<string, readonly string[]>;
  /** Topic id → addresses of its guides, for suggestions. */
  guidesByTopic: Map<string, string[]>;
}

const PAGE = /\.(astro|md|mdx|html)$/;
const ENDPOINT = /\.(ts|js|mjs)$/;

/** The address of a file under src/pages, or null for dynamic ([param]) and private (_x) files. */
export function pageRoute(relativePath: string): string | null {
  const segments = relativePath.split('/');
  if (segments.some((s) => s.includes('[') || s.startsWith('_'))) return null;
  if (PAGE.test(relativePath)) {
    const path = relativePath.replace(PAGE, '');
    const dir = path === 'index' ? '' : path.endsWith('/index') ? path.slice(0, -'/index'.length) : path;
    return dir ? `/${dir}/` : '/';
  }
  if (ENDPOINT.test(relativePath)) return `/${relativePath.replace(ENDPOINT, '')}`;
  return null;
}

/** Astro's entry id for a file of a glob collection: each path segment slugged, extension dropped. */
export function entryId(relativePath: string): string {
  return relativePath
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/');
}

export interface RouteSources {
  pageFiles: readonly string[];
  publicFiles: readonly string[];
  topicIds: readonly string[];
  /** content/guides-relative paths (one folder deep) with their heading ids. */
  guides: readonly { path: string; ids: readonly string[] }[];
  /** content/seminars-relative file names. */
  seminars: readonly string[];
}

export function buildRouteIndex(sources: RouteSources): RouteIndex {
  const pages = new Set<string>();
  for (const file of sources.pageFiles) {
    const route = pageRoute(file);
    if (route) pages.add(route);
  }
  for (const topic of sources.topicIds) pages.add(`/guides/${topic}/`);
  const guides = new Map<string, readonly string[]>();
  const guidesByTopic = new Map<string, string[]>();
  for (const guide of sources.guides) {
    const id = entryId(guide.path);
    const [topic, name, ...rest] = id.split('/');
    if (!topic || !name || rest.length) continue;
    const route = `/guides/${topic}/${name}/`;
    pages.add(route);
    guides.set(route, guide.ids);
    guidesByTopic.set(topic, [...(guidesByTopic.get(topic) ?? []), route]);
  }
  for (const seminar of sources.seminars) {
    const id = entryId(seminar);
    pages.add(`/seminars/${id}/`);
    pages.add(`/seminars/${id}.ics`);
  }
  return { pages, files: new Set(sources.publicFiles.map((f) => `/${f}`)), guides, guidesByTopic };
}
