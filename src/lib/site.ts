/** Names and navigation shared by every page. */
export const SITE_NAME = '職場の健康と安全ポータル';
export const SITE_TAGLINE = '働く人のこころと体を守るための、国の制度と取組の案内';

export interface NavLink {
  href: string;
  label: string;
}

export const topicPath = (topicId: string) => `/guides/${topicId}/`;
export const guidePath = (guideId: string) => `/guides/${guideId}/`;

/** Shown in the header on wide screens; everything is also in the メニュー. */
export const MAIN_NAV: NavLink[] = [
  { href: '/guides/', label: '記事一覧' },
  { href: '/check/', label: 'セルフチェック' },
  { href: '/seminars/', label: 'セミナー' },
  { href: '/help/', label: '相談窓口' },
];

/** The メニュー: every section of the site, topics first (their titles come from content/topics/). */
export function menuSections(topics: readonly { id: string; title: string }[]): NavLink[] {
  return [
    ...topics.map((t) => ({ href: topicPath(t.id), label: t.title })),
    { href: '/guides/', label: '記事一覧' },
    { href: '/check/', label: 'セルフチェック・自己診断' },
    { href: '/seminars/', label: 'セミナー・説明会' },
    { href: '/materials/', label: '資料ダウンロード' },
    { href: '/help/', label: '相談窓口' },
    { href: '/search/', label: 'サイト内検索' },
  ];
}

/** Whether a link is the current page ('page') or the section the current page is in ('true'). */
export function currentMark(href: string, pathname: string): 'page' | 'true' | undefined {
  if (href === pathname) return 'page';
  return href !== '/' && pathname.startsWith(href) ? 'true' : undefined;
}
