import { describe, expect, it } from 'vitest';
import { guideSchema, topicSchema } from '../../src/lib/guide-schema';

const schema = guideSchema(['stress-check', 'overwork']);
const valid = {
  title: 'ストレスチェックを受ける方へ',
  description: 'ストレスチェックの仕組みと結果の扱いを説明します。',
  topic: 'stress-check',
  audience: ['労働者'],
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
    expect(problems(rest)).toEqual(['title: title（題名）は必須です']);
  });

  it('rejects a topic that is not in topics.json and lists the allowed ids', () => {
    expect(problems({ ...valid, topic: 'stress' })).toEqual([
      'topic: topic は content/topics.json にある id（stress-check, overwork）のどれかにしてください',
    ]);
  });

  it('rejects an unknown audience, an empty list and duplicates', () => {
    expect(problems({ ...valid, audience: ['経営者'] })).toEqual([
      'audience.0: audience は 労働者 / 事業者・人事労務 / 産業保健スタッフ から選んでください',
    ]);
    expect(problems({ ...valid, audience: [] })).toEqual(['audience: audience（対象者）を1つ以上書いてください']);
    expect(problems({ ...valid, audience: ['労働者', '労働者'] })).toEqual([
      'audience: audience に同じ対象者が重複しています',
    ]);
  });

  it('requires at least one source with an http(s) URL', () => {
    expect(problems({ ...valid, sources: [] })).toEqual(['sources: sources（出典）を1件以上書いてください']);
    expect(problems({ ...valid, sources: [{ name: 'x', url: 'ftp://example.jp/' }] })).toEqual([
      'sources.0.url: sources の url は http(s):// で始まる URL にしてください',
    ]);
    expect(problems({ ...valid, sources: [{ url: 'https://example.jp/' }] })).toEqual([
      'sources.0.name: sources の name（資料名）は必須です',
    ]);
  });

  it('rejects a date that is not a date', () => {
    expect(problems({ ...valid, lastReviewed: 'そのうち' })).toEqual([
      'lastReviewed: lastReviewed（最終確認日）は YYYY-MM-DD の日付にしてください',
    ]);
  });

  it('rejects misspelt keys instead of ignoring them', () => {
    expect(problems({ ...valid, lastreviewed: '2026-11-21' })).toHaveLength(1);
    expect(problems({ ...valid, lastreviewed: '2026-11-21' })[0]).toMatch(/lastreviewed/);
  });

  it('bounds the title and description lengths', () => {
    expect(problems({ ...valid, title: 'あ'.repeat(81) })).toEqual(['title: title（題名）は80文字以内にしてください']);
    expect(problems({ ...valid, description: '短い' })).toEqual([
      'description: description（概要）は10文字以上にしてください',
    ]);
  });
});

describe('topic schema', () => {
  it('accepts an ASCII id and rejects a Japanese one', () => {
    expect(topicSchema.parse({ id: 'overwork', title: '過重労働', summary: '説明', order: 5 }).id).toBe('overwork');
    expect(topicSchema.safeParse({ id: '過重労働', title: '過重労働', summary: '説明', order: 5 }).success).toBe(false);
  });
});
