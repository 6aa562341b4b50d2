import type { NavLink } from './site';

/** Offered when a search finds nothing: words that do find articles, and pages to browse instead. */
export const SUGGESTED_TERMS = ['ストレスチェック', '面接指導', '職場復帰', '受動喫煙', '過重労働', '安全衛生優良企業'] as const;

export const SUGGESTED_PAGES: readonly NavLink[] = [
  { href: '/guides/', label: '記事一覧' },
  { href: '/check/', label: 'セルフチェック' },
];

/** The address of the search for a term, e.g. /search/?q=%E5%8F%97… */
export function searchHref(term: string): string {
  return `/search/?${new URLSearchParams({ q: term })}`;
}
