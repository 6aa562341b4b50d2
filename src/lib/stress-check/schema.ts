import { z } from 'astro/zod';

/**
 * Schema of content/instruments/bjsq57.json, the 57-item 職業性ストレス簡易調査票, and the slimmer
 * runtime form the browser scores with. Messages are Japanese because staff read them in the build log.
 * Unknown keys pass through everywhere: the file keeps its source notes beside the data.
 */

/** Items per section of the MHLW form (A 仕事 17, B 心身の状態 29, C 周りの方々 9, D 満足度 2). */
export const SECTION_ITEM_COUNTS = { A: 17, B: 29, C: 9, D: 2 } as const;
export type SectionId = keyof typeof SECTION_ITEM_COUNTS;
const SECTION_IDS = ['A', 'B', 'C', 'D'] as const;
const SEX_LABELS = { male: '男性', female: '女性' } as const;
/** Answer points are the printed option positions, 1 = leftmost (stress-check.md §1). */
const ANSWER_MIN = 1;
const ANSWER_MAX = 4;

// ---------------------------------------------------------------------------------------------
// Formulas ("15-(A1+A2+A3)", "10-(A12+A13)+A14") and criteria ("A + C >= 76 AND B >= 63")

export interface LinearFormula {
  constant: number;
  /** Item ids with their coefficient, in order of first appearance. */
  terms: { item: string; weight: number }[];
}

/** Parses integers, item ids, + and − with parentheses into constant + Σ weight × answer; null if unreadable. */
export function parseFormula(formula: string): LinearFormula | null {
  const tokens = formula.match(/\d+|[A-Z]\d+|\S/g) ?? [];
  let pos = 0;
  let constant = 0;
  const weights = new Map<string, number>();
  const term = (sign: number): boolean => {
    const t = tokens[pos++];
    if (t === '(') return expr(sign) && tokens[pos++] === ')';
    if (t !== undefined && /^\d+$/.test(t)) constant += sign * Number(t);
    else if (t !== undefined && /^[A-Z]\d+$/.test(t)) weights.set(t, (weights.get(t) ?? 0) + sign);
    else return false;
    return true;
  };
  const expr = (sign: number): boolean => {
    if (!term(sign)) return false;
    while (tokens[pos] === '+' || tokens[pos] === '-') if (!term(tokens[pos++] === '+' ? sign : -sign)) return false;
    return true;
  };
  if (!expr(1) || pos !== tokens.length) return null;
  return { constant, terms: [...weights].filter(([, w]) => w !== 0).map(([item, weight]) => ({ item, weight })) };
}

/** The lowest and highest raw score a formula can give with answers 1..4. */
export function formulaRange({ constant, terms }: LinearFormula): [number, number] {
  let [lo, hi] = [constant, constant];
  for (const { weight } of terms) {
    lo += Math.min(weight * ANSWER_MIN, weight * ANSWER_MAX);
    hi += Math.max(weight * ANSWER_MIN, weight * ANSWER_MAX);
  }
  return [lo, hi];
}

export type Domain = 'A' | 'B' | 'C';
export interface Condition {
  domains: Domain[];
  op: '>=' | '<=';
  value: number;
}
export interface RuntimeCriterion {
  id: string;
  expr: string;
  /** All must hold. */
  all: Condition[];
}

/** Reads "B >= 77" / "A + C <= 26 AND B <= 17": domain sums compared with integers, joined by AND. */
export function parseCriterion(expr: string): Condition[] | null {
  const all: Condition[] = [];
  for (const part of expr.split(/\s+AND\s+/)) {
    const m = /^\s*([ABC](?:\s*\+\s*[ABC])*)\s*(>=|<=)\s*(\d+)\s*$/.exec(part);
    if (!m) return null;
    all.push({ domains: m[1].split('+').map((d) => d.trim() as Domain), op: m[2] as Condition['op'], value: Number(m[3]) });
  }
  return all;
}

// ---------------------------------------------------------------------------------------------
// Schema

const text = (what: string) =>
  z.string({ error: `${what}は必須です` }).min(1, { error: `${what}が空です` });
const int = (what: string) => z.int({ error: `${what}は整数にしてください` });

