import type { AnalyticsEvent } from './event-schema';

/**
 * What the build produced (dist/site-manifest.json, written by src/scripts/site-manifest.mjs): the
 * pages and the downloadable materials. The collector counts events only for these, so nobody can
 * fill the dashboard with made-up paths or files.
 */
export interface SiteIndex {
  pages: ReadonlySet<string>;
  materials: ReadonlySet<string>;
}

export type RejectReason = 'unknown-page' | 'unknown-file';

/** /guides/x → /guides/x/ : the server answers both, the build lists pages with the slash. */
export function pagePath(path: string): string {
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

/** Why an event's page or file is not one the site has, or undefined when it is. */
export function unknownTarget(event: AnalyticsEvent, site: SiteIndex): RejectReason | undefined {
  if (!site.pages.has(pagePath(event.path))) return 'unknown-page';
  if (event.type === 'download' && !site.materials.has(event.file)) return 'unknown-file';
  return undefined;
}
