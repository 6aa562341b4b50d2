import type { ItemKind } from './schema';

/**
 * Pure engine of the 安全衛生優良企業 self-diagnosis (参考版). It follows the official pass rules
 * (MHLW 「安全衛生優良企業の認定基準・評価項目」): every 必要項目 met, every counted area at 6割 or more of its
 * points, and the total at 8割 or more. Area 3 counts only for 製造業等. The rounding at the 6割 boundary is not
 * stated officially; this engine requires score ≥ max × ratio, compared with integers (score × 100 ≥ max × percent).
 *
 * Only a 必要項目 in the official wording may make a company 「対象になりません」 (ineligible). One written in the
 * portal's own words, answered ×, cannot decide that: the verdict is then 「要確認」 (needs-check) when the
 * scores pass, so the company confirms the real condition with the 労働局 instead of being turned away.
 */

/** The part of the criteria the engine reads. Both the full criteria and `RuntimeCriteria` satisfy it. */
export interface EvaluableCriteria {
  readonly title: string;
  readonly required: readonly { readonly id: string; readonly section: string; readonly text: string; readonly official: boolean }[];
  readonly areas: readonly { readonly id: string; readonly name: string; readonly manufacturingOnly: boolean }[];
  readonly items: readonly {
    readonly id: string;
    readonly area: string;
    readonly kind: ItemKind;
    readonly points: number;
    readonly text: string;
    readonly guide: string;
  }[];
  readonly passRules: { readonly areaRatio: number; readonly totalRatio: number };
}

/** ○ = true, × = false. A missing key (or null) means the question has not been answered yet. */
export type AnswerMap = Readonly<Record<string, boolean | null | undefined>>;

export interface Answers {
  /** Whether the company includes one of the 製造業等 industries (area 3 is then counted). */
  readonly manufacturing: boolean;
  readonly required: AnswerMap;
  readonly items: AnswerMap;
}

export type Verdict = 'meets' | 'not-meets' | 'ineligible' | 'needs-check';

export interface Score {
  score: number;
  max: number;
  /** The smallest whole score that passes: ceil(max × ratio). */
  needed: number;
  passed: boolean;
}

export interface AreaResult extends Score {
  id: string;
  name: string;
}

export interface RequiredResult {
  id: string;
  section: string;
  text: string;
  official: boolean;
}

export interface EvaluationResult {
  verdict: Verdict;
  /** 必要項目 answered ×, in data order. Those with `official: true` make the company ineligible. */
  unmetRequired: RequiredResult[];
  /** Ids of the 必要項目 judged on the portal's own wording (all of them, whatever the answer). */
  portalWordedRequired: string[];
  /** Counted areas only, in data order (area 3 is left out unless manufacturing). */
  areas: AreaResult[];
  total: Score;
  /** Items of the counted areas answered ×, in data order. */
  unmetItems: { id: string; area: string; text: string; guide: string; points: number }[];
}

/** The id used in `UnansweredError.missing` when the industry question itself has no answer. */
export const INDUSTRY_QUESTION_ID = 'industry';

export class UnansweredError extends Error {
  readonly missing: string[];
  constructor(missing: string[]) {
    const label = (id: string) => (id === INDUSTRY_QUESTION_ID ? '業種' : id);
    const first = label(missing[0] ?? '');
    super(
      missing.length > 1
        ? `未回答の項目があります（${first} ほか全${missing.length}項目）。`
        : `未回答の項目があります（${first}）。`,
    );
    this.name = 'UnansweredError';
    this.missing = missing;
  }
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  meets: '認定基準の目安を満たしています（参考）',
  'not-meets': '認定基準の目安を満たしていません（参考）',
  ineligible: '必要項目を満たしていないため、認定の対象になりません（参考）',
  'needs-check': '得点は基準の目安を満たしています。必要項目に労働局への確認が必要な点があります（参考）',
};

const percentOf = (ratio: number) => Math.round(ratio * 100);

function score(scored: number, max: number, ratio: number): Score {
  const percent = percentOf(ratio);
  return {
    score: scored,
    max,
    needed: Math.floor((max * percent + 99) / 100),
    passed: scored * 100 >= max * percent,
  };
}

/** Whether an item is counted: area 3 (manufacturingOnly) only for 製造業等. */
function countedAreaIds(criteria: EvaluableCriteria, manufacturing: boolean): Set<string> {
  return new Set(criteria.areas.filter((a) => manufacturing || !a.manufacturingOnly).map((a) => a.id));
}