const itemSchema = z.looseObject({
  no: int('項目の no').positive({ error: '項目の no は1以上にしてください' }),
  id: z.string({ error: '項目の id は必須です' }).regex(/^[A-D][1-9]\d*$/, { error: '項目の id は A1・B12 のように領域の記号と番号で書いてください' }),
  globalNo: int('項目の globalNo'),
  text: text('項目の文（text）'),
  scale: text('項目の尺度（scale）'),
  reverse: z.boolean({ error: '項目の reverse は true か false にしてください' }),
  prompt: text('項目の問い（prompt）').optional(),
});

const sectionSchema = z.looseObject({
  id: z.enum(SECTION_IDS, { error: '領域の id は A・B・C・D のどれかにしてください' }),
  title: text('領域の題（title）'),
  instruction: text('領域の教示文（instruction）'),
  options: z
    .array(text('選択肢'), { error: '選択肢（options）は必須です' })
    .length(4, { error: '選択肢（options）はちょうど4つにしてください' }),
  optionPoints: z
    .array(z.number(), { error: 'optionPoints は必須です' })
    .refine((p) => p.length === 4 && p.every((v, i) => v === i + 1), { error: 'optionPoints は [1, 2, 3, 4] にしてください' }),
  items: z.array(itemSchema, { error: '領域の項目（items）は必須です' }),
});

const scaleSchema = z.looseObject({
  id: z.string({ error: '尺度の id は必須です' }).regex(/^[a-z_]+$/, { error: '尺度の id は半角英小文字と _ で書いてください' }),
  name: text('尺度名（name）'),
  domain: z.enum(SECTION_IDS, { error: '尺度の domain は A・B・C・D のどれかにしてください' }),
  items: z.array(z.string(), { error: '尺度の items は必須です' }).min(1, { error: '尺度の items が空です' }),
  formula: text('尺度の計算式（formula）').refine((f) => parseFormula(f) !== null, {
    error: (iss) => `計算式「${String(iss.input)}」を読めません（使えるのは整数・項目 id・+・-・括弧です）`,
  }),
  direction: z.enum(['stress', 'resource'], { error: '尺度の direction は stress か resource にしてください' }),
  reverse: z.array(z.string(), { error: '尺度の reverse（逆転項目の一覧）は必須です' }),
  usedInHighStressJudgement: z.boolean({ error: 'usedInHighStressJudgement は true か false にしてください' }),
});

const criterionSchema = z.looseObject({
  id: text('判定基準の id'),
  expr: z.string({ error: '判定式（expr）は必須です' }).refine((e) => parseCriterion(e) !== null, {
    error: (iss) => `判定式「${String(iss.input)}」を読めません（例: "A + C >= 76 AND B >= 63"）`,
  }),
});
const highStressIf = z
  .array(criterionSchema, { error: '判定基準（highStressIf）は必須です' })
  .min(1, { error: '判定基準（highStressIf）が空です' })
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, { error: '判定基準の id が重複しています' });

const pointError = { error: '評価点（point）は1〜5の整数にしてください' };
const rowSchema = z
  .looseObject({
    min: int('素点換算表の min'),
    max: int('素点換算表の max'),
    column: int('素点換算表の column').min(1, { error: 'column は1〜5にしてください' }).max(5, { error: 'column は1〜5にしてください' }),
    point: z.int(pointError).min(1, pointError).max(5, pointError),
  })
  .refine((r) => r.min <= r.max, { error: '素点換算表の行の min が max より大きくなっています' });

const tableSchema = z.looseObject({
  direction: z.enum(['stress', 'resource'], { error: '素点換算表の direction は stress か resource にしてください' }),
  /** The five printed columns, null where the column is blank ("—"); redundant with rows, so checked against them. */
  columns: z.array(z.tuple([z.int(), z.int()]).nullable()).length(5, { error: 'columns は5列にしてください' }).optional(),
  rows: z.array(rowSchema, { error: '素点換算表の rows は必須です' }).min(1, { error: '素点換算表の rows が空です' }),
});
const tablesSchema = (sex: keyof typeof SEX_LABELS) =>
  z.record(z.string(), tableSchema, { error: `conversionTable.${sex}（${SEX_LABELS[sex]}の素点換算表）は必須です` });

