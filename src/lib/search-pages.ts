/**
 * Search words for the pages that are not guides (the self-checks, seminars, materials). A guide takes its
 * words from its frontmatter (`keywords`); these pages publish theirs here, with the same word parts, as
 * hidden metadata: `<meta slot="head" data-pagefind-meta="keywords[content]" content={pageKeywords('…')} />`.
 */
import { searchKeywords } from './search-keywords';

const PAGE_KEYWORDS = {
  'check-index': ['セルフチェック', '自己診断', 'チェック'],
  'check-stress': ['ストレスチェック', 'セルフチェック', 'ストレスセルフチェック', '職業性ストレス簡易調査票', '57項目', '高ストレス', 'メンタルヘルス'],
  'check-excellent-company': ['自己診断', '安全衛生優良企業', 'ホワイトマーク', '認定基準', '評価項目', 'セルフチェック'],
  'check-group-analysis': ['集団分析', '仕事のストレス判定図', 'ストレス判定図', '集計', '職場環境改善'],
  seminars: ['セミナー', '説明会', 'シンポジウム', '事例発表会', '研修', '講演', '申込'],
  materials: ['資料', '資料ダウンロード', 'ダウンロード', 'PDF', '配布資料', '講演資料', '当日資料'],
} as const satisfies Record<string, readonly string[]>;

export type SearchPage = keyof typeof PAGE_KEYWORDS;

/** The keywords meta of a page: each word and its parts, space-separated. */
export function pageKeywords(page: SearchPage): string {
  return searchKeywords(PAGE_KEYWORDS[page]);
}

/** What kind of page a result is, shown under its title (guides show their topic instead). */
export const PAGE_KINDS = {
  check: 'セルフチェック・自己診断',
  seminar: 'セミナー・説明会',
  materials: '資料ダウンロード',
} as const;
