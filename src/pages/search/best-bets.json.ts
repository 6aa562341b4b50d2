import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { BestBetPage } from '../../lib/search-best-bets';
import { guidesByTopic } from '../../lib/guide-route';
import { PAGE_KINDS, SEARCH_PAGES } from '../../lib/search-pages';
import { seminarDescription } from '../../lib/seminars/display';
import { guidePath } from '../../lib/site';

/**
 * Every page the search finds (the same pages Pagefind indexes: tools, seminars, materials, guides),
 * with its title, summary and search words, for the best bets on /search/ (src/lib/search-best-bets.ts).
 * The order is the site's own, which settles ties between equally good matches: the tools and lists
 * first, then the articles topic by topic in the order staff gave them, then the seminars.
 */
export const GET: APIRoute = async () => {
  const [topics, guides, seminars] = await Promise.all([getCollection('topics'), getCollection('guides'), getCollection('seminars')]);
  const pages: BestBetPage[] = [
    ...Object.values(SEARCH_PAGES).map((p) => ({ u: p.href, t: p.title, d: p.description, k: [...p.keywords], l: PAGE_KINDS[p.kind] })),
    ...guidesByTopic(topics, guides).flatMap(({ topic, guides: list }) =>
      list.map((g) => ({ u: guidePath(g.id), t: g.data.title, d: g.data.description, k: [...g.data.keywords, topic.data.title], g: topic.data.title, a: [...g.data.audience] })),
    ),
    ...seminars.map((s) => ({ u: `/seminars/${s.id}/`, t: s.data.title, d: seminarDescription(s.data), k: [s.data.programme], l: PAGE_KINDS.seminar })),
  ];
  return new Response(JSON.stringify(pages), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
