import { describe, expect, it } from 'vitest';
import { escapeXml, rssFeed, sitemap, type FeedItem } from '../../src/lib/seminars/feeds';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

const channel = {
  title: '職場の健康と安全ポータル セミナー',
  url: 'https://shokuba-kenko.example.jp/seminars/',
  description: '労働局・厚生労働省のセミナー・説明会の新着情報',
};

const items: FeedItem[] = [
  {
    title: 'メンタルヘルス対策セミナー（大阪）',
    url: 'https://shokuba-kenko.example.jp/seminars/2026-06-18-osaka/',
    description: '6月18日開催',
    published: new Date('2026-05-01T00:00:00Z'),
  },
  {
    title: '過労死等防止対策推進シンポジウム',
    url: 'https://shokuba-kenko.example.jp/seminars/2026-11-karoshi/',
    description: '11月開催',
    published: new Date('2026-06-10T03:00:00Z'),
  },
  {
    title: '受動喫煙防止対策 説明会',
    url: 'https://shokuba-kenko.example.jp/seminars/2026-05-smoking/',
    description: '5月開催',
    published: new Date('2026-04-15T00:00:00Z'),
  },
];

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('escapes an existing entity again (the input is plain text) and leaves Japanese alone', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
    expect(escapeXml('安全衛生「優良企業」＆表彰')).toBe('安全衛生「優良企業」＆表彰');
  });
});

