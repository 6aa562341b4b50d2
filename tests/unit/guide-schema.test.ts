import { describe, expect, it } from 'vitest';
import { guideSchema, topicSchema } from '../../src/lib/guide-schema';

const schema = guideSchema(['stress-check', 'overwork']);
const valid = {
  title: 'ストレスチェックを受ける方へ',
  description: 'ストレスチェックの仕組みと結果の扱いを説明します。',
  topic: 'stress-check',
  audience: ['働く方'],
  lastReviewed: '2026-11-21',
  sources: [{ name: 'こころの耳', url: 'https://kokoro.mhlw.go.jp/' }],
  keywords: ['ストレスチェック'],
};

/** The field paths and messages of a failed parse, as Astro prints them. */
const problems = (input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('guide frontmatter schema', () => {
  it('accepts a complete article and fills the defaults', () => {
    const { order, keywords, lastReviewed } = schema.parse({ ...valid, keywords: undefined });
    expect(order).toBe(100);
    expect(keywords).toEqual([]);
    expect(lastReviewed).toEqual(new Date('2026-11-21T00:00:00.000Z'));
  });

  it('names the missing title in Japanese', () => {
    const { title: _, ...rest } = valid;
    expect(problems(rest)).toEqual(['title: title は必須です（例：title: ストレスチェックを受ける方へ）']);
  });

  it('rejects a topic that is not in content/topics/ and lists the allowed ids', () => {
    expect(problems({ ...valid, topic: 'stress' })).toEqual([
      'topic: topic「stress」は content/topics/ のトピックにありません（stress-check, overwork のどれか）',
    ]);
  });

  it('rejects an unknown audience, an empty list and duplicates', () => {
    expect(problems({ ...valid, audience: ['経営者'] })).toEqual([
      'audience.0: audience「経営者」は使えません（働く方 / 事業者・人事労務 / 産業保健スタッフ のどれか）',
    ]);
    expect(problems({ ...valid, audience: [] })).toEqual(['audience: audience が空です。1つ以上書いてください（例：audience: [働く方]）']);
    expect(problems({ ...valid, audience: ['働く方', '働く方'] })).toEqual([
      'audience: audience「働く方」が2回書かれています。1回にしてください',
    ]);
  });

  it('requires at least one source, each with an https URL', () => {
    expect(problems({ ...valid, sources: [] })).toEqual([
      'sources: sources が空です。公的な出典を1件以上書いてください（例：「sources:」の次の行から「  - name: こころの耳（厚生労働省）」「    url: https://kokoro.mhlw.go.jp/」）',
    ]);
    expect(problems({ ...valid, sources: [{ name: 'x', url: 'http://www.mhlw.go.jp/' }] })).toEqual([
      'sources.0.url: sources の url「http://www.mhlw.go.jp/」は https:// で始まる URL にしてください（例：url: https://kokoro.mhlw.go.jp/）',
    ]);
    expect(problems({ ...valid, sources: [{ url: 'https://www.mhlw.go.jp/' }] })).toEqual([
      'sources.0.name: sources の name は必須です（例：name: こころの耳（厚生労働省））',
    ]);
  });

  it('a source off the official sites must say 解説（民間）, and a guide needs one official source', () => {
    const blog = { name: '社労士の解説', url: 'https://example.com/column/1' };
    expect(problems({ ...valid, sources: [...valid.sources, blog] })).toEqual([
      'sources.1.url: sources の url「https://example.com/column/1」は公的機関のサイト（go.jp など）ではありません。公式の資料に替えるか、「kind: 解説（民間）」を書き足してください',
    ]);
    expect(problems({ ...valid, sources: [...valid.sources, { ...blog, kind: '解説（民間）' }] })).toEqual([]);
    expect(problems({ ...valid, sources: [{ ...blog, kind: '解説（民間）' }] })).toEqual([
      'sources: sources に公的機関の資料（go.jp など）がありません。1件以上入れてください（例：「sources:」の次の行から「  - name: こころの耳（厚生労働省）」「    url: https://kokoro.mhlw.go.jp/」）',
    ]);
    expect(problems({ ...valid, sources: [{ ...valid.sources[0], kind: '解説（民間）' }] })).toEqual([
      'sources.0.kind: sources の url「https://kokoro.mhlw.go.jp/」は公的機関のサイトです。「kind: 解説（民間）」は外してください',
    ]);
  });

  it('rejects a date that is not a date, a day that does not exist, and a missing date', () => {
    expect(problems({ ...valid, lastReviewed: 'そのうち' })).toEqual([
      'lastReviewed: lastReviewed「そのうち」は YYYY-MM-DD の形で書いてください（例：2026-11-29）',
    ]);
    expect(problems({ ...valid, lastReviewed: '2026-13-45' })).toEqual(['lastReviewed: lastReviewed「2026-13-45」は存在しない日付です（例：2026-11-29）']);
    expect(problems({ ...valid, lastReviewed: '2026-11-31' })).toEqual(['lastReviewed: lastReviewed「2026-11-31」は存在しない日付です（例：2026-11-29）']);
    expect(problems({ ...valid, lastReviewed: '2026-02-29' })).toEqual(['lastReviewed: lastReviewed「2026-02-29」は存在しない日付です（例：2026-11-29）']);
    expect(problems({ ...valid, lastReviewed: undefined })).toEqual(['lastReviewed: lastReviewed は必須です（例：lastReviewed: 2026-11-29）']);
    expect(problems({ ...valid, lastReviewed: new Date('invalid') })).toEqual(['lastReviewed: lastReviewed は YYYY-MM-DD の形で書いてください（例：2026-11-29）']);
  });

  it('accepts a leap day and the Date js-yaml makes of an unquoted date, as UTC midnight', () => {
    expect(schema.parse({ ...valid, lastReviewed: '2028-02-29' }).lastReviewed).toEqual(new Date('2028-02-29T00:00:00.000Z'));
    expect(schema.parse({ ...valid, lastReviewed: new Date('2026-11-21T00:00:00Z') }).lastReviewed).toEqual(new Date('2026-11-21T00:00:00.000Z'));
  });

  it('rejects misspelt keys instead of ignoring them, naming the keys that are allowed', () => {
    expect(problems({ ...valid, lastreviewed: '2026-11-21' })).toEqual([
      ': lastreviewed という項目は使えません（使える項目：title, description, topic, audience, order, lastReviewed, sources, keywords）',
    ]);
  });

  it('bounds the title and description lengths', () => {
    expect(problems({ ...valid, title: 'あ'.repeat(81) })).toEqual([`title: title「${'あ'.repeat(40)}…」は80文字以内にしてください（今は81文字）`]);
    expect(problems({ ...valid, description: '短い' })).toEqual(['description: description「短い」は10文字以上にしてください（今は2文字）']);
    expect(problems({ ...valid, title: 2026 })).toEqual([
      'title: title「2026」は文字で書いてください。数字だけのときは "2026" のように " で囲んでください（例：title: ストレスチェックを受ける方へ）',
    ]);
  });
});

describe('topic schema', () => {
  it('accepts an ASCII id and rejects a Japanese one', () => {
    expect(topicSchema.parse({ id: 'overwork', title: '過重労働', summary: '説明', order: 5 }).id).toBe('overwork');
    expect(topicSchema.safeParse({ id: '過重労働', title: '過重労働', summary: '説明', order: 5 }).success).toBe(false);
  });
});
