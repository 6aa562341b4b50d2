/**
 * Best bets: the pages whose name or search words contain what was typed, found in a small list the
 * search page loads while it is idle (/search/best-bets.json). They are shown the moment a word is
 * typed, above Pagefind's full-text results, which need the word's index chunks and a search over every
 * page first (on a 5,000-page site that is often more than the 150 ms a person should wait).
 */
import { foldText, queryWords } from './search-match';
import type { SearchQuery } from './search-query';

/** One searchable page, as written into best-bets.json (short keys: the list is loaded by every search). */
export interface BestBetPage {
  /** Address. */
  u: string;
  /** Title, as in the page's heading. */
  t: string;
  /** Description: shown as the result's summary. */
  d: string;
  /** Search words (a guide's keywords and topic title, a tool's keywords). */
  k: string[];
  /** Topic title (guides only): the topic filter, and shown as 「トピック：…」. */
  g?: string;
  /** Audiences (guides only): the audience filter. */
  a?: string[];
  /** What kind of page it is, shown when there is no topic (セルフチェック・自己診断 …). */
  l?: string;
}

/** Best bets shown above the full-text results. */
export const BEST_BETS_LIMIT = 3;

/** A page with its title and search words folded once (NFKC, lower case), so each keystroke only compares. */
export interface PreparedPage {
  page: BestBetPage;
  title: string;
  keywords: string[];
}

export const preparePages = (pages: readonly BestBetPage[]): PreparedPage[] =>
  pages.map((page) => ({ page, title: foldText(page.t), keywords: page.k.map(foldText) }));

/**
 * How well a page matches: every word must be in its title or search words. A search word equal to the
 * whole query counts most (staff chose it for this page), then the title containing every word.
 * 0 = no match.
 */
export function bestBetScore({ title, keywords }: PreparedPage, words: readonly string[]): number {
  if (words.length === 0) return 0;
  const inTitle = words.every((w) => title.includes(w));
  if (!inTitle && !words.every((w) => title.includes(w) || keywords.some((k) => k.includes(w)))) return 0;
  const exactKeyword = keywords.includes(words.join(' '));
  return 1 + (exactKeyword ? 2 : 0) + (inTitle ? 1 : 0);
}

function passesFilters(page: BestBetPage, query: SearchQuery): boolean {
  if (query.topic && page.g !== query.topic) return false;
  if (query.audience && !page.a?.includes(query.audience)) return false;
  return true;
}

/**
 * The best bets for a query, best first: highest score, then the list's own order (the site's: tools,
 * then articles topic by topic as staff ordered them). None without a typed word.
 */
export function bestBets(pages: readonly PreparedPage[], query: SearchQuery, limit = BEST_BETS_LIMIT): BestBetPage[] {
  const words = queryWords(query.q);
  if (words.length === 0) return [];
  return pages
    .map((prepared, order) => ({ page: prepared.page, order, score: passesFilters(prepared.page, query) ? bestBetScore(prepared, words) : 0 }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((c) => c.page);
}

/** The parts of a text with each typed word marked, for the summary under a best bet. */
export function markWords(text: string, query: string): { text: string; mark: boolean }[] {
  const words = queryWords(query).filter(Boolean);
  const parts: { text: string; mark: boolean }[] = [];
  const folded = foldText(text);
  // NFKC can change lengths (e.g. ㈱ → (株)); mark only when the text keeps its length, else show it plain.
  if (words.length === 0 || folded.length !== text.length) return [{ text, mark: false }];
  let i = 0;
  while (i < text.length) {
    let next = -1;
    let word = '';
    for (const w of words) {
      const at = folded.indexOf(w, i);
      if (at !== -1 && (next === -1 || at < next || (at === next && w.length > word.length))) [next, word] = [at, w];
    }
    if (next === -1) break;
    if (next > i) parts.push({ text: text.slice(i, next), mark: false });
    parts.push({ text: text.slice(next, next + word.length), mark: true });
    i = next + word.length;
  }
  if (i < text.length) parts.push({ text: text.slice(i), mark: false });
  return parts;
}
