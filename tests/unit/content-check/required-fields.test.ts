import { afterAll, describe, expect, it } from 'vitest';
import { guide, guideWith, problemLines, removeFixtures, seminarWith } from './fixture';

afterAll(removeFixtures);

// Rule 2: a missing field is called missing (not "write it as YYYY-MM-DD"), with an example to copy.
describe('content check: required fields', () => {
  it('a guide without lastReviewed: at the first frontmatter line', async () => {
    expect(await problemLines({ 'content/guides/support/x.mdx': guideWith('lastReviewed', null) })).toEqual([
      'content/guides/support/x.mdx:2 lastReviewed は必須です（例：lastReviewed: 2026-11-29）',
    ]);
  });

  it('a guide with only a title: every missing field, each with its example', async () => {
    expect(await problemLines({ 'content/guides/support/x.mdx': guide(['title: 題名だけの記事']) })).toEqual([
      'content/guides/support/x.mdx:2 description は必須です（例：description: 職場のストレスチェックで何を聞かれ、結果が誰に届くのかを説明します。）',
      'content/guides/support/x.mdx:2 topic は必須です（例：topic: stress-check）',
      'content/guides/support/x.mdx:2 audience は必須です（例：audience: [働く方]）',
      'content/guides/support/x.mdx:2 lastReviewed は必須です（例：lastReviewed: 2026-11-29）',
      'content/guides/support/x.mdx:2 sources は必須です。公的な出典を1件以上書いてください（例：「sources:」の次の行から「  - name: こころの耳（厚生労働省）」「    url: https://kokoro.mhlw.go.jp/」）',
    ]);
  });

  it('a key with nothing after it counts as missing; a source without its url, at the source', async () => {
    expect(
      await problemLines({
        'content/guides/support/x.mdx': guide([
          'title:',
          'description: 内容チェックのテストに使う記事です。',
          'topic: support',
          'audience: [働く方]',
          'lastReviewed: 2026-11-21',
          'sources:',
          '  - name: こころの耳（厚生労働省）',
        ]),
      }),
    ).toEqual([
      'content/guides/support/x.mdx:2 title は必須です（例：title: ストレスチェックを受ける方へ）',
      'content/guides/support/x.mdx:8 sources の url は必須です（例：url: https://kokoro.mhlw.go.jp/）',
    ]);
  });

  it('a seminar without venue, fee and apply', async () => {
    expect(
      await problemLines({
        'content/seminars/2026-12-test.md': seminarWith({ 'venue:': null, 'fee:': null, 'apply:': null, '  contact:': null }),
      }),
    ).toEqual([
      'content/seminars/2026-12-test.md:2 venue は必須です（例：venue: 大阪市内の会議室）',
      'content/seminars/2026-12-test.md:2 fee は必須です（例：fee: 無料）',
      'content/seminars/2026-12-test.md:2 apply は必須です（例：apply: { contact: 事務局（seminar@example.jp） }）',
    ]);
  });
});
