/** RSS 2.0 for new seminars and a sitemap for the whole site, as plain strings. */
export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export interface FeedItem {
  title: string;
  url: string;
  description: string;
  published: Date;
}

export function rssFeed(channel: { title: string; url: string; description: string }, items: readonly FeedItem[]): string {
  const sorted = [...items].sort((a, b) => b.published.getTime() - a.published.getTime());
  const item = (i: FeedItem) =>
    `<item><title>${escapeXml(i.title)}</title><link>${escapeXml(i.url)}</link><guid isPermaLink="true">${escapeXml(i.url)}</guid><pubDate>${i.published.toUTCString()}</pubDate><description>${escapeXml(i.description)}</description></item>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    `<channel><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.url)}</link><description>${escapeXml(channel.description)}</description><language>ja</language>`,
    ...sorted.map(item),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function sitemap(urls: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...new Set(urls)].sort().map((u) => `<url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
