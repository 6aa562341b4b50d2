/**
 * Search words for the pages that are not guides (the self-checks, seminars, materials). A guide takes its
 * words from its frontmatter (`keywords`); these pages publish theirs here, with the same word parts, as
 * hidden metadata: `<meta slot="head" data-pagefind-meta="keywords[content]" content={pageKeywords('…')} />`.
 */
import { searchKeywords } from './search-keywords';

/** What kind of page a result is, shown under its title (guides show their topic instead). */
export const PAGE_KINDS = {
  check: 'セルフチェック・自己診断',
  seminar: 'セミナー・説明会',
  materials: '資料ダウンロード',
} as const;

interface SearchPageInfo {
  href: string;
  title: string;
  description: string;
  kind: keyof typeof PAGE_KINDS;
  keywords: readonly string[];
}

/** Each page's address, title and description (its page uses these), kind and search words. */
export const SEARCH_PAGES = {
  'check-index': {
    href: '/check/',
    title: 'セルフチェック・自己診断',
    description: 'ブラウザの中だけで動くセルフチェックと自己診断の一覧です。回答はこの端末の外に送られません。',
    kind: 'check',
    keywords: ['セルフチェック', '自己診断', 'チェック'],
  },
  'check-stress': {
    href: '/check/stress/',
    title: 'ストレスセルフチェック（57項目）',
    description: '厚生労働省の職業性ストレス簡易調査票（57項目）で、いまのストレスの状態を確かめられます。回答はこの端末の外に送られません。',
    kind: 'check',
    keywords: ['ストレスチェック', 'セルフチェック', 'ストレスセルフチェック', '職業性ストレス簡易調査票', '57項目', '高ストレス', 'メンタルヘルス'],
  },
  'check-excellent-company': {
    href: '/check/excellent-company/',
    title: '安全衛生優良企業 自己診断（参考版）',
    description: '安全衛生優良企業公表制度の認定基準の構成と合否の基準にそって、自社の取組を○×で確かめる参考版の自己診断です。回答はこの端末の外に送られません。',
    kind: 'check',
    keywords: ['自己診断', '安全衛生優良企業', 'ホワイトマーク', '認定基準', '評価項目', 'セルフチェック'],
  },
  'check-group-analysis': {
    href: '/check/group-analysis/',
    title: '集団分析（仕事のストレス判定図）',
    description: 'ストレスチェックの回答のCSVから、集団ごとの高ストレス者の割合と仕事のストレス判定図をブラウザの中だけで作ります。回答はこの端末の外に送られません。',
    kind: 'check',
    keywords: ['集団分析', '仕事のストレス判定図', 'ストレス判定図', '集計', '職場環境改善'],
  },
  seminars: {
    href: '/seminars/',
    title: 'セミナー・説明会',
    description: '職場のメンタルヘルス・安全衛生に関するセミナーと説明会の日程、申込方法、資料です。',
    kind: 'seminar',
    keywords: ['セミナー', '説明会', 'シンポジウム', '事例発表会', '研修', '講演', '申込'],
  },
  materials: {
    href: '/materials/',
    title: '資料ダウンロード',
    description: 'セミナー・説明会で使った資料をトピックごとにまとめています。',
    kind: 'materials',
    keywords: ['資料', '資料ダウンロード', 'ダウンロード', 'PDF', '配布資料', '講演資料', '当日資料'],
  },
} as const satisfies Record<string, SearchPageInfo>;

export type SearchPage = keyof typeof SEARCH_PAGES;

/** The keywords meta of a page: each word and its parts, space-separated. */
export function pageKeywords(page: SearchPage): string {
  return searchKeywords(SEARCH_PAGES[page].keywords);
}
