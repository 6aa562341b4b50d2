import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contactText } from '../../lib/seminars/display';
import { seminarIcs } from '../../lib/seminars/ics';

export const getStaticPaths = (async () => {
  const seminars = await getCollection('seminars');
  return seminars.map((seminar) => ({ params: { id: seminar.id }, props: { seminar } }));
}) satisfies GetStaticPaths;

/** 「カレンダーに追加」: the seminar as an .ics file in Japan time. */
export const GET: APIRoute = ({ props, site }) => {
  const { seminar } = props as { seminar: CollectionEntry<'seminars'> };
  const s = seminar.data;
  const url = new URL(`/seminars/${seminar.id}/`, site).href;
  const contact = contactText(s.apply);
  const apply = [s.apply.url && `申込：${s.apply.url}`, contact && `問い合わせ先：${contact}`].filter(Boolean).join('\n');
  const body = seminarIcs({
    uid: `${seminar.id}@${new URL(site!).hostname}`,
    start: s.start,
    end: s.end,
    summary: s.title,
    description: `${s.programme}（${s.format}）\n参加費：${s.fee}\n${apply}\n${url}`,
    location: s.prefecture ? `${s.venue}（${s.prefecture}）` : s.venue,
    url,
    stamp: s.published,
  });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
