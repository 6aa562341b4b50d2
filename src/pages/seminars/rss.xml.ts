import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { rssFeed } from '../../lib/seminars/feeds';
import { formatSeminarTime } from '../../lib/seminars/time';

/** 新着セミナー as RSS 2.0, newest announcement first. */
export const GET: APIRoute = async ({ site }) => {
  const seminars = await getCollection('seminars');
  const body = rssFeed(
    { title: '職場の健康と安全ポータル 新着セミナー', url: new URL('/seminars/', site).href, description: 'セミナー・説明会の新着情報' },
    seminars.map((s) => ({
      title: s.data.title,
      url: new URL(`/seminars/${s.id}/`, site).href,
      description: `${formatSeminarTime(s.data.start, s.data.end)} ${s.data.programme}（${s.data.format}${s.data.prefecture ? `・${s.data.prefecture}` : ''}）`,
      published: s.data.published,
    })),
  );
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
