/** Names and navigation shared by every page. */
export const SITE_NAME = '職場の健康と安全ポータル';
export const SITE_TAGLINE = '働く人のこころと体を守るための、国の制度と取組の案内';

export interface NavLink {
  href: string;
  label: string;
}

export const MAIN_NAV: NavLink[] = [
  { href: '/guides/stress-check/', label: 'ストレスチェック' },
  { href: '/guides/return-to-work/', label: '職場復帰支援' },
  { href: '/guides/passive-smoking/', label: '受動喫煙防止対策' },
  { href: '/guides/excellent-company/', label: '安全衛生優良企業' },
  { href: '/check/', label: 'セルフチェック' },
  { href: '/seminars/', label: 'セミナー' },
  { href: '/search/', label: '検索' },
];

export const topicPath = (topicId: string) => `/guides/${topicId}/`;
export const guidePath = (guideId: string) => `/guides/${guideId}/`;
