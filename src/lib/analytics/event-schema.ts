import { z } from 'astro/zod';
import { INSTRUMENT_IDS } from '../instruments';

/** The largest body the collector reads; anything longer is answered 413 without parsing. */
export const MAX_BODY_BYTES = 2048;

const path = z
  .string({ error: 'path は文字列で送ってください' })
  .min(1, { error: 'path が空です' })
  .max(300, { error: 'path が長すぎます（300文字まで）' })
  .regex(/^\/[^\s\u0000-\u001f\u007f-\u009f]*$/, { error: 'path は / で始まるサイト内のパスにしてください' });

/**
 * What a page may report. Each event carries only what its count needs: a path, the instrument of a
 * completed self-assessment (never its answers), a downloaded file, or a yes/no for "useful".
 * Unknown fields are rejected so nothing else can be smuggled into the store.
 */
export const eventSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('pageview'), path }).strict(),
    z.object({ type: z.literal('diagnosis_complete'), path, instrument: z.enum(INSTRUMENT_IDS, { error: `instrument は ${INSTRUMENT_IDS.join(' / ')} のどれかにしてください` }) }).strict(),
    z.object({ type: z.literal('download'), path, file: path }).strict(),
    z.object({ type: z.literal('feedback'), path, useful: z.boolean({ error: 'useful は true か false にしてください' }) }).strict(),
  ],
  { error: 'type は pageview / diagnosis_complete / download / feedback のどれかにしてください' },
);
export type AnalyticsEvent = z.infer<typeof eventSchema>;
export type EventType = AnalyticsEvent['type'];

export type ParseResult = { ok: true; event: AnalyticsEvent } | { ok: false; status: 400 | 413; reason: string };

/** Parses a raw body: size first, then JSON, then the schema. Never throws. */
export function parseEventBody(body: string): ParseResult {
  if (Buffer.byteLength(body, 'utf8') > MAX_BODY_BYTES) {
    return { ok: false, status: 413, reason: `本文が大きすぎます（${MAX_BODY_BYTES}バイトまで）` };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, status: 400, reason: '本文を JSON として読めません' };
  }
  const parsed = eventSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    const message = issue.code === 'unrecognized_keys' ? `受け付けない項目があります（${issue.keys.join(', ')}）` : issue.message;
    return { ok: false, status: 400, reason: `${where}${message}` };
  }
  return { ok: true, event: parsed.data };
}
