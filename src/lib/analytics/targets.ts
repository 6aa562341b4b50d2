import { z } from 'astro/zod';
import { INSTRUMENT_IDS } from '../instruments';
import { entryError, fieldError, named, notAllowedMessage, notTextMessage, objectError, requiredMessage } from '../content-messages';

/** Messages start with the field and end with an example, as staff read them in the content check. */
const pathPrefix = z
  .string(fieldError('metric の pathPrefix', 'pathPrefix: /guides/', (input) => `${named('metric の pathPrefix', input)}は / で始まる文字にしてください（例：pathPrefix: /guides/）`))
  .startsWith('/', { error: (iss) => `${named('metric の pathPrefix', iss.input)}は / で始めてください（例：pathPrefix: /guides/）` });
const METRIC_EXAMPLE = 'metric: { kind: pageviews, pathPrefix: /guides/ }';
const METRIC_KINDS = ['pageviews', 'completions', 'downloads', 'feedback-share'];
const metricKindMessage = (kind: unknown) =>
  kind === undefined || kind === null ? requiredMessage('metric の kind', 'kind: pageviews') : notAllowedMessage('metric の kind', kind, METRIC_KINDS);
const fiscalYearMessage = (input: unknown) => `${named('fiscalYear', input)}は西暦の年度（2000〜2100 の整数）にしてください（例：fiscalYear: 2026）`;
const metricObject = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, objectError('metric', METRIC_EXAMPLE, Object.keys(shape)));

/** What a target counts. Staff choose one of these in content/kpi/targets/<id>.yaml. */
const metric = z.discriminatedUnion(
  'kind',
  [
    metricObject({ kind: z.literal('pageviews'), pathPrefix }),
    metricObject({
      kind: z.literal('completions'),
      instrument: z
        .enum(INSTRUMENT_IDS, { error: (iss) => notAllowedMessage('metric の instrument', iss.input, INSTRUMENT_IDS) })
        .optional(),
    }),
    metricObject({ kind: z.literal('downloads'), pathPrefix }),
    metricObject({ kind: z.literal('feedback-share'), pathPrefix }),
  ],
  {
    error: (iss) =>
      iss.input === undefined || iss.input === null
        ? requiredMessage('metric', METRIC_EXAMPLE)
        : typeof iss.input !== 'object'
          ? `metric は { kind: …, pathPrefix: … } の形にしてください（例：${METRIC_EXAMPLE}）`
          : metricKindMessage((iss.input as { kind?: unknown }).kind),
  },
);

export const KPI_TARGET_KEYS = ['id', 'label', 'fiscalYear', 'metric', 'target', 'note'] as const;

const targetMessage = (input: unknown) => `${named('target', input)}は正の数にしてください（例：target: 150000）`;

export const kpiTargetSchema = z
  .strictObject(
    {
      id: z
        .string(fieldError('id', 'id: fy2026-portal-pageviews', (input) => notTextMessage('id', input, 'id: fy2026-portal-pageviews')))
        .regex(/^[a-z0-9-]+$/, { error: (iss) => `${named('id', iss.input)}は半角英小文字・数字・ハイフンで書いてください（例：id: fy2026-portal-pageviews）` }),
      label: z
        .string(fieldError('label', 'label: ポータル全体の延べアクセス件数', (input) => notTextMessage('label', input, 'label: ポータル全体の延べアクセス件数')))
        .min(1, { error: 'label が空です（例：label: ポータル全体の延べアクセス件数）' }),
      fiscalYear: z
        .int(fieldError('fiscalYear', 'fiscalYear: 2026', (input) => fiscalYearMessage(input)))
        .min(2000, { error: (iss) => fiscalYearMessage(iss.input) })
        .max(2100, { error: (iss) => fiscalYearMessage(iss.input) }),
      metric,
      /** A count for count metrics; a share between 0 and 1 (e.g. 0.9) for feedback-share. */
      target: z.number(fieldError('target', 'target: 150000', targetMessage)).positive({ error: (iss) => targetMessage(iss.input) }),
      note: z.string({ error: (iss) => notTextMessage('note', iss.input, 'note: 平成29年度実績 146,781件') }).optional(),
    },
    entryError('目標', KPI_TARGET_KEYS, 'id: fy2026-portal-pageviews'),
  )
  .superRefine(
    (t, ctx) => {
      // Runs even when other fields are wrong (see `when`); looks only at a valid kind and a numeric target.
      const kind = (t.metric as { kind?: unknown } | undefined)?.kind;
      if (typeof t.target !== 'number' || !METRIC_KINDS.includes(String(kind))) return;
      if (kind === 'feedback-share' && t.target > 1) {
        ctx.addIssue({ code: 'custom', path: ['target'], message: `${named('target', t.target)}は feedback-share では 0〜1 の割合で書いてください（例：target: 0.9）` });
      }
      if (kind !== 'feedback-share' && !Number.isInteger(t.target)) {
        ctx.addIssue({ code: 'custom', path: ['target'], message: `${named('target', t.target)}は件数なので整数で書いてください（例：target: 3000）` });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
export type KpiTarget = z.infer<typeof kpiTargetSchema>;

export const METRIC_LABELS: Record<KpiTarget['metric']['kind'], string> = {
  pageviews: 'ページビュー',
  completions: '自己診断の完了数',
  downloads: 'ダウンロード数',
  'feedback-share': '「役に立った」の割合',
};

export function describeMetric(metric: KpiTarget['metric']): string {
  switch (metric.kind) {
    case 'pageviews':
    case 'downloads':
    case 'feedback-share':
      return `${METRIC_LABELS[metric.kind]}（${metric.pathPrefix} 以下）`;
    case 'completions':
      return `${METRIC_LABELS.completions}（${metric.instrument ?? 'すべての自己診断'}）`;
  }
}
