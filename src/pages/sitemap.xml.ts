import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sitemap } from '../lib/seminars/feeds';
import { FILTER_KINDS, filterOptions, filterPath } from '../lib/seminars/filters';

/** Every public page of the site (the staff dashboard and the collector are left out). */
export const GET: APIRoute = async ({ site }) => {
  const [topics, guides, seminars] = await Promise.all([getCollection('topics'), getCollection('guides'), getCollection('seminars')]);
  const options = filterOptions(seminars.map((s) => s.data));
  const paths = [
    '/',
    '/search/',
    '/check/',
    '/check/stress/',
    '/check/excellent-company/',
    '/check/group-analysis/',
    '/guides/',
    '/help/',
    '/about/',
    '/contact/',
    '/privacy/',
    '/accessibility/',
    '/terms/',
    '/seminars/',
    '/materials/',
    ...topics.map((t) => `/guides/${t.id}/`),
    ...guides.map((g) => `/guides/${g.id}/`),
    ...seminars.map((s) => `/seminars/${s.id}/`),
    ...FILTER_KINDS.flatMap((kind) => options[kind].map((o) => filterPath(kind, o.value))),
  ];
  return new Response(sitemap(paths.map((p) => new URL(p, site).href)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
