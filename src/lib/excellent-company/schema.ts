import { z } from 'astro/zod';
import { isOfficialUrl } from '../official-sources';

/**
 * Schema of content/instruments/excellent-company.json, the criteria of the 安全衛生優良企業 self-diagnosis
 * (参考版). The structure, the points per area and the pass rules are official (MHLW 「安全衛生優良企業の認定基準・
 * 評価項目」); most item texts are the portal's own wording and say so with `official: false`.
 * Messages are Japanese because staff read them when they edit the JSON.
 */

export const ITEM_KINDS = ['取組', '実績'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Official totals of the 評価項目 (MHLW table): 55 points for 製造業等, 42 without area 3. */
export const OFFICIAL_TOTALS = { manufacturing: 55, other: 42 } as const;

const nonEmpty = (what: string) => z.string({ error: `${what}は必須です` }).min(1, { error: `${what}が空です` });

const httpsUrl = (what: string) => z.url({ protocol: /^https$/, error: `${what} は https:// で始まる URL にしてください` });

/**
 * Where a wording or a rule was seen. `grade: official` only for a page on an official site
 * (src/lib/official-sources.ts); anything else is `secondary` and is shown as 「解説（民間）」.
 */
const sourceRef = z
  .object({
    name: nonEmpty('source の name（資料名）'),
    url: httpsUrl('source の url'),
    grade: z.enum(['official', 'secondary'], { error: 'source の grade は official か secondary にしてください' }),
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => (s.grade === 'official') === isOfficialUrl(s.url), {
    error: 'source の grade は、公的機関のサイト（go.jp など）なら official、それ以外は secondary にしてください',
    path: ['grade'],
  });
export type SourceRef = z.infer<typeof sourceRef>;

const sourceDocument = z
  .object({
    id: z.string().regex(/^S\d+$/, { error: '資料の id は S1 のように書いてください' }),
    name: nonEmpty('資料の name'),
    url: httpsUrl('資料の url'),
    note: z.string().min(1).optional(),
  })
  .strict();
const officialDocument = sourceDocument.refine((d) => isOfficialUrl(d.url), {
  error: 'source.official には公的機関のサイト（go.jp など）の資料だけを書いてください。それ以外は source.secondary に書きます',
  path: ['url'],
});

/**
 * What has been published about a 必要項目 whose official wording the portal could not see: the wording
 * it paraphrases, where that was published, and what the company should confirm with the 労働局.
 */
const published = z
  .object({
    wording: nonEmpty('published の wording（公表されている内容）'),
    source: sourceRef,
    confirm: nonEmpty('published の confirm（労働局に確認すること）'),
  })
  .strict();

/** A ratio such as 0.6, kept to whole percent so that the engine can compare with integers. */
const ratio = (name: string) =>
  z
    .number({ error: `${name} は数値にしてください` })
    .gt(0, { error: `${name} は 0 より大きくしてください` })
    .lte(1, { error: `${name} は 1 以下にしてください` })
    .refine((r) => Math.abs(r * 100 - Math.round(r * 100)) < 1e-9, {
      error: `${name} は 0.01 単位の割合（例: 0.6）にしてください`,
    });

const points = z.number().int({ error: '配点は整数にしてください' }).nonnegative({ error: '配点は0以上にしてください' });

const guideUrl = z.string().regex(/^\/guides\/[a-z0-9-]+\/[a-z0-9-]+\/$/, {
  error: 'guide は /guides/ で始まるガイド記事の URL（/guides/<topic>/<slug>/）にしてください',
});

const requiredItem = z
  .object({
    id: z.string().regex(/^R[12]-\d{2}$/, { error: '必要項目の id は R1-01 のように書いてください' }),
    section: nonEmpty('必要項目の section'),
    ref: z.string().min(1).optional(),
    text: nonEmpty('必要項目の text'),
    help: nonEmpty('必要項目の help'),
    /** true: the text is the official criterion's own wording, seen verbatim (in the copy named by `source`). */
    official: z.boolean({ error: 'official は true か false にしてください' }),
    source: sourceRef.optional(),
    published: published.optional(),
  })
  .strict();

const area = z
  .object({
    id: z.string().regex(/^\d(-\d)?$/, { error: '分野の id は 1 や 2-1 のように書いてください' }),
    name: nonEmpty('分野の name'),
    points: z.object({ 取組: points, 実績: points }).strict(),
    manufacturingOnly: z.boolean(),
  })
  .strict();

const item = z
  .object({
    id: z.string().regex(/^\d(-\d)?-\d{2}$/, { error: '評価項目の id は 2-2-03 のように書いてください' }),
    area: nonEmpty('評価項目の area'),
    kind: z.enum(ITEM_KINDS, { error: 'kind は 取組 か 実績 にしてください' }),
    points: z.number().int({ error: '配点は整数にしてください' }).positive({ error: '配点は1以上にしてください' }),
    text: nonEmpty('評価項目の text'),
    help: nonEmpty('評価項目の help'),
    guide: guideUrl,
    official: z.boolean({ error: 'official は true か false にしてください' }),
    source: sourceRef.optional(),
  })
  .strict();

const totalRule = z.object({ max: points, needed: points }).strict();

const baseSchema = z
  .object({
    title: nonEmpty('title'),
    source: z
      .object({
        official: z.array(officialDocument).min(1, { error: '公式の資料を1件以上書いてください' }),
        secondary: z.array(sourceDocument).default([]),
        copiedFrom: nonEmpty('copiedFrom'),
        note: nonEmpty('source の note'),
      })
      .strict(),
    answerRule: z.object({ text: nonEmpty('answerRule の text'), source: sourceRef }).strict(),
    industries: z
      .object({
        prompt: nonEmpty('industries の prompt'),
        list: z.array(z.string().min(1)).min(1, { error: '製造業等の業種を1件以上書いてください' }),
        source: sourceRef,
        note: z.string().min(1).optional(),
      })
      .strict(),
    requiredSections: z
      .array(
        z
          .object({
            id: nonEmpty('requiredSections の id'),
            title: nonEmpty('requiredSections の title'),
            note: z.string().min(1).optional(),
          })
          .strict(),
      )
      .min(1),
    required: z.array(requiredItem).min(1, { error: '必要項目を1件以上書いてください' }),
    areas: z.array(area).min(1, { error: '分野を1件以上書いてください' }),
    items: z.array(item).min(1, { error: '評価項目を1件以上書いてください' }),
    passRules: z
      .object({
        requireAllRequired: z.literal(true, { error: 'requireAllRequired は true にしてください' }),
        areaRatio: ratio('areaRatio'),
        totalRatio: ratio('totalRatio'),
        text: z.array(z.string().min(1)).min(1),
        totals: z.object({ manufacturing: totalRule, other: totalRule }).strict(),
        source: sourceRef,
        rounding: nonEmpty('passRules の rounding'),
      })
      .strict(),
  })
  .strict();

type Base = z.infer<typeof baseSchema>;

/** ceil(max × ratio) with integers only: the smallest whole score that is at least max × ratio. */
export const neededPoints = (max: number, ratio: number): number => {
  const percent = Math.round(ratio * 100);
  return Math.floor((max * percent + 99) / 100);
};

function checkCriteria(data: Base, ctx: z.core.$RefinementCtx<Base>) {
  const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });

  // Unique ids: 必要項目 and 評価項目 share one namespace because answers are keyed by id.
  const seen = new Set<string>();
  const checkId = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) issue(`id「${id}」が重複しています`, path);
    seen.add(id);
  };
  data.required.forEach((r, i) => checkId(r.id, ['required', i, 'id']));
  data.items.forEach((it, i) => checkId(it.id, ['items', i, 'id']));

  const areaIds = new Set<string>();
  data.areas.forEach((a, i) => {
    if (areaIds.has(a.id)) issue(`分野の id「${a.id}」が重複しています`, ['areas', i, 'id']);
    areaIds.add(a.id);
  });

  const sectionIds = new Set(data.requiredSections.map((s) => s.id));
  data.required.forEach((r, i) => {
    if (!sectionIds.has(r.section)) {
      issue(`必要項目 ${r.id} の section「${r.section}」は requiredSections にありません`, ['required', i, 'section']);
    }
    if (r.official && !r.source) issue(`必要項目 ${r.id} は official: true なので source（出典）が必要です`, ['required', i, 'source']);
    // Only official wording may decide 「対象になりません」; the portal's own wording leads to 「要確認」 and
    // must say what was published and what to confirm.
    if (!r.official && !r.published) {
      issue(`必要項目 ${r.id} は official: false なので published（公表されている内容・出典・確認すること）が必要です`, ['required', i, 'published']);
    }
    if (r.official && r.published) issue(`必要項目 ${r.id} は official: true なので published は書かないでください`, ['required', i, 'published']);
  });

  data.items.forEach((it, i) => {
    if (!areaIds.has(it.area)) {
      issue(`評価項目 ${it.id} の分野「${it.area}」は areas にありません`, ['items', i, 'area']);
    } else if (!it.id.startsWith(`${it.area}-`)) {
      issue(`評価項目 ${it.id} の id は分野の番号「${it.area}-」で始めてください`, ['items', i, 'id']);
    }
    if (it.official && !it.source) issue(`評価項目 ${it.id} は official: true なので source（出典）が必要です`, ['items', i, 'source']);
  });

  // Per area and kind, the items' points must add up to the official 取組評価点 / 実績評価点.
  data.areas.forEach((a, i) => {
    for (const kind of ITEM_KINDS) {
      const actual = data.items.filter((it) => it.area === a.id && it.kind === kind).reduce((s, it) => s + it.points, 0);
      const expected = a.points[kind];
      if (actual !== expected) {
        issue(
          `分野 ${a.id}（${a.name}）の${kind}評価点の合計が合いません（公式の配点は${expected}点、項目の合計は${actual}点）`,
          ['areas', i, 'points', kind],
        );
      }
    }
  });

  const areaMax = (a: Base['areas'][number]) => a.points.取組 + a.points.実績;
  const sums = {
    manufacturing: data.areas.reduce((s, a) => s + areaMax(a), 0),
    other: data.areas.filter((a) => !a.manufacturingOnly).reduce((s, a) => s + areaMax(a), 0),
  };
  const labels = { manufacturing: '製造業等', other: '製造業等以外' } as const;
  for (const key of ['manufacturing', 'other'] as const) {
    if (sums[key] !== OFFICIAL_TOTALS[key]) {
      issue(
        `評価項目の配点の合計が合いません（${labels[key]}は公式の${OFFICIAL_TOTALS[key]}点、分野の配点の合計は${sums[key]}点）`,
        ['areas'],
      );
    }
    const rule = data.passRules.totals[key];
    if (rule.max !== sums[key]) {
      issue(`passRules.totals.${key}.max（${rule.max}点）が分野の配点の合計（${sums[key]}点）と一致しません`, [
        'passRules',
        'totals',
        key,
        'max',
      ]);
    }
    const needed = neededPoints(rule.max, data.passRules.totalRatio);
    if (rule.needed !== needed) {
      issue(`passRules.totals.${key}.needed は ${rule.max}点 × ${data.passRules.totalRatio} 以上の最小の整数（${needed}点）にしてください`, [
        'passRules',
        'totals',
        key,
        'needed',
      ]);
    }
  }
}