const answered = (map: AnswerMap, id: string): boolean =>
  Object.prototype.hasOwnProperty.call(map, id) && typeof map[id] === 'boolean';

/** The ids still unanswered, in data order (industry, 必要項目, then 評価項目). */
export function unansweredIds(criteria: EvaluableCriteria, answers: Answers): string[] {
  const missing: string[] = [];
  const manufacturing = (answers as { manufacturing: unknown }).manufacturing;
  const industryKnown = typeof manufacturing === 'boolean';
  if (!industryKnown) missing.push(INDUSTRY_QUESTION_ID);
  const required = answers.required ?? {};
  const items = answers.items ?? {};
  for (const r of criteria.required) if (!answered(required, r.id)) missing.push(r.id);
  // Without the industry we cannot tell whether area 3 is needed, so only the other areas are listed.
  const counted = countedAreaIds(criteria, industryKnown ? manufacturing : false);
  for (const it of criteria.items) if (counted.has(it.area) && !answered(items, it.id)) missing.push(it.id);
  return missing;
}

export function evaluate(criteria: EvaluableCriteria, answers: Answers): EvaluationResult {
  const missing = unansweredIds(criteria, answers);
  if (missing.length > 0) throw new UnansweredError(missing);

  const { manufacturing } = answers;
  const unmetRequired = criteria.required
    .filter((r) => answers.required[r.id] !== true)
    .map(({ id, section, text, official }) => ({ id, section, text, official }));

  const counted = countedAreaIds(criteria, manufacturing);
  const countedItems = criteria.items.filter((it) => counted.has(it.area));

  const areas: AreaResult[] = criteria.areas
    .filter((a) => counted.has(a.id))
    .map((a) => {
      const inArea = countedItems.filter((it) => it.area === a.id);
      const max = inArea.reduce((s, it) => s + it.points, 0);
      const got = inArea.filter((it) => answers.items[it.id] === true).reduce((s, it) => s + it.points, 0);
      return { id: a.id, name: a.name, ...score(got, max, criteria.passRules.areaRatio) };
    });

  const total = score(
    areas.reduce((s, a) => s + a.score, 0),
    areas.reduce((s, a) => s + a.max, 0),
    criteria.passRules.totalRatio,
  );

  const unmetItems = countedItems
    .filter((it) => answers.items[it.id] !== true)
    .map(({ id, area, text, guide, points }) => ({ id, area, text, guide, points }));

  const scoresPass = areas.every((a) => a.passed) && total.passed;
  const verdict: Verdict = unmetRequired.some((r) => r.official)
    ? 'ineligible'
    : !scoresPass
      ? 'not-meets'
      : unmetRequired.length > 0
        ? 'needs-check'
        : 'meets';
  const portalWordedRequired = criteria.required.filter((r) => !r.official).map((r) => r.id);

  return { verdict, unmetRequired, portalWordedRequired, areas, total, unmetItems };
}

/* ---- export ---- */

const mark = (v: boolean | null | undefined) => (v === true ? '○' : v === false ? '×' : '未回答');

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (fields: (string | number)[]) => fields.map(csvField).join(',');

export interface CsvOptions {
  /** Prepend a UTF-8 byte order mark so that Excel opens the file as UTF-8. Default false. */
  bom?: boolean;
}

/**
 * The answers and the result as UTF-8 CSV text (CRLF line ends). The first block has one row per question
 * (区分,番号,項目,配点,回答); after a blank line come the per-area and total scores, then the industry, the
 * 必要項目 status and the verdict.
 */
