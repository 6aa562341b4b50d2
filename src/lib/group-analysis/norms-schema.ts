import { z } from 'astro/zod';
import { healthRisk, roundRisk, type RuntimeNorms, type SexNorms } from './risk';
import { CHART_SCALES, CHART_SCALE_INFO, type ChartScale } from './scales';

/**
 * Schema of content/instruments/group-analysis-norms.json: the national means and coefficients of the
 * 仕事のストレス判定図 per sex, with where they come from, the values other sources give (disputes) and
 * self-checks that the content check recomputes. Messages are Japanese: staff read them.
 */

const SEXES = ['male', 'female'] as const;
const SEX_LABELS = { male: '男性', female: '女性' } as const;
const FIELDS = { mean: '全国平均', coefficient: '係数' } as const;

const text = (what: string) => z.string({ error: `${what}は必須です` }).min(1, { error: `${what}が空です` });
const num = (what: string) => z.number({ error: `${what}は数値にしてください（例：8.7）` });

const scaleNormSchema = (where: string) =>
  z.strictObject(
    {
      mean: num(`${where}の mean（全国平均）`).min(3, { error: `${where}の全国平均は3〜12にしてください` }).max(12, { error: `${where}の全国平均は3〜12にしてください` }),
      coefficient: num(`${where}の coefficient（係数）`).refine((c) => c !== 0 && Math.abs(c) < 1, { error: `${where}の係数は0以外で、絶対値が1より小さい数にしてください（例：-0.097）` }),
    },
    { error: `${where}は { "mean": 8.7, "coefficient": 0.076 } の形で書いてください` },
  );

const sexNormsSchema = (sex: (typeof SEXES)[number]) =>
  z.strictObject(
    Object.fromEntries(CHART_SCALES.map((key) => [key, scaleNormSchema(`${SEX_LABELS[sex]}・${CHART_SCALE_INFO[key].name}`)])) as Record<
      ChartScale,
      ReturnType<typeof scaleNormSchema>
    >,
    { error: `constants.${sex}（${SEX_LABELS[sex]}の定数）は quant・control・boss・coworker の4つで書いてください` },
  );

const sourceSchema = z.strictObject({
  name: text('sources の name'),
  url: z.url({ protocol: /^https$/, error: 'sources の url は https:// で始まる URL にしてください' }).optional(),
  what: text('sources の what（何の根拠か）'),
  status: text('sources の status（確かめた程度）'),
});

const disputeSchema = z.strictObject({
  sex: z.enum(SEXES, { error: 'disputes の sex は male か female にしてください' }),
  scale: z.enum(CHART_SCALES, { error: 'disputes の scale は quant・control・boss・coworker のどれかにしてください' }),
  field: z.enum(['mean', 'coefficient'], { error: 'disputes の field は mean か coefficient にしてください' }),
  adopted: num('disputes の adopted（採った値）'),
  alternatives: z
    .array(z.strictObject({ value: num('alternatives の value'), where: text('alternatives の where（その値を使う資料）') }), {
      error: 'disputes の alternatives（ほかの資料の値）は必須です',
    })
    .min(1, { error: 'disputes の alternatives が空です' }),
  note: text('disputes の note'),
});

const offsetsSchema = z.partialRecord(z.enum(CHART_SCALES, { error: 'offsets の尺度は quant・control・boss・coworker のどれかにしてください' }), z.number());
const riskTriple = z.strictObject({ riskA: z.int(), riskB: z.int(), total: z.int() }, { error: 'expected は { "riskA": 100, "riskB": 100, "total": 100 } の形で書いてください' });
const selfCheckSchema = z.strictObject({
  sex: z.enum(SEXES, { error: 'selfChecks の sex は male か female にしてください' }),
  offsets: offsetsSchema,
  expected: riskTriple,
});

export const groupAnalysisNormsSchema = z
  .strictObject({
    title: text('title'),
    note: text('note'),
    checked: z.iso.date({ error: 'checked は 2026-11-29 の形の日付にしてください' }),
    formula: z.strictObject({ riskA: text('formula.riskA'), riskB: text('formula.riskB'), total: text('formula.total'), status: text('formula.status') }),
    sources: z.array(sourceSchema, { error: 'sources は必須です' }).min(1, { error: 'sources が空です' }),
    constants: z.strictObject({ male: sexNormsSchema('male'), female: sexNormsSchema('female') }, { error: 'constants は male と female の2つで書いてください' }),
    disputes: z.array(disputeSchema, { error: 'disputes（資料によって違う値）は必須です。なければ [] と書いてください' }),
    selfChecks: z.array(selfCheckSchema, { error: 'selfChecks は必須です' }).min(1, { error: 'selfChecks が空です' }),
  })
  .superRefine((data, ctx) => {
    data.disputes.forEach((d, i) => {
      const where = `${SEX_LABELS[d.sex]}・${CHART_SCALE_INFO[d.scale].name}の${FIELDS[d.field]}`;
      const used = data.constants[d.sex][d.scale][d.field];
      if (d.adopted !== used) {
        ctx.addIssue({ code: 'custom', path: ['disputes', i, 'adopted'], message: `${where}の adopted（${d.adopted}）が constants の値（${used}）と違います` });
      }
      d.alternatives.forEach((alt, j) => {
        if (alt.value === d.adopted) ctx.addIssue({ code: 'custom', path: ['disputes', i, 'alternatives', j, 'value'], message: `${where}のほかの値 ${alt.value} が採った値と同じです` });
      });
    });
    // The self-checks of the reference: scales moved from the national means give known rounded risks.
    data.selfChecks.forEach((check, i) => {
      const norms = data.constants[check.sex];
      const means = Object.fromEntries(CHART_SCALES.map((k) => [k, norms[k].mean + (check.offsets[k] ?? 0)])) as Record<ChartScale, number>;
      const risk = healthRisk(means, norms);
      const got = { riskA: roundRisk(risk.a), riskB: roundRisk(risk.b), total: roundRisk(risk.total) };
      for (const key of ['riskA', 'riskB', 'total'] as const) {
        if (got[key] !== check.expected[key]) {
          ctx.addIssue({ code: 'custom', path: ['selfChecks', i, 'expected', key], message: `selfChecks[${i}] の ${key} は ${check.expected[key]} のはずですが、今の定数で計算すると ${got[key]} になります` });
        }
      }
    });
  });

export type GroupAnalysisNorms = z.infer<typeof groupAnalysisNormsSchema>;

/** One value that sources disagree on, as the page shows it. */
export interface NormDispute {
  sex: 'male' | 'female';
  scale: ChartScale;
  field: 'mean' | 'coefficient';
  adopted: number;
  alternatives: { value: number; where: string }[];
  note: string;
}

/** What the browser needs: the constants only. */
export function toRuntimeNorms(data: GroupAnalysisNorms): RuntimeNorms {
  const sex = (s: (typeof SEXES)[number]): SexNorms =>
    Object.fromEntries(CHART_SCALES.map((k) => [k, { mean: data.constants[s][k].mean, coefficient: data.constants[s][k].coefficient }])) as SexNorms;
  return { male: sex('male'), female: sex('female') };
}
