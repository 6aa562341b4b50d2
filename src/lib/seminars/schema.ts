import { z } from 'astro/zod';
import { isLocalDateTime, contentDay, localDateTime } from '../content-dates';
import { entryError, fieldError, missingFileMessage, named, notAllowedMessage, objectError } from '../content-messages';
import { AUDIENCES, choiceList, textField } from '../guide-schema';
import { PREFECTURES } from './prefectures';
import { FORMATS, PROGRAMMES } from './programmes';

export { FORMATS, PROGRAMMES };
export { isLocalDateTime };

export const STATUSES = ['受付中', '満席', '終了'] as const;
export const MATERIAL_KINDS = ['当日資料', '配布資料', '講演資料'] as const;

const names = <T extends readonly { name: string }[]>(list: T) => list.map((x) => x.name) as [T[number]['name'], ...T[number]['name'][]];

/** One of a fixed list; the message names the allowed values. */
const choice = <const T extends readonly [string, ...string[]]>(field: string, allowed: T, example: string) =>
  z.enum(allowed, fieldError(field, example, (input) => notAllowedMessage(field, input, allowed)));

export interface SeminarSchemaOptions {
  topicIds: readonly string[];
  /** Whether a file under public/ exists; the build refuses a seminar whose material is missing. */
  fileExists: (publicPath: string) => boolean;
}

const MATERIAL_FILE = /^\/materials\/[A-Za-z0-9._-]+$/;
const FILE_EXAMPLE = 'file: /materials/stress-check-annual-flow.pdf';
const APPLY_EXAMPLE = 'apply: { contact: 事務局（seminar@example.jp） }';
const URL_EXAMPLE = 'url: https://example.jp/apply';
const EMAIL_EXAMPLE = 'email: seminar@example.jp';

export const SEMINAR_KEYS = [
  'title', 'programme', 'topic', 'start', 'end', 'format', 'venue', 'prefecture', 'audience',
  'capacity', 'fee', 'apply', 'status', 'published', 'materials',
] as const;

export function seminarSchema({ topicIds, fileExists }: SeminarSchemaOptions) {
  const material = z.strictObject(
    {
      title: textField('materials の title', 'title: 当日資料'),
      file: z.string(fieldError('materials の file', FILE_EXAMPLE, (input) => `${named('materials の file', input)}は文字で書いてください（例：${FILE_EXAMPLE}）`)).superRefine((file, ctx) => {
        if (!MATERIAL_FILE.test(file)) {
          ctx.addIssue({ code: 'custom', message: `${named('materials の file', file)}は /materials/ の下のファイル名（半角英数字）にしてください（例：${FILE_EXAMPLE}）` });
        } else if (!fileExists(file)) {
          ctx.addIssue({ code: 'custom', message: missingFileMessage(file, 'file') });
        }
      }),
      kind: choice('materials の kind', MATERIAL_KINDS, 'kind: 当日資料'),
    },
    objectError('materials', `- { title: 当日資料, ${FILE_EXAMPLE}, kind: 当日資料 }`, ['title', 'file', 'kind']),
  );

  const topicExample = `topic: ${topicIds[0] ?? 'stress-check'}`;
  return z
    .strictObject(
      {
        title: textField('title', 'title: メンタルヘルス対策セミナー 大阪会場', { max: 80 }),
        programme: choice('programme', names(PROGRAMMES), 'programme: メンタルヘルス対策セミナー'),
        topic: z.string(fieldError('topic', topicExample, (input) => `${named('topic', input)}は文字で書いてください（例：${topicExample}）`)).refine((t) => topicIds.includes(t), {
          error: (iss) => `${named('topic', iss.input)}は content/topics/ のトピックにありません（${topicIds.join(', ')} のどれか）`,
        }),
        start: localDateTime('start'),
        end: localDateTime('end'),
        format: choice('format', names(FORMATS), 'format: 会場'),
        venue: textField('venue', 'venue: 大阪市内の会議室'),
        prefecture: z
          .enum(PREFECTURES, { error: (iss) => `${named('prefecture', iss.input)}は都道府県名で書いてください（例：prefecture: 大阪府）` })
          .optional(),
        audience: choiceList('audience', AUDIENCES, 'audience: [事業者・人事労務]'),
        capacity: z
          .int(fieldError('capacity', 'capacity: 120', (input) => `${named('capacity', input)}は正の整数にしてください（例：capacity: 120）`))
          .positive({ error: (iss) => `${named('capacity', iss.input)}は正の整数にしてください（例：capacity: 120）` }),
        fee: textField('fee', 'fee: 無料'),
        apply: z
          .strictObject(
            {
              url: z
                .url({ protocol: /^https?$/, error: (iss) => `${named('apply の url', iss.input)}は http:// か https:// で始まる URL にしてください（例：${URL_EXAMPLE}）` })
                .optional(),
              contact: z
                .string({ error: (iss) => `${named('apply の contact', iss.input)}は文字で書いてください（例：contact: 事務局（seminar@example.jp））` })
                .min(1, { error: 'apply の contact が空です（例：contact: 事務局（seminar@example.jp））' })
                .optional(),
              // The address 「メールで申し込む」 and the contact link write to; contact stays the text shown.
              email: z
                .email({ error: (iss) => `${named('apply の email', iss.input)}はメールアドレスにしてください（例：${EMAIL_EXAMPLE}）` })
                .optional(),
            },
            objectError('apply', APPLY_EXAMPLE, ['url', 'contact', 'email']),
          )
          .refine((a) => a.url || a.contact, { error: `apply には url か contact のどちらかを書いてください（例：${APPLY_EXAMPLE}）` }),
        status: choice('status', STATUSES, 'status: 受付中'),
        published: contentDay('published'),
        materials: z
          .array(material, { error: `materials は「- title: …」で始まる一覧にしてください（例：materials: [{ title: 当日資料, ${FILE_EXAMPLE}, kind: 当日資料 }]）` })
          .default([]),
      },
      entryError('frontmatter', SEMINAR_KEYS, 'title: メンタルヘルス対策セミナー 大阪会場'),
    )
    .superRefine(
      (s, ctx) => {
        // Runs even when other fields are wrong (see `when`), so each rule looks only at fields that are valid.
        if (isLocalDateTime(s.start) && isLocalDateTime(s.end) && s.end <= s.start) {
          ctx.addIssue({ code: 'custom', path: ['end'], message: `${named('end', s.end)}は start（${s.start}）より後の日時にしてください` });
        }
        const inPerson = s.format === '会場' || s.format === 'ハイブリッド';
        if (inPerson && s.prefecture === undefined) {
          ctx.addIssue({ code: 'custom', path: ['prefecture'], message: 'prefecture は会場・ハイブリッドのセミナーでは必須です（例：prefecture: 大阪府）' });
        }
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    );
}
export type SeminarData = z.infer<ReturnType<typeof seminarSchema>>;
