/** How a seminar's place and way to apply are shown on cards, its page and its calendar file. */
import { formatSeminarTime } from './time';

export interface Place {
  format: string;
  venue: string;
  prefecture?: string;
}

const FORMAT_WORDS: Record<string, string> = { 会場: '会場', オンライン: 'オンライン', ハイブリッド: '会場とオンライン' };

/** A card's few words: 「大阪府・会場」, 「東京都・会場とオンライン」, 「オンライン」 (never the format twice). */
export const placeLabel = (s: Omit<Place, 'venue'>) => [s.prefecture, FORMAT_WORDS[s.format] ?? s.format].filter(Boolean).join('・');

/**
 * The rows of the seminar page. An online seminar gets one row, since its venue already says
 * 「オンライン（Web会議システム）」; the others get format, prefecture and venue.
 */
export function placeRows(s: Place): { term: string; text: string }[] {
  if (s.format === 'オンライン') return [{ term: '開催形式', text: s.venue.startsWith('オンライン') ? s.venue : `オンライン（${s.venue}）` }];
  return [
    { term: '開催形式', text: s.format === 'ハイブリッド' ? 'ハイブリッド（会場とオンライン）' : s.format },
    ...(s.prefecture ? [{ term: '都道府県', text: s.prefecture }] : []),
    { term: '会場', text: s.venue },
  ];
}

export interface Apply {
  url?: string;
  email?: string;
  contact?: string;
}

/** Whom to ask, as text: the contact as written, with the e-mail address added when it is not in it. */
export function contactText(a: Apply): string | undefined {
  if (!a.email) return a.contact;
  if (!a.contact) return a.email;
  return a.contact.includes(a.email) ? a.contact : `${a.contact}（${a.email}）`;
}

/**
 * 「申し込む」: the apply page, else an e-mail to the address with the seminar named in the subject
 * and the usual questions in the body; null when there is neither.
 */
export function applyAction(a: Apply, seminar: { title: string; format: string }): { href: string; label: string } | null {
  if (a.url) return { href: a.url, label: '申し込む' };
  if (!a.email) return null;
  const subject = `【申込】${seminar.title}`;
  const how = seminar.format === 'ハイブリッド' ? ['参加方法（会場／オンライン）：'] : [];
  const body = [`セミナー：${seminar.title}`, 'お名前：', '会社・団体名：', '部署・役職：', ...how, ''].join('\r\n');
  return { href: `mailto:${a.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`, label: 'メールで申し込む' };
}

/** A seminar's one-line summary: its page's description and its best-bet summary in search. */
export const seminarDescription = (s: { start: string; end: string; programme: string; format: string }) =>
  `${formatSeminarTime(s.start, s.end)}開催。${s.programme}（${s.format}）`;
