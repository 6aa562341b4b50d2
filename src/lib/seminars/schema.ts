import { z } from 'astro/zod';
import { AUDIENCES } from '../guide-schema';
import { PREFECTURES } from './prefectures';
import { FORMATS, PROGRAMMES } from './programmes';

export { FORMATS, PROGRAMMES };

export const STATUSES = ['受付中', '満席', '終了'] as const;
export const MATERIAL_KINDS = ['当日資料', '配布資料', '講演資料'] as const;

const names = <T extends readonly { name: string }[]>(list: T) => list.map((x) => x.name) as [T[number]['name'], ...T[number]['name'][]];

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A JST wall-clock time that exists: the right shape and a real date (no 13月, 6月31日 or 25時). */
export function isLocalDateTime(value: unknown): value is string {
  const m = typeof value === 'string' ? value.match(LOCAL_TIME) : null;
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCHours() === h && date.getUTCMinutes() === mi;
}

const localDateTime = (field: string) =>
  z.custom<string>(isLocalDateTime, { error: `${field} は 2026-06-18T14:00 の形（日本時間）で書いてください` });

/** Unknown keys are refused (a typo would otherwise vanish silently), with the keys named in Japanese. */
const strictError = (where: string) => ({
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `${where}に使えない項目があります（${issue.keys?.join(', ')}）` : undefined,
});

export interface SeminarSchemaOptions {
  topicIds: readonly string[];
  /** Whether a file under public/ exists; the build refuses a seminar whose material is missing. */
  fileExists: (publicPath: string) => boolean;
}

export function seminarSchema({ topicIds, fileExists }: SeminarSchemaOptions) {
  const material = z.strictObject(
    {
      title: z.string({ error: '資料の title は必須です' }).min(1, { error: '資料の title は必須です' }),
      file: z.string({ error: 'file は /materials/ の下のファイル名（半角英数字）にしてください' }).superRefine((file, ctx) => {
        if (!/^\/materials\/[A-Za-z0-9._-]+$/.test(file)) {
          ctx.addIssue({ code: 'custom', message: 'file は /materials/ の下のファイル名（半角英数字）にしてください' });
        } else if (!fileExists(file)) {
          ctx.addIssue({ code: 'custom', message: `資料ファイル public${file} が見つかりません` });
        }
      }),
      kind: z.enum(MATERIAL_KINDS, { error: `kind は ${MATERIAL_KINDS.join(' / ')} のどれかにしてください` }),
    },
    strictError('materials の資料'),
  );

  return z
    .strictObject(
      {
        title: z
          .string({ error: 'title（名称）は必須です' })
          .min(1, { error: 'title（名称）は必須です' })
          .max(80, { error: 'title（名称）は80文字以内にしてください' }),
        programme: z.enum(names(PROGRAMMES), { error: `programme は ${names(PROGRAMMES).join(' / ')} のどれかにしてください` }),
        topic: z.string().refine((t) => topicIds.includes(t), { error: `topic は ${topicIds.join(', ')} のどれかにしてください` }),
        start: localDateTime('start'),
        end: localDateTime('end'),
        format: z.enum(names(FORMATS), { error: 'format は 会場 / オンライン / ハイブリッド のどれかにしてください' }),
        venue: z.string({ error: 'venue（会場）は必須です' }).min(1, { error: 'venue（会場）は必須です' }),
        prefecture: z.enum(PREFECTURES, { error: 'prefecture は「大阪府」のように都道府県名で書いてください' }).optional(),
        audience: z
          .array(z.enum(AUDIENCES, { error: `audience は ${AUDIENCES.join(' / ')} から選んでください` }), {
            error: 'audience（対象）を1つ以上書いてください',
          })
          .min(1, { error: 'audience（対象）を1つ以上書いてください' }),
        capacity: z
          .number({ error: 'capacity（定員）は正の整数にしてください' })
          .int({ error: 'capacity（定員）は正の整数にしてください' })
          .positive({ error: 'capacity（定員）は正の整数にしてください' }),
        fee: z.string({ error: 'fee（参加費）は必須です（例: 無料）' }).min(1, { error: 'fee（参加費）は必須です（例: 無料）' }),
        apply: z
          .strictObject(
            {
              url: z.url({ protocol: /^https?$/, error: 'apply.url は http(s):// で始まる URL にしてください' }).optional(),
              contact: z.string().min(1, { error: 'apply.contact が空です' }).optional(),
            },
            strictError('apply'),
          )
          .refine((a) => a.url || a.contact, { error: 'apply には url か contact のどちらかを書いてください' }),
        status: z.enum(STATUSES, { error: 'status は 受付中 / 満席 / 終了 のどれかにしてください' }),
        published: z.coerce.date({ error: 'published（掲載日）は YYYY-MM-DD にしてください' }),
        materials: z.array(material).default([]),
      },
      strictError('frontmatter'),
    )
    .superRefine((s, ctx) => {
      // Only compare times that are both valid; a malformed one already has its own message.
      if (isLocalDateTime(s.start) && isLocalDateTime(s.end) && s.end <= s.start) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'end（終了）は start（開始）より後にしてください' });
      }
      if (s.format !== 'オンライン' && !s.prefecture) {
        ctx.addIssue({ code: 'custom', path: ['prefecture'], message: '会場・ハイブリッドのセミナーには prefecture（都道府県）が必要です' });
      }
    });
}
export type SeminarData = z.infer<ReturnType<typeof seminarSchema>>;