export const bjsq57Schema = z
  .looseObject({
    sections: z.array(sectionSchema, { error: 'sections（領域と項目）は必須です' }),
    scales: z.array(scaleSchema, { error: 'scales（尺度）は必須です' }),
    criteria: z.looseObject(
      {
        simpleSum57: z.looseObject(
          { reverseItems: z.array(z.string(), { error: 'criteria.simpleSum57.reverseItems（逆転項目）は必須です' }), highStressIf },
          { error: 'criteria.simpleSum57（合計点数を使う方法の基準）は必須です' },
        ),
        conversion57: z.looseObject({ highStressIf }, { error: 'criteria.conversion57（素点換算表を使う方法の基準）は必須です' }),
      },
      { error: 'criteria（高ストレス者の判定基準）は必須です' },
    ),
    conversionTable: z.looseObject(
      {
        columnLabels: z.array(text('列の名前'), { error: 'conversionTable.columnLabels は必須です' }).length(5, { error: 'columnLabels は5つにしてください' }),
        male: tablesSchema('male'),
        female: tablesSchema('female'),
      },
      { error: 'conversionTable（素点換算表）は必須です' },
    ),
  })
  .superRefine((data, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    checkItems(data, issue);
    checkScales(data, issue);
    for (const sex of ['male', 'female'] as const) checkTables(data, sex, issue);
  });

export type Bjsq57 = z.infer<typeof bjsq57Schema>;
type Issue = (path: PropertyKey[], message: string) => void;

function itemIndex(data: Bjsq57) {
  return new Map(data.sections.flatMap((s) => s.items.map((item) => [item.id, { section: s.id, item }] as const)));
}

function checkItems(data: Bjsq57, issue: Issue) {
  const ids = data.sections.map((s) => s.id);
  if (ids.join() !== SECTION_IDS.join()) {
    issue(['sections'], `sections は A・B・C・D の4領域をこの順に並べてください（今は ${ids.join('・') || 'なし'}）`);
  }
  const seen = new Set<string>();
  let globalNo = 1;
  let globalNoOk = true;
  data.sections.forEach((s, si) => {
    const expected = SECTION_ITEM_COUNTS[s.id];
    if (s.items.length !== expected) issue(['sections', si, 'items'], `領域${s.id}の項目は${expected}個のはずですが、${s.items.length}個あります`);
    s.items.forEach((item, ii) => {
      const path = ['sections', si, 'items', ii];
      if (seen.has(item.id)) issue([...path, 'id'], `項目 id「${item.id}」が重複しています`);
      seen.add(item.id);
      if (item.id !== `${s.id}${item.no}`) issue([...path, 'id'], `項目 id「${item.id}」が領域${s.id}の no ${item.no} と合いません`);
      // The number shown to the person (1–57) must run on across sections; report only the first break.
      if (globalNoOk && item.globalNo !== globalNo) {
        issue([...path, 'globalNo'], `globalNo は1から始まる通し番号にしてください（${item.id} は ${globalNo} のはずです）`);
        globalNoOk = false;
      }
      globalNo++;
    });
  });
  const items = itemIndex(data);
  const reverse = data.criteria.simpleSum57.reverseItems;
  reverse.forEach((id, i) => {
    if (!items.has(id)) issue(['criteria', 'simpleSum57', 'reverseItems', i], `criteria.simpleSum57.reverseItems の「${id}」という項目はありません`);
  });
  for (const [id, { item }] of items) {
    if (item.reverse !== reverse.includes(id)) {
      issue(['criteria', 'simpleSum57', 'reverseItems'], `項目 ${id} の reverse（${item.reverse}）が criteria.simpleSum57.reverseItems と合いません`);
    }
  }
}

