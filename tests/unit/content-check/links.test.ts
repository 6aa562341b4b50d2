import { afterAll, describe, expect, it } from 'vitest';
import { buildRouteIndex, entryId, pageRoute } from '../../../src/lib/content-check/routes';
import { guide, problemLines, removeFixtures } from './fixture';

afterAll(removeFixtures);

// Rule 9: internal links must reach a page that is built, and an anchor into a guide must be one of its headings.
describe('content check: internal links and anchors', () => {
  it('broken pages, anchors into guides and anchors into the article itself', async () => {
    const body = [
      '## 相談の前に', // 11
      '',
      '[ない記事](/guides/support/no-such-guide/)', // 13
      '[ないトピック](/guides/mental-health/)', // 14
      '[見出しがない](/guides/support/kokoro-no-mimi/#no-such-heading)', // 15
      '[自分の見出し](#相談の前に) と [ない見出し](#相談のあと)', // 16
      '<a href="/no-such-page/">ない</a>', // 17
      '',
      '<RelatedLinks links={[',
      '  { href: "/guides/support/sanpo-centers/", label: "ある" },',
      '  { href: "/guides/overwork/overtime/", label: "ない" }', // 21
      ']} />',
    ].join('\n');
    expect(await problemLines({ 'content/guides/support/x.mdx': guide(undefined, body) })).toEqual([
      'content/guides/support/x.mdx:13 リンク先「/guides/support/no-such-guide/」のページがありません（このトピックの記事：/guides/support/kokoro-no-mimi/, /guides/support/sanpo-centers/, /guides/support/x/）',
      'content/guides/support/x.mdx:14 リンク先「/guides/mental-health/」のページがありません（アドレスを確かめてください。記事は /guides/<トピック>/<ファイル名>/ の形です）',
      'content/guides/support/x.mdx:15 リンク先「/guides/support/kokoro-no-mimi/#no-such-heading」の #no-such-heading はその記事の見出しにありません（見出しの id：#誰がどんなことを相談できるか, #3つの相談方法, #受付時間について分かっていること, #相談できないこと, #相談の前に準備しておくこと）',
      'content/guides/support/x.mdx:16 リンク先「#相談のあと」の見出しがこの記事にありません（見出しの id：#相談の前に）',
      'content/guides/support/x.mdx:17 a の href「/no-such-page/」のページがありません（アドレスを確かめてください。記事は /guides/<トピック>/<ファイル名>/ の形です）',
      'content/guides/support/x.mdx:21 RelatedLinks の href「/guides/overwork/overtime/」のページがありません（このトピックの記事：/guides/overwork/health-measures/, /guides/overwork/overtime-limits/）',
    ]);
  });

  it('accepts every kind of address the site has', async () => {
    const body = [
      '## 見出し',
      '',
      '[トップ](/) [セルフチェック](/check/stress/) [スラッシュなし](/check/stress) [トピック](/guides/support/)',
      '[見出しへ](/guides/support/kokoro-no-mimi/#3つの相談方法) [符号化した見出し](/guides/support/kokoro-no-mimi/#%E7%9B%B8%E8%AB%87%E3%81%A7%E3%81%8D%E3%81%AA%E3%81%84%E3%81%93%E3%81%A8)',
      '[セミナー](/seminars/2026-06-mental-health-osaka/) [カレンダー](/seminars/2026-06-mental-health-osaka.ics) [RSS](/seminars/rss.xml)',
      '[サイトマップ](/sitemap.xml) [資料](/materials/) [ファイル](/materials/stress-check-annual-flow.pdf) [外](https://www.mhlw.go.jp/)',
      '[この記事の見出し](#見出し) [問い合わせ](mailto:seminar@example.jp)',
      '',
      '```',
      '[コードの中](/no/where/)',
      '```',
    ].join('\n');
    expect(await problemLines({ 'content/guides/support/x.mdx': guide(undefined, body) })).toEqual([]);
  });
});

describe('route index', () => {
  it('maps page files to addresses the way Astro does', () => {
    expect(pageRoute('index.astro')).toBe('/');
    expect(pageRoute('search.astro')).toBe('/search/');
    expect(pageRoute('check/index.astro')).toBe('/check/');
    expect(pageRoute('check/stress.astro')).toBe('/check/stress/');
    expect(pageRoute('sitemap.xml.ts')).toBe('/sitemap.xml');
    expect(pageRoute('api/event.ts')).toBe('/api/event');
    expect(pageRoute('guides/[topic]/[slug].astro')).toBeNull();
    expect(pageRoute('seminars/[id].ics.ts')).toBeNull();
    expect(pageRoute('_draft.astro')).toBeNull();
    expect(pageRoute('styles.css')).toBeNull();
  });

  it('gives guides and seminars the ids of Astro’s glob loader', () => {
    expect(entryId('support/kokoro-no-mimi.mdx')).toBe('support/kokoro-no-mimi');
    expect(entryId('2026-06-mental-health-osaka.md')).toBe('2026-06-mental-health-osaka');
    expect(entryId('support/Kokoro No Mimi.mdx')).toBe('support/kokoro-no-mimi');
    const routes = buildRouteIndex({
      pageFiles: ['index.astro', 'sitemap.xml.ts'],
      publicFiles: ['materials/a.pdf'],
      topicIds: ['support'],
      guides: [{ path: 'support/a.mdx', ids: ['x'] }, { path: 'deep/er/b.mdx', ids: [] }],
      seminars: ['2026-01-a.md'],
    });
    expect([...routes.pages].sort()).toEqual(['/', '/guides/support/', '/guides/support/a/', '/seminars/2026-01-a.ics', '/seminars/2026-01-a/', '/sitemap.xml']);
    expect([...routes.files]).toEqual(['/materials/a.pdf']);
    expect([...routes.guides]).toEqual([['/guides/support/a/', ['x']]]);
  });
});
