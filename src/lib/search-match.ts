/**
 * Pagefind never says "nothing found" for Japanese as often as it should: a query word it does not know
 * is matched by its first characters (ラーメン finds カウンセラー and ラーニング), split into single kana
 * that start many words (ほげほげ → ほ|げ|ほ|げ finds ほか and 挙げ), or dropped (宇宙人 finds every page
 * with 人). Such results share only fragments with the query. A result counts as a real match when the page
 * (title, keywords or text) contains each word of the query, or at least every meaningful part of it.
 */
import { icuSegments } from './search-keywords';

export interface MatchablePage {
  title?: string;
  /** The searchable metadata Pagefind holds for the page (e.g. the keywords meta). */
  keywords?: string;
  /** The page's whole text, as Pagefind returns it in a result's data. */
  content: string;
}

/** Full-width and half-width letters and digits alike, and case ignored: how search compares text. */
export const foldText = (text: string) => text.normalize('NFKC').toLocaleLowerCase('ja');
/** Particles and okurigana (の, を, とは …): on their own they are in every Japanese page. */
const KANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;

/** The parts of a query word that a page must contain when it does not contain the word itself. */
export function meaningfulParts(word: string): string[] {
  return icuSegments(foldText(word)).filter((part) => !KANA_ONLY.test(part));
}

function containsWord(text: string, word: string): boolean {
  if (text.includes(word)) return true;
  const parts = meaningfulParts(word);
  return parts.length > 0 && parts.every((part) => text.includes(part));
}

/** The words a person typed, without the quotes of an exact search. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .replace(/["“”「」『』]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Whether the page really contains what was asked for (each word, or every meaningful part of it). */
export function isRealMatch(query: string, page: MatchablePage): boolean {
  const words = queryWords(query);
  if (words.length === 0) return true;
  const text = foldText([page.title ?? '', page.keywords ?? '', page.content].join('\n'));
  return words.every((word) => containsWord(text, word));
}

/**
 * True when Pagefind found pages but none of them (the ones checked: the first page of results) really
 * contains the query: the search should then say 「見つかりませんでした」 instead of listing them.
 */
export function onlyLooseMatches(query: string, pages: readonly MatchablePage[]): boolean {
  return pages.length > 0 && !pages.some((page) => isRealMatch(query, page));
}