function checkScales(data: Bjsq57, issue: Issue) {
  const items = itemIndex(data);
  const scaleIds = new Set<string>();
  data.scales.forEach((scale, si) => {
    const path = ['scales', si];
    if (scaleIds.has(scale.id)) issue([...path, 'id'], `尺度 id「${scale.id}」が重複しています`);
    scaleIds.add(scale.id);
    if (scale.usedInHighStressJudgement && scale.domain === 'D') issue([...path, 'domain'], `判定に使う尺度「${scale.id}」の domain は A・B・C のどれかにしてください`);
    scale.items.forEach((id, ii) => {
      const found = items.get(id);
      if (!found) issue([...path, 'items', ii], `尺度「${scale.id}」の items にある「${id}」という項目はありません`);
      else if (found.section !== scale.domain) issue([...path, 'items', ii], `尺度「${scale.id}」（領域${scale.domain}）に領域${found.section}の項目 ${id} が入っています`);
      else if (found.item.scale !== scale.id) issue([...path, 'items', ii], `項目 ${id} の scale は「${found.item.scale}」なので、尺度「${scale.id}」には入れられません`);
    });
    const formula = parseFormula(scale.formula);
    const used = formula?.terms.map((t) => t.item) ?? [];
    if (formula && [...used].sort().join() !== [...scale.items].sort().join()) {
      issue([...path, 'formula'], `尺度「${scale.id}」の計算式「${scale.formula}」の項目（${used.join(', ')}）が items（${scale.items.join(', ')}）と一致しません`);
    }
    scale.reverse.forEach((id, ri) => {
      if (!scale.items.includes(id)) issue([...path, 'reverse', ri], `尺度「${scale.id}」の reverse にある「${id}」は、この尺度の items にありません`);
    });
    const flagged = scale.items.filter((id) => items.get(id)?.item.reverse);
    const listed = scale.reverse.filter((id) => scale.items.includes(id) && items.has(id));
    if ([...flagged].sort().join() !== [...listed].sort().join()) {
      issue([...path, 'reverse'], `尺度「${scale.id}」の reverse（${listed.join(', ')}）が項目の reverse 指定（${flagged.join(', ')}）と合いません`);
    }
  });
  data.sections.forEach((s, si) =>
    s.items.forEach((item, ii) => {
      const owner = data.scales.find((sc) => sc.id === item.scale);
      if (!owner) issue(['sections', si, 'items', ii, 'scale'], `項目 ${item.id} の scale「${item.scale}」という尺度はありません`);
      else if (!owner.items.includes(item.id)) issue(['sections', si, 'items', ii, 'scale'], `項目 ${item.id} が尺度「${owner.id}」の items に入っていません`);
    }),
  );
}

const span = (a: number, b: number) => (a === b ? `${a}` : `${a}〜${b}`);

