import { z } from 'astro/zod';

/** Who an article is written for. The labels are shown to readers as they are. */
export const AUDIENCES = ['労働者', '事業者・人事労務', '産業保健スタッフ'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const topicSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id は半角英小文字・数字・ハイフンで書いてください' }),
    title: z.string().min(1),
    summary: z.string().min(1),
    order: z.number().int(),
  })
  .strict();
export type Topic = z.infer<typeof topicSchema>;

const source = z
  .object({
    name: z.string({ error: 'sources の name（資料名）は必須です' }).min(1, { error: 'sources の name が空です' }),
    url: z.url({ protocol: /^https?$/, error: 'sources の url は http(s):// で始まる URL にしてください' }),
  })
  .strict();

/**
 * Frontmatter of a guide article. Error messages are Japanese because staff read them in the build log;
 * Astro prefixes each with the entry and the field path.
 */
export function guideSchema(topicIds: readonly string[]) {
  return z
    .object({
      title: z
        .string({ error: 'title（題名）は必須です' })
        .min(1, { error: 'title（題名）が空です' })
        .max(80, { error: 'title（題名）は80文字以内にしてください' }),
      description: z
        .string({ error: 'description（概要）は必須です' })
        .min(10, { error: 'description（概要）は10文字以上にしてください' })
        .max(200, { error: 'description（概要）は200文字以内にしてください' }),
      topic: z.string({ error: 'topic（トピック）は必須です' }).refine((t) => topicIds.includes(t), {
        error: `topic は content/topics.json にある id（${topicIds.join(', ')}）のどれかにしてください`,
      }),
      audience: z
        .array(z.enum(AUDIENCES, { error: `audience は ${AUDIENCES.join(' / ')} から選んでください` }), {
          error: 'audience（対象者）は必須です（例: [労働者]）',
        })
        .min(1, { error: 'audience（対象者）を1つ以上書いてください' })
        .refine((list) => new Set(list).size === list.length, { error: 'audience に同じ対象者が重複しています' }),
      order: z.number().int().positive().default(100),
      lastReviewed: z.coerce.date({ error: 'lastReviewed（最終確認日）は YYYY-MM-DD の日付にしてください' }),
      sources: z
        .array(source, { error: 'sources（出典）は必須です' })
        .min(1, { error: 'sources（出典）を1件以上書いてください' }),
      keywords: z.array(z.string().min(1)).default([]),
    })
    .strict();
}
export type GuideData = z.infer<ReturnType<typeof guideSchema>>;