describe('rssFeed', () => {
  it('writes the whole feed: declaration, channel with language ja, items newest first', () => {
    expect(rssFeed(channel, items)).toBe(
      [
        XML_DECLARATION,
        '<rss version="2.0">',
        '<channel><title>職場の健康と安全ポータル セミナー</title><link>https://shokuba-kenko.example.jp/seminars/</link><description>労働局・厚生労働省のセミナー・説明会の新着情報</description><language>ja</language>',
        '<item><title>過労死等防止対策推進シンポジウム</title><link>https://shokuba-kenko.example.jp/seminars/2026-11-karoshi/</link><guid isPermaLink="true">https://shokuba-kenko.example.jp/seminars/2026-11-karoshi/</guid><pubDate>Wed, 10 Jun 2026 03:00:00 GMT</pubDate><description>11月開催</description></item>',
        '<item><title>メンタルヘルス対策セミナー（大阪）</title><link>https://shokuba-kenko.example.jp/seminars/2026-06-18-osaka/</link><guid isPermaLink="true">https://shokuba-kenko.example.jp/seminars/2026-06-18-osaka/</guid><pubDate>Fri, 01 May 2026 00:00:00 GMT</pubDate><description>6月18日開催</description></item>',
        '<item><title>受動喫煙防止対策 説明会</title><link>https://shokuba-kenko.example.jp/seminars/2026-05-smoking/</link><guid isPermaLink="true">https://shokuba-kenko.example.jp/seminars/2026-05-smoking/</guid><pubDate>Wed, 15 Apr 2026 00:00:00 GMT</pubDate><description>5月開催</description></item>',
        '</channel>',
        '</rss>',
        '',
      ].join('\n'),
    );
  });

  it('starts with the XML declaration and has <language>ja</language> once', () => {
    const xml = rssFeed(channel, items);
    expect(xml.startsWith(`${XML_DECLARATION}\n`)).toBe(true);
    expect(xml.match(/<language>ja<\/language>/g)).toHaveLength(1);
  });

  it('sorts newest first whatever the input order, and does not reorder the caller’s array', () => {
    const input = [items[2], items[0], items[1]];
    const dates = [...rssFeed(channel, input).matchAll(/<pubDate>([^<]*)<\/pubDate>/g)].map((m) => m[1]);
    expect(dates).toEqual(['Wed, 10 Jun 2026 03:00:00 GMT', 'Fri, 01 May 2026 00:00:00 GMT', 'Wed, 15 Apr 2026 00:00:00 GMT']);
    expect(input).toEqual([items[2], items[0], items[1]]);
  });

  it('writes pubDate in RFC 822 form (toUTCString), in GMT even for a JST-evening date', () => {
    const published = new Date('2026-06-18T14:00:00+09:00');
    const xml = rssFeed(channel, [{ ...items[0], published }]);
    expect(xml).toContain('<pubDate>Thu, 18 Jun 2026 05:00:00 GMT</pubDate>');
    expect(xml).toContain(`<pubDate>${published.toUTCString()}</pubDate>`);
    const lateJst = rssFeed(channel, [{ ...items[0], published: new Date('2027-01-01T08:00:00+09:00') }]);
    expect(lateJst).toContain('<pubDate>Thu, 31 Dec 2026 23:00:00 GMT</pubDate>');
    expect(lateJst.match(/<pubDate>([^<]*)<\/pubDate>/)![1]).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  });

  it('escapes & < > " \' in channel and item text and in URLs', () => {
    const xml = rssFeed(
      { title: 'セミナー <新着> & "お知らせ"', url: 'https://example.jp/?a=1&b=2', description: "労働局's" },
      [{ title: 'A&B <C> "D" \'E\'', url: 'https://example.jp/s/?id=1&x=<y>', description: '5 > 3 & 2 < 4', published: new Date('2026-05-01T00:00:00Z') }],
    );
    expect(xml).toContain('<channel><title>セミナー &lt;新着&gt; &amp; &quot;お知らせ&quot;</title><link>https://example.jp/?a=1&amp;b=2</link><description>労働局&apos;s</description>');
    expect(xml).toContain(
      '<item><title>A&amp;B &lt;C&gt; &quot;D&quot; &apos;E&apos;</title><link>https://example.jp/s/?id=1&amp;x=&lt;y&gt;</link><guid isPermaLink="true">https://example.jp/s/?id=1&amp;x=&lt;y&gt;</guid><pubDate>Fri, 01 May 2026 00:00:00 GMT</pubDate><description>5 &gt; 3 &amp; 2 &lt; 4</description></item>',
    );
    // Nothing unescaped slipped through: every & starts an entity.
    expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/&/);
  });

  it('writes an empty channel when there are no items', () => {
    expect(rssFeed(channel, [])).toBe(
      [
        XML_DECLARATION,
        '<rss version="2.0">',
        '<channel><title>職場の健康と安全ポータル セミナー</title><link>https://shokuba-kenko.example.jp/seminars/</link><description>労働局・厚生労働省のセミナー・説明会の新着情報</description><language>ja</language>',
        '</channel>',
        '</rss>',
        '',
      ].join('\n'),
    );
  });
});

describe('sitemap', () => {
  it('dedupes, sorts and escapes the URLs', () => {
    expect(
      sitemap([
        'https://shokuba-kenko.example.jp/seminars/',
        'https://shokuba-kenko.example.jp/guides/?topic=stress-check&page=2',
        'https://shokuba-kenko.example.jp/',
        'https://shokuba-kenko.example.jp/seminars/',
        'https://shokuba-kenko.example.jp/guides/',
      ]),
    ).toBe(
      [
        XML_DECLARATION,
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '<url><loc>https://shokuba-kenko.example.jp/</loc></url>',
        '<url><loc>https://shokuba-kenko.example.jp/guides/</loc></url>',
        '<url><loc>https://shokuba-kenko.example.jp/guides/?topic=stress-check&amp;page=2</loc></url>',
        '<url><loc>https://shokuba-kenko.example.jp/seminars/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('starts with the XML declaration and lists each URL once', () => {
    const xml = sitemap(['https://a.example.jp/x/', 'https://a.example.jp/x/', 'https://a.example.jp/x/']);
    expect(xml.startsWith(`${XML_DECLARATION}\n`)).toBe(true);
    expect(xml.match(/<loc>/g)).toHaveLength(1);
  });

  it('writes an empty urlset for no URLs', () => {
    expect(sitemap([])).toBe(`${XML_DECLARATION}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>\n`);
  });
});