export function answersToCsv(
  criteria: EvaluableCriteria,
  answers: Answers,
  result: EvaluationResult,
  options: CsvOptions = {},
): string {
  const counted = countedAreaIds(criteria, answers.manufacturing);
  const lines: string[] = [csvLine(['区分', '番号', '項目', '配点', '回答'])];
  for (const r of criteria.required) {
    lines.push(csvLine([`必要項目 ${r.section}`, r.id, r.text, '', mark(answers.required[r.id])]));
  }
  for (const it of criteria.items) {
    const answer = counted.has(it.area) ? mark(answers.items[it.id]) : '対象外';
    lines.push(csvLine([`評価項目 ${it.area} ${it.kind}`, it.id, it.text, it.points, answer]));
  }
  lines.push('');
  lines.push(csvLine(['分野', '名称', '得点', '配点', '基準点', '判定']));
  for (const a of result.areas) lines.push(csvLine([a.id, a.name, a.score, a.max, a.needed, a.passed ? '達成' : '未達']));
  const t = result.total;
  lines.push(csvLine(['合計', '総合点', t.score, t.max, t.needed, t.passed ? '達成' : '未達']));
  lines.push('');
  lines.push(csvLine(['業種', answers.manufacturing ? '製造業等を含む' : '製造業等を含まない']));
  const official = result.unmetRequired.filter((r) => r.official).map((r) => r.id);
  const toConfirm = result.unmetRequired.filter((r) => !r.official).map((r) => r.id);
  lines.push(
    csvLine([
      '必要項目',
      [
        result.unmetRequired.length === 0 ? 'すべて満たしている' : '',
        official.length > 0 ? `満たしていない項目あり（${official.join('、')}）` : '',
        toConfirm.length > 0 ? `労働局に確認が必要な項目あり（${toConfirm.join('、')}）` : '',
      ]
        .filter(Boolean)
        .join('／'),
    ]),
  );
  lines.push(csvLine(['このポータルの文言で判断した必要項目', result.portalWordedRequired.join('、')]));
  lines.push(csvLine(['判定', VERDICT_LABELS[result.verdict]]));
  lines.push(csvLine(['注記', 'この結果は参考版の自己診断によるものです。正式な判定は都道府県労働局の審査によります。']));
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

export interface AnswersJson {
  tool: string;
  manufacturing: boolean;
  verdict: Verdict;
  verdictLabel: string;
  required: { id: string; section: string; text: string; answer: boolean | null }[];
  /** `counted: false` (and `answer: null`) for area 3 items when the company is not 製造業等. */
  items: { id: string; area: string; kind: ItemKind; text: string; points: number; answer: boolean | null; counted: boolean }[];
  areas: AreaResult[];
  total: Score;
  unmetRequired: string[];
  /** 必要項目 judged on the portal's own wording: × on these means 要確認, never 対象外. */
  portalWordedRequired: string[];
  unmetItems: string[];
}

const asAnswer = (v: boolean | null | undefined): boolean | null => (typeof v === 'boolean' ? v : null);

/** The answers and the result as a plain, JSON-serialisable object without a date (the caller adds one). */
export function answersToJson(criteria: EvaluableCriteria, answers: Answers, result: EvaluationResult): AnswersJson {
  const counted = countedAreaIds(criteria, answers.manufacturing);
  return {
    tool: criteria.title,
    manufacturing: answers.manufacturing,
    verdict: result.verdict,
    verdictLabel: VERDICT_LABELS[result.verdict],
    required: criteria.required.map((r) => ({ id: r.id, section: r.section, text: r.text, answer: asAnswer(answers.required[r.id]) })),
    items: criteria.items.map((it) => {
      const isCounted = counted.has(it.area);
      return {
        id: it.id,
        area: it.area,
        kind: it.kind,
        text: it.text,
        points: it.points,
        answer: isCounted ? asAnswer(answers.items[it.id]) : null,
        counted: isCounted,
      };
    }),
    areas: result.areas.map((a) => ({ ...a })),
    total: { ...result.total },
    unmetRequired: result.unmetRequired.map((r) => r.id),
    portalWordedRequired: [...result.portalWordedRequired],
    unmetItems: result.unmetItems.map((it) => it.id),
  };
}

/* ---- explaining the result ---- */

export interface Shortfall {
  /** The area id, or 'total'. */
  id: string;
  /** 「分野3 安全でリスクの少ない職場環境の整備の取組状況」 or 「総合点」. */
  label: string;
  /** Points still needed to reach the pass mark. */
  points: number;
}

/** Every counted area below its 6割 mark, then the total if below 8割, each with the points it lacks. */
export function shortfalls(result: EvaluationResult): Shortfall[] {
  const list: Shortfall[] = result.areas
    .filter((a) => !a.passed)
    .map((a) => ({ id: a.id, label: `分野${a.id} ${a.name}`, points: a.needed - a.score }));
  if (!result.total.passed) list.push({ id: 'total', label: '総合点', points: result.total.needed - result.total.score });
  return list;
}

/** The id of an item's own section in the criteria article (/guides/excellent-company/criteria/). */
export const itemAnchor = (itemId: string) => `item-${itemId}`;
export const CRITERIA_ARTICLE = '/guides/excellent-company/criteria/';
