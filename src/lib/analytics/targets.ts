import { z } from 'astro/zod';

/** What a target counts. Staff choose one of these in content/kpi/targets.yaml. */
const metric = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('pageviews'), pathPrefix: z.string().startsWith('/') }).strict(),
    z.object({ kind: z.literal('completions'), instrument: z.enum(['bjsq57', 'excellent-company']).optional() }).strict(),
    z.object({ kind: z.literal('downloads'), pathPrefix: z.string().startsWith('/') }).strict(),
    z.object({ kind: z.literal('feedback-share'), pathPrefix: z.string().startsWith('/') }).strict(),
  ],
  { error: 'metric.kind は pageviews / completions / downloads / feedback-share のどれかにしてください' },
);

export const kpiTargetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id は半角英小文字・数字・ハイフンで書いてください' }),
    label: z.string().min(1, { error: 'label（名前）は必須です' }),
    fiscalYear: z.number().int().min(2000).max(2100),
    metric,
    /** A count for count metrics; a share between 0 and 1 (e.g. 0.9) for feedback-share. */
    target: z.number().positive({ error: 'target は正の数にしてください' }),
    note: z.string().optional(),
  })
  .strict()
  .refine((t) => t.metric.kind !== 'feedback-share' || t.target <= 1, {
    error: 'feedback-share の target は 0〜1 の割合（例: 0.9）で書いてください',
    path: ['target'],
  })
  .refine((t) => t.metric.kind === 'feedback-share' || Number.isInteger(t.target), {
    error: '件数の target は整数で書いてください',
    path: ['target'],
  });
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
