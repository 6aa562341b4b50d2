/**
 * Which web sites count as official sources: the one allowlist used by the guide schema, the content
 * check and the tests. A source elsewhere may still be cited, but only labelled 「解説（民間）」 and never
 * as the only source of a guide.
 */
export const OFFICIAL_DOMAINS = [
  'go.jp', // 府省庁、独立行政法人（mhlw.go.jp, e-gov.go.jp, johas.go.jp, kokoro.mhlw.go.jp …）
  'lg.jp', // 都道府県・市区町村
  'jaish.gr.jp', // 安全衛生情報センター（中央労働災害防止協会、法令・通達の公開）
  'jisha.or.jp', // 中央労働災害防止協会（労働災害防止団体法に基づく団体）
] as const;

/** The label a non-official source carries in the data and on the page. */
export const UNOFFICIAL_LABEL = '解説（民間）';
export const SOURCE_KINDS = ['公式', UNOFFICIAL_LABEL] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};

/** Local governments on the older geographic domains, e.g. www.city.akabira.hokkaido.jp, pref.aichi.jp. */
const LOCAL_GOVERNMENT = /(^|\.)(pref|city|town|vill)\.[a-z-]+(\.[a-z-]+)?\.jp$/;

/** Whether a URL is on an official site: one of the domains above (or a subdomain), or a local government. */
export function isOfficialUrl(url: string): boolean {
  const host = hostOf(url);
  if (host === undefined) return false;
  return OFFICIAL_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`)) || LOCAL_GOVERNMENT.test(host);
}