/** Every scale used for the verdict needs a table per sex whose rows tile its possible raw scores exactly. */
function checkTables(data: Bjsq57, sex: keyof typeof SEX_LABELS, issue: Issue) {
  const tables = data.conversionTable[sex];
  const label = SEX_LABELS[sex];
  for (const key of Object.keys(tables)) {
    if (!data.scales.some((s) => s.id === key)) issue(['conversionTable', sex, key], `${label}の素点換算表の「${key}」という尺度はありません`);
  }
  for (const scale of data.scales) {
    const table = tables[scale.id];
    const where = `${label}・${scale.name}の素点換算表`;
    if (!table) {
      if (scale.usedInHighStressJudgement) issue(['conversionTable', sex, scale.id], `${label}の素点換算表に尺度「${scale.id}」（${scale.name}）がありません`);
      continue;
    }
    const path = ['conversionTable', sex, scale.id];
    if (table.direction !== scale.direction) issue([...path, 'direction'], `${where}の direction（${table.direction}）が尺度の direction（${scale.direction}）と違います`);
    const { rows } = table;
    rows.forEach((row, i) => {
      const rowPath = [...path, 'rows', i];
      const prev = rows[i - 1];
      if (prev && row.min > prev.max + 1) issue(rowPath, `${where}で素点 ${span(prev.max + 1, row.min - 1)} が抜けています`);
      if (prev && row.min <= prev.max) issue(rowPath, `${where}で素点 ${span(row.min, Math.min(prev.max, row.max))} が2つの行に重なっています`);
      if (prev && row.column <= prev.column) issue([...rowPath, 'column'], `${where}の column は行の順に大きくしてください`);
      // 評価点: 1 = most stressful. Stress scales read the columns right to left, ★ scales left to right.
      const expected = scale.direction === 'stress' ? 6 - row.column : row.column;
      if (row.point !== expected) issue([...rowPath, 'point'], `${where}の素点 ${span(row.min, row.max)} の評価点 ${row.point} が、列 ${row.column} と direction（${scale.direction}）から決まる ${expected} と違います`);
    });
    const formula = parseFormula(scale.formula);
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (formula && first && last) {
      const [lo, hi] = formulaRange(formula);
      if (first.min !== lo || last.max !== hi) issue([...path, 'rows'], `${where}は素点 ${lo}〜${hi} をちょうど覆う必要がありますが、${first.min}〜${last.max} になっています`);
    }
    table.columns?.forEach((cell, c) => {
      const row = rows.find((r) => r.column === c + 1);
      const same = row ? cell !== null && cell[0] === row.min && cell[1] === row.max : cell === null;
      if (!same) issue([...path, 'columns', c], `${where}の columns の${c + 1}列目が rows と合いません`);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Runtime form: what the browser needs to show the questionnaire and score it. No notes or sources.

export interface RuntimeItem {
  id: string;
  no: number;
  globalNo: number;
  text: string;
  prompt?: string;
}
export interface RuntimeSection {
  id: SectionId;
  title: string;
  instruction: string;
  options: string[];
  items: RuntimeItem[];
}
export interface RuntimeScale extends LinearFormula {
  id: string;
  name: string;
  domain: SectionId;
  items: string[];
  formula: string;
  direction: 'stress' | 'resource';
  usedInHighStressJudgement: boolean;
}
export interface RuntimeRow {
  min: number;
  max: number;
  column: number;
  point: number;
}
export type RuntimeTables = Record<string, RuntimeRow[]>;
export interface RuntimeBjsq57 {
  sections: RuntimeSection[];
  scales: RuntimeScale[];
  /** Items recoded 1⇄4, 2⇄3 by the 合計点数 method. */
  reverseItems: string[];
  criteria: { simpleSum: RuntimeCriterion[]; conversion: RuntimeCriterion[] };
  /** The five column names of the 素点換算表, 低い/少い … 高い/多い (column = index + 1). */
  levelLabels: string[];
  /** 素点換算表 per sex: scale id → rows. */
  conversion: { male: RuntimeTables; female: RuntimeTables };
}

/** Expects data that passed bjsq57Schema; the result is plain JSON. */
export function toRuntimeInstrument(instrument: Bjsq57): RuntimeBjsq57 {
  const criteria = (list: { id: string; expr: string }[]) =>
    list.map(({ id, expr }) => ({ id, expr, all: mustParse(parseCriterion(expr), expr) }));
  const tables = (source: Bjsq57['conversionTable']['male']): RuntimeTables =>
    Object.fromEntries(
      Object.entries(source).map(([id, t]) => [id, t.rows.map(({ min, max, column, point }) => ({ min, max, column, point }))]),
    );
  return {
    sections: instrument.sections.map((s) => ({
      id: s.id,
      title: s.title,
      instruction: s.instruction,
      options: [...s.options],
      items: s.items.map(({ id, no, globalNo, text, prompt }) => ({ id, no, globalNo, text, ...(prompt ? { prompt } : {}) })),
    })),
    scales: instrument.scales.map((s) => ({
      id: s.id,
      name: s.name,
      domain: s.domain,
      items: [...s.items],
      formula: s.formula,
      ...mustParse(parseFormula(s.formula), s.formula),
      direction: s.direction,
      usedInHighStressJudgement: s.usedInHighStressJudgement,
    })),
    reverseItems: [...instrument.criteria.simpleSum57.reverseItems],
    criteria: {
      simpleSum: criteria(instrument.criteria.simpleSum57.highStressIf),
      conversion: criteria(instrument.criteria.conversion57.highStressIf),
    },
    levelLabels: [...instrument.conversionTable.columnLabels],
    conversion: {
      male: tables(instrument.conversionTable.male),
      female: tables(instrument.conversionTable.female),
    },
  };
}

function mustParse<T>(parsed: T | null, source: string): T {
  if (parsed === null) throw new Error(`読めない式です: ${source}（bjsq57Schema で検証したデータを渡してください）`);
  return parsed;
}
