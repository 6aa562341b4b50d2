import { z } from 'astro/zod';
import { contentDay } from './content-dates';
import { isOfficialUrl, SOURCE_KINDS, UNOFFICIAL_LABEL } from './official-sources';
import {
  entryError,
  fieldError,
  named,
  notAllowedMessage,
  notListMessage,
  notTextMessage,
  objectError,
  requiredMessage,
} from './content-messages';

/** Who an article is written for. The labels are shown to readers as they are. */
export const AUDIENCES = ['働く方', '事業者・人事労務', '産業保健スタッフ'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Error messages are Japanese because staff read them, in the content check and in the build log (where
 * Astro prefixes each with the field path). Each starts with the field and ends with an example.
 */

/** A text field of min..max characters. */
export function textField(field: string, example: string, { min = 1, max }: { min?: number; max?: number } = {}) {
  const base = z
    .string(fieldError(field, example, (input) => notTextMessage(field, input, example)))
    .min(min, {
      error: (iss) =>
        min === 1 || iss.input === ''
          ? `${field} が空です（例：${example}）`
          : `${named(field, iss.input)}は${min}文字以上にしてください（今は${String(iss.input).length}文字）`,
    });
  return max === undefined
    ? base
    : base.max(max, { error: (iss) => `${named(field, iss.input)}は${max}文字以内にしてください（今は${String(iss.input).length}文字）` });
}

/** A list written `[a, b]` whose entries come from `allowed`, at least one, none twice. */
export function choiceList<const T extends readonly [string, ...string[]]>(field: string, allowed: T, example: string) {
  return z
    .array(z.enum(allowed, { error: (iss) => notAllowedMessage(field, iss.input, allowed) }), {
      error: (iss) => (iss.input === undefined || iss.input === null ? requiredMessage(field, example) : notListMessage(field, iss.input, example)),
    })
    .min(1, { error: `${field} が空です。1つ以上書いてください（例：${example}）` })
    .superRefine((list, ctx) => {
      const twice = list.find((value, i) => list.indexOf(value) !== i);
      if (twice) ctx.addIssue({ code: 'custom', message: `${field}「${twice}」が2回書かれています。1回にしてください` });
    });
}

const TOPIC_EXAMPLE = { id: 'overwork', title: '過重労働・長時間労働', summary: '36協定と時間外労働の上限規制を説明します。', order: 5 };
const topicExample = (key: keyof typeof TOPIC_EXAMPLE) => `"${key}": ${JSON.stringify(TOPIC_EXAMPLE[key])}`;

/** One topic, content/topics/<id>.json (JSON, so the examples are JSON). */
export const topicSchema = z.strictObject(
  {
    id: z
      .string(fieldError('id', topicExample('id'), (input) => notTextMessage('id', input, topicExample('id'))))
      .regex(/^[a-z0-9-]+$/, { error: (iss) => `${named('id', iss.input)}は半角英小文字・数字・ハイフンで書いてください（例：${topicExample('id')}）` }),
    title: textField('title', topicExample('title')),
    summary: textField('summary', topicExample('summary')),
    order: z.int(fieldError('order', topicExample('order'), (input) => `${named('order', input)}は整数にしてください（例：${topicExample('order')}）`)),
  },
  entryError('トピック', ['id', 'title', 'summary', 'order'], JSON.stringify(TOPIC_EXAMPLE)),
);
export type Topic = z.infer<typeof topicSchema>;

const orderMessage = (input: unknown) => `${named('order', input)}は1以上の整数にしてください（例：order: 1）`;

const SOURCE_EXAMPLE = { name: 'name: こころの耳（厚生労働省）', url: 'url: https://kokoro.mhlw.go.jp/' };
const KIND_EXAMPLE = `kind: ${UNOFFICIAL_LABEL}`;

/**
 * One source. Official sites (src/lib/official-sources.ts) need no kind; any other site must say
 * `kind: 解説（民間）`, which the page shows next to the link. Only https addresses are accepted.
 */
const source = z
  .strictObject(
    {
      name: textField('sources の name', SOURCE_EXAMPLE.name),
      url: z.url({
        protocol: /^https$/,
        ...fieldError('sources の url', SOURCE_EXAMPLE.url, (input) => `${named('sources の url', input)}は https:// で始まる URL にしてください（例：${SOURCE_EXAMPLE.url}）`),
      }),
      kind: z
        .enum(SOURCE_KINDS, { error: (iss) => notAllowedMessage('sources の kind', iss.input, SOURCE_KINDS) })
        .default('公式'),
    },
    objectError('sources', `- ${SOURCE_EXAMPLE.name} と ${SOURCE_EXAMPLE.url} の組`, ['name', 'url', 'kind']),
  )
  .superRefine((s, ctx) => {
    const official = isOfficialUrl(s.url);
    if (!official && s.kind !== UNOFFICIAL_LABEL) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `${named('sources の url', s.url)}は公的機関のサイト（go.jp など）ではありません。公式の資料に替えるか、「${KIND_EXAMPLE}」を書き足してください`,
      });
    } else if (official && s.kind === UNOFFICIAL_LABEL) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: `${named('sources の url', s.url)}は公的機関のサイトです。「${KIND_EXAMPLE}」は外してください` });
    }
  });