export const excellentCompanySchema = baseSchema.superRefine(checkCriteria);

export type ExcellentCompanyCriteria = z.infer<typeof excellentCompanySchema>;
export type RequiredItem = ExcellentCompanyCriteria['required'][number];
export type Area = ExcellentCompanyCriteria['areas'][number];
export type EvaluationItem = ExcellentCompanyCriteria['items'][number];

/** What the browser shows about a 必要項目 judged on the portal's own wording. */
export interface PublishedWording {
  wording: string;
  sourceName: string;
  sourceUrl: string;
  confirm: string;
}

/** What the browser needs to run the self-diagnosis: no notes; sources only where the page shows them. */
export interface RuntimeCriteria {
  title: string;
  answerRule: string;
  industries: { prompt: string; list: string[] };
  requiredSections: { id: string; title: string }[];
  required: { id: string; section: string; text: string; help: string; official: boolean; published?: PublishedWording }[];
  areas: { id: string; name: string; points: { 取組: number; 実績: number }; manufacturingOnly: boolean }[];
  items: { id: string; area: string; kind: ItemKind; points: number; text: string; help: string; guide: string }[];
  passRules: { areaRatio: number; totalRatio: number };
}

/** Strips the criteria down to plain, JSON-serialisable data for the client island. */
export function toRuntimeCriteria(criteria: ExcellentCompanyCriteria): RuntimeCriteria {
  return {
    title: criteria.title,
    answerRule: criteria.answerRule.text,
    industries: { prompt: criteria.industries.prompt, list: [...criteria.industries.list] },
    requiredSections: criteria.requiredSections.map(({ id, title }) => ({ id, title })),
    required: criteria.required.map(({ id, section, text, help, official, published: p }) => ({
      id,
      section,
      text,
      help,
      official,
      ...(p && { published: { wording: p.wording, sourceName: p.source.name, sourceUrl: p.source.url, confirm: p.confirm } }),
    })),
    areas: criteria.areas.map(({ id, name, points, manufacturingOnly }) => ({
      id,
      name,
      points: { 取組: points.取組, 実績: points.実績 },
      manufacturingOnly,
    })),
    items: criteria.items.map(({ id, area, kind, points, text, help, guide }) => ({ id, area, kind, points, text, help, guide })),
    passRules: { areaRatio: criteria.passRules.areaRatio, totalRatio: criteria.passRules.totalRatio },
  };
}