const GUIDE_KEYS = ['title', 'description', 'topic', 'audience', 'order', 'lastReviewed', 'sources', 'keywords'] as const;
const SOURCES_EXAMPLE = `「sources:」の次の行から「  - ${SOURCE_EXAMPLE.name}」「    ${SOURCE_EXAMPLE.url}」`;

/** Frontmatter of a guide article. */
export function guideSchema(topicIds: readonly string[]) {
  const topicExample = `topic: ${topicIds[0] ?? 'stress-check'}`;
  return z.strictObject(
    {
      title: textField('title', 'title: ストレスチェックを受ける方へ', { max: 80 }),
      description: textField('description', 'description: 職場のストレスチェックで何を聞かれ、結果が誰に届くのかを説明します。', {
        min: 10,
        max: 200,
      }),
      topic: z
        .string(fieldError('topic', topicExample, (input) => notTextMessage('topic', input, topicExample)))
        .refine((t) => topicIds.includes(t), {
          error: (iss) => `${named('topic', iss.input)}は content/topics/ のトピックにありません（${topicIds.join(', ')} のどれか）`,
        }),
      audience: choiceList('audience', AUDIENCES, 'audience: [働く方]'),
      order: z
        .int({ error: (iss) => orderMessage(iss.input) })
        .positive({ error: (iss) => orderMessage(iss.input) })
        .default(100),
      lastReviewed: contentDay('lastReviewed'),
      sources: z
        .array(source, {
          error: (iss) =>
            iss.input === undefined || iss.input === null
              ? `sources は必須です。公的な出典を1件以上書いてください（例：${SOURCES_EXAMPLE}）`
              : `sources は「- name: …」「  url: …」の一覧にしてください（例：${SOURCES_EXAMPLE}）`,
        })
        .min(1, { error: `sources が空です。公的な出典を1件以上書いてください（例：${SOURCES_EXAMPLE}）` })
        // A legal rule must rest on the law or the authority itself, not only on someone's explanation of it.
        .refine((list) => list.length === 0 || list.some((s) => isOfficialUrl(s.url)), {
          error: `sources に公的機関の資料（go.jp など）がありません。1件以上入れてください（例：${SOURCES_EXAMPLE}）`,
        }),
      keywords: z
        .array(textField('keywords', 'keywords: [ストレスチェック, 面接指導]'), {
          error: (iss) => notListMessage('keywords', iss.input, 'keywords: [ストレスチェック, 面接指導]'),
        })
        .default([]),
    },
    entryError('frontmatter', GUIDE_KEYS, 'title: ストレスチェックを受ける方へ'),
  );
}
export type GuideData = z.infer<ReturnType<typeof guideSchema>>;
