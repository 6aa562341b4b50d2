import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  itemAnchor,
  shortfalls,
  answersToCsv,
  answersToJson,
  evaluate,
  UnansweredError,
  type Answers,
  type EvaluableCriteria,
} from '../../src/lib/excellent-company/evaluate';
import { excellentCompanySchema } from '../../src/lib/excellent-company/schema';

const path = fileURLToPath(new URL('../../content/instruments/excellent-company.json', import.meta.url));
const criteria = excellentCompanySchema.parse(JSON.parse(readFileSync(path, 'utf8')));

const allRequired = (): Record<string, boolean> => Object.fromEntries(criteria.required.map((r) => [r.id, true]));

/**
 * Item answers giving each area the score asked for (the first n items of the area ○, the rest ×); areas not
 * named get full marks. With `skipArea3` the area 3 items are left out altogether.
 */
function itemsScoring(scores: Record<string, number> = {}, skipArea3 = false): Record<string, boolean> {
  const used: Record<string, number> = {};
  const out: Record<string, boolean> = {};
  for (const it of criteria.items) {
    if (skipArea3 && it.area === '3') continue;
    used[it.area] = (used[it.area] ?? 0) + 1;
    out[it.id] = scores[it.area] === undefined || used[it.area]! <= scores[it.area]!;
  }
  return out;
}

const answers = (manufacturing: boolean, scores: Record<string, number> = {}): Answers => ({
  manufacturing,
  required: allRequired(),
  items: itemsScoring(scores, !manufacturing),
});

const areaOf = (result: ReturnType<typeof evaluate>, id: string) => result.areas.find((a) => a.id === id);

/** What evaluate throws, or undefined. */
function thrown(fn: () => unknown): UnansweredError | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof UnansweredError) return e;
    throw e;
  }
  return undefined;
}

describe('full marks', () => {
  it('meets with area 3 for 製造業等 (55 points, 44 needed)', () => {
    const result = evaluate(criteria, answers(true));
    expect(result).toEqual({
      verdict: 'meets',
      unmetRequired: [],
      portalWordedRequired: ['R1-03', 'R1-04', 'R1-05', 'R2-02', 'R2-03'],
      areas: [
        { id: '1', name: '安全衛生活動を推進するための取組状況', score: 5, max: 5, needed: 3, passed: true },
        { id: '2-1', name: '健康管理の取組状況', score: 12, max: 12, needed: 8, passed: true },
        { id: '2-2', name: 'メンタルヘルス対策への取組状況', score: 10, max: 10, needed: 6, passed: true },
        { id: '2-3', name: '過重労働防止対策の取組状況', score: 13, max: 13, needed: 8, passed: true },
        { id: '2-4', name: '受動喫煙防止対策の実施状況', score: 2, max: 2, needed: 2, passed: true },
        { id: '3', name: '安全でリスクの少ない職場環境の整備の取組状況', score: 13, max: 13, needed: 8, passed: true },
      ],
      total: { score: 55, max: 55, needed: 44, passed: true },
      unmetItems: [],
    });
  });

  it('meets without area 3 for other industries (42 points, 34 needed) and needs no area 3 answers', () => {
    const input = answers(false);
    expect(Object.keys(input.items).some((id) => id.startsWith('3-'))).toBe(false);
    const result = evaluate(criteria, input);
    expect(result.verdict).toBe('meets');
    expect(result.areas.map((a) => a.id)).toEqual(['1', '2-1', '2-2', '2-3', '2-4']);
    expect(result.total).toEqual({ score: 42, max: 42, needed: 34, passed: true });
  });
});

describe('the industry branch', () => {
  it('ignores area 3 answers when the company is not 製造業等', () => {
    const items = { ...itemsScoring(), ...Object.fromEntries(criteria.items.filter((it) => it.area === '3').map((it) => [it.id, false])) };
    const result = evaluate(criteria, { manufacturing: false, required: allRequired(), items });
    expect(result.verdict).toBe('meets');
    expect(result.total).toEqual({ score: 42, max: 42, needed: 34, passed: true });
    expect(result.unmetItems).toEqual([]);
    expect(areaOf(result, '3')).toBeUndefined();
  });

  it('counts the same area 3 answers for 製造業等', () => {
    const items = { ...itemsScoring(), ...Object.fromEntries(criteria.items.filter((it) => it.area === '3').map((it) => [it.id, false])) };
    const result = evaluate(criteria, { manufacturing: true, required: allRequired(), items });
    expect(result.verdict).toBe('not-meets');
    expect(areaOf(result, '3')).toEqual({
      id: '3',
      name: '安全でリスクの少ない職場環境の整備の取組状況',
      score: 0,
      max: 13,
      needed: 8,
      passed: false,
    });
    expect(result.total).toEqual({ score: 42, max: 55, needed: 44, passed: false });
    expect(result.unmetItems.map((it) => it.id)).toEqual(criteria.items.filter((it) => it.area === '3').map((it) => it.id));
  });
});

describe('the 6割 rule per area, at and just below the pass mark', () => {
  // [area, max, needed]: 5 → 3, 12 → 7.2 → 8, 10 → 6, 13 → 7.8 → 8, 2 → 1.2 → 2.
  const cases: [string, number, number][] = [
    ['1', 5, 3],
    ['2-1', 12, 8],
    ['2-2', 10, 6],
    ['2-3', 13, 8],
    ['2-4', 2, 2],
    ['3', 13, 8],
  ];
  for (const manufacturing of [true, false]) {
    const totalMax = manufacturing ? 55 : 42;
    for (const [id, max, needed] of cases) {
      if (id === '3' && !manufacturing) continue;
      it(`${manufacturing ? '製造業等' : '製造業等以外'}: area ${id} fails at ${needed - 1}/${max} and passes at ${needed}/${max}`, () => {
        const below = evaluate(criteria, answers(manufacturing, { [id]: needed - 1 }));
        expect(areaOf(below, id)).toMatchObject({ score: needed - 1, max, needed, passed: false });
        expect(below.areas.filter((a) => !a.passed).map((a) => a.id)).toEqual([id]);
        // The total still clears 8割, so the one weak area alone decides the verdict.
        expect(below.total).toMatchObject({ score: totalMax - (max - needed + 1), max: totalMax, passed: true });
        expect(below.verdict).toBe('not-meets');

        const at = evaluate(criteria, answers(manufacturing, { [id]: needed }));
        expect(areaOf(at, id)).toMatchObject({ score: needed, max, needed, passed: true });
        expect(at.verdict).toBe('meets');
      });
    }
  }

  it('shows the brief’s examples: 12 → 7 fails, 8 passes; 2 → 1 fails, 2 passes', () => {
    expect(areaOf(evaluate(criteria, answers(true, { '2-1': 7 })), '2-1')?.passed).toBe(false);
    expect(areaOf(evaluate(criteria, answers(true, { '2-1': 8 })), '2-1')?.passed).toBe(true);
    expect(areaOf(evaluate(criteria, answers(true, { '2-4': 1 })), '2-4')?.passed).toBe(false);
    expect(areaOf(evaluate(criteria, answers(true, { '2-4': 2 })), '2-4')?.passed).toBe(true);
  });
});

describe('the 8割 total rule', () => {
  it('製造業等: 43/55 fails and 44/55 passes while every area passes', () => {
    const below = evaluate(criteria, answers(true, { '2-1': 8, '2-2': 6, '2-3': 9 }));
    expect(below.areas.every((a) => a.passed)).toBe(true);
    expect(below.total).toEqual({ score: 43, max: 55, needed: 44, passed: false });
    expect(below.verdict).toBe('not-meets');

    const at = evaluate(criteria, answers(true, { '2-1': 8, '2-2': 6, '2-3': 10 }));
    expect(at.total).toEqual({ score: 44, max: 55, needed: 44, passed: true });
    expect(at.verdict).toBe('meets');
  });

  it('製造業等以外: 33/42 fails and 34/42 passes while every area passes', () => {
    const below = evaluate(criteria, answers(false, { '1': 3, '2-1': 8, '2-2': 7 }));
    expect(below.areas.every((a) => a.passed)).toBe(true);
    expect(below.total).toEqual({ score: 33, max: 42, needed: 34, passed: false });
    expect(below.verdict).toBe('not-meets');

    const at = evaluate(criteria, answers(false, { '1': 3, '2-1': 8, '2-2': 8 }));
    expect(at.total).toEqual({ score: 34, max: 42, needed: 34, passed: true });
    expect(at.verdict).toBe('meets');
  });
});

describe('verdicts', () => {
  it('is not-meets when the total passes (≥ 8割) but one area is below 6割', () => {
    const result = evaluate(criteria, answers(true, { '2-4': 1 }));
    expect(result.total).toEqual({ score: 54, max: 55, needed: 44, passed: true });
    expect(areaOf(result, '2-4')).toEqual({ id: '2-4', name: '受動喫煙防止対策の実施状況', score: 1, max: 2, needed: 2, passed: false });
    expect(result.verdict).toBe('not-meets');
    const item = criteria.items.find((it) => it.id === '2-4-02')!;
    expect(result.unmetItems).toEqual([{ id: '2-4-02', area: '2-4', text: item.text, guide: '/guides/passive-smoking/guideline-and-subsidy/', points: 1 }]);
  });

  it('is ineligible when a 必要項目 in the official wording is ×, and still shows the area scores', () => {
    const input = answers(true);
    const result = evaluate(criteria, { ...input, required: { ...input.required, 'R1-01': false } });
    expect(result.verdict).toBe('ineligible');
    expect(result.unmetRequired).toEqual([
      { id: 'R1-01', section: '第1', text: '過去3年以内に労働基準関係法令の違反で送検されていないこと', official: true },
    ]);
    expect(result.areas.every((a) => a.passed)).toBe(true);
    expect(result.total).toEqual({ score: 55, max: 55, needed: 44, passed: true });
  });

  it('needs a check with the 労働局, never ineligible, when a 必要項目 in the portal wording is ×', () => {
    const input = answers(true);
    const result = evaluate(criteria, { ...input, required: { ...input.required, 'R1-04': false } });
    expect(result.verdict).toBe('needs-check');
    expect(result.unmetRequired).toEqual([
      { id: 'R1-04', section: '第1', text: '過去3年以内に、死亡災害や重篤な労働災害を発生させていないこと', official: false },
    ]);
    expect(result.total).toEqual({ score: 55, max: 55, needed: 44, passed: true });
  });

  it('an official × outweighs a portal-worded ×: ineligible', () => {
    const input = answers(false);
    const result = evaluate(criteria, { ...input, required: { ...input.required, 'R1-02': false, 'R2-03': false } });
    expect(result.verdict).toBe('ineligible');
    expect(result.unmetRequired.map((r) => [r.id, r.official])).toEqual([
      ['R1-02', true],
      ['R2-03', false],
    ]);
  });

  it('failing scores outweigh a portal-worded ×: not-meets, with the item still listed to confirm', () => {
    const input = answers(false, { '2-3': 7 });
    const result = evaluate(criteria, { ...input, required: { ...input.required, 'R1-05': false } });
    expect(result.verdict).toBe('not-meets');
    expect(result.unmetRequired.map((r) => r.id)).toEqual(['R1-05']);
  });

  // Guard: only a criterion in the official wording can ever make the verdict 「対象になりません」.
  it.each(criteria.required.map((r) => [r.id, r.official] as const))('必要項目 %s alone answered × (official: %s)', (id, official) => {
    const input = answers(true);
    const result = evaluate(criteria, { ...input, required: { ...input.required, [id]: false } });
    expect(result.verdict).toBe(official ? 'ineligible' : 'needs-check');
  });

  it('is ineligible rather than not-meets when both a 必要項目 and an area fail', () => {
    const input = answers(false, { '2-2': 0 });
    const result = evaluate(criteria, { ...input, required: { ...input.required, 'R2-01': false, 'R1-01': false } });
    expect(result.verdict).toBe('ineligible');
    expect(result.unmetRequired.map((r) => r.id)).toEqual(['R1-01', 'R2-01']);
    expect(areaOf(result, '2-2')).toMatchObject({ score: 0, passed: false });
  });

  it('weights items by their points', () => {
    const small: EvaluableCriteria = {
      title: 't',
      required: [{ id: 'R1-01', section: '第1', text: 'r', official: true }],
      areas: [{ id: '1', name: 'a', manufacturingOnly: false }],
      items: [
        { id: '1-01', area: '1', kind: '取組', points: 3, text: 'x', guide: '/guides/a/b/' },
        { id: '1-02', area: '1', kind: '実績', points: 2, text: 'y', guide: '/guides/a/b/' },
      ],
      passRules: { areaRatio: 0.6, totalRatio: 0.8 },
    };
    const result = evaluate(small, { manufacturing: false, required: { 'R1-01': true }, items: { '1-01': true, '1-02': false } });
    expect(result.areas).toEqual([{ id: '1', name: 'a', score: 3, max: 5, needed: 3, passed: true }]);
    expect(result.total).toEqual({ score: 3, max: 5, needed: 4, passed: false });
    expect(result.unmetItems).toEqual([{ id: '1-02', area: '1', text: 'y', guide: '/guides/a/b/', points: 2 }]);
    expect(result.verdict).toBe('not-meets');
  });
});

describe('unanswered questions', () => {
  it('lists missing 必要項目 and items in data order', () => {
    const input = answers(true);
    const required = { ...input.required };
    delete required['R2-02'];
    const items = { ...input.items };
    for (const id of ['3-01', '2-2-05', '2-1-03']) delete items[id];
    const error = thrown(() => evaluate(criteria, { manufacturing: true, required, items }));
    expect(error).toBeInstanceOf(UnansweredError);
    expect(error?.missing).toEqual(['R2-02', '2-1-03', '2-2-05', '3-01']);
    expect(error?.message).toBe('未回答の項目があります（R2-02 ほか全4項目）。');
  });

  it('treats non-boolean values as unanswered', () => {
    const input = answers(false);
    const items = { ...input.items, '2-1-03': null, '2-3-12': 'yes', '1-02': 1 } as unknown as Record<string, boolean>;
    const error = thrown(() => evaluate(criteria, { ...input, items }));
    expect(error?.missing).toEqual(['1-02', '2-1-03', '2-3-12']);
    expect(error?.message).toBe('未回答の項目があります（1-02 ほか全3項目）。');
  });

  it('names a single missing id', () => {
    const input = answers(true);
    const required = { ...input.required };
    delete required['R1-05'];
    const error = thrown(() => evaluate(criteria, { ...input, required }));
    expect(error?.missing).toEqual(['R1-05']);
    expect(error?.message).toBe('未回答の項目があります（R1-05）。');
  });

  it('requires area 3 answers for 製造業等 only', () => {
    const withoutArea3 = itemsScoring({}, true);
    expect(thrown(() => evaluate(criteria, { manufacturing: false, required: allRequired(), items: withoutArea3 }))).toBeUndefined();
    const error = thrown(() => evaluate(criteria, { manufacturing: true, required: allRequired(), items: withoutArea3 }));
    expect(error?.missing).toEqual(['3-01', '3-02', '3-03', '3-04', '3-05', '3-06', '3-07', '3-08', '3-09', '3-10', '3-11', '3-12', '3-13']);
    expect(error?.message).toBe('未回答の項目があります（3-01 ほか全13項目）。');
  });

  it('asks for the industry first when it is not chosen', () => {
    const input = { ...answers(false), manufacturing: null } as unknown as Answers;
    const error = thrown(() => evaluate(criteria, input));
    expect(error?.missing).toEqual(['industry']);
    expect(error?.message).toBe('未回答の項目があります（業種）。');
  });

  it('is an Error with a name', () => {
    const error = new UnansweredError(['2-1-03', '2-1-04', '2-2-01', '2-3-01']);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UnansweredError');
    expect(error.message).toBe('未回答の項目があります（2-1-03 ほか全4項目）。');
  });
});

describe('answersToCsv', () => {
  const textOf = (id: string) => criteria.items.find((it) => it.id === id)!.text;

  it('writes a row per question, the area scores and the verdict', () => {
    const input = answers(false, { '2-4': 1 });
    const result = evaluate(criteria, input);
    const csv = answersToCsv(criteria, input, result);
    const lines = csv.split('\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(lines[0]).toBe('区分,番号,項目,配点,回答');
    expect(lines[1]).toBe(`必要項目 第1,R1-01,${criteria.required[0]!.text},,○`);
    expect(lines).toContain(`評価項目 2-4 実績,2-4-01,${textOf('2-4-01')},1,○`);
    expect(lines).toContain(`評価項目 2-4 実績,2-4-02,${textOf('2-4-02')},1,×`);
    expect(lines).toContain(`評価項目 3 実績,3-13,${textOf('3-13')},1,対象外`);
    // 1 header + 8 必要項目 + 55 評価項目, then the summary.
    expect(lines.slice(64)).toEqual([
      '',
      '分野,名称,得点,配点,基準点,判定',
      '1,安全衛生活動を推進するための取組状況,5,5,3,達成',
      '2-1,健康管理の取組状況,12,12,8,達成',
      '2-2,メンタルヘルス対策への取組状況,10,10,6,達成',
      '2-3,過重労働防止対策の取組状況,13,13,8,達成',
      '2-4,受動喫煙防止対策の実施状況,1,2,2,未達',
      '合計,総合点,41,42,34,達成',
      '',
      '業種,製造業等を含まない',
      '必要項目,すべて満たしている',
      'このポータルの文言で判断した必要項目,R1-03、R1-04、R1-05、R2-02、R2-03',
      '判定,認定基準の目安を満たしていません（参考）',
      '注記,この結果は参考版の自己診断によるものです。正式な判定は都道府県労働局の審査によります。',
      '',
    ]);
  });

  it('names the unmet 必要項目 and the area 3 row for 製造業等', () => {
    const input = answers(true);
    const withNo = { ...input, required: { ...input.required, 'R1-02': false, 'R2-03': false } };
    const csv = answersToCsv(criteria, withNo, evaluate(criteria, withNo));
    const lines = csv.split('\r\n');
    expect(lines).toContain(`必要項目 第1,R1-02,${criteria.required[1]!.text},,×`);
    expect(lines).toContain('3,安全でリスクの少ない職場環境の整備の取組状況,13,13,8,達成');
    expect(lines).toContain('合計,総合点,55,55,44,達成');
    expect(lines).toContain('業種,製造業等を含む');
    expect(lines).toContain('必要項目,満たしていない項目あり（R1-02）／労働局に確認が必要な項目あり（R2-03）');
    expect(lines).toContain('判定,必要項目を満たしていないため、認定の対象になりません（参考）');
  });

  it('a portal-worded × alone: the verdict is 要確認', () => {
    const input = answers(false);
    const withNo = { ...input, required: { ...input.required, 'R1-04': false } };
    const lines = answersToCsv(criteria, withNo, evaluate(criteria, withNo)).split('\r\n');
    expect(lines).toContain('必要項目,労働局に確認が必要な項目あり（R1-04）');
    expect(lines).toContain('判定,得点は基準の目安を満たしています。必要項目に労働局への確認が必要な点があります（参考）');
  });

  it('quotes a field with a comma or a quote and doubles the quote', () => {
    const edited: EvaluableCriteria = {
      ...criteria,
      items: criteria.items.map((it) => (it.id === '1-01' ? { ...it, text: '委員会を開き, "議事録" を残していますか' } : it)),
    };
    const input = answers(true);
    const csv = answersToCsv(edited, input, evaluate(edited, input));
    expect(csv.split('\r\n')).toContain('評価項目 1 取組,1-01,"委員会を開き, ""議事録"" を残していますか",1,○');
  });

  it('quotes a line break inside a field and can add a BOM', () => {
    const edited: EvaluableCriteria = {
      ...criteria,
      required: criteria.required.map((r) => (r.id === 'R1-01' ? { ...r, text: '一行目\n二行目' } : r)),
    };
    const input = answers(false);
    const csv = answersToCsv(edited, input, evaluate(edited, input), { bom: true });
    expect(csv.startsWith('\uFEFF区分,番号,項目,配点,回答\r\n')).toBe(true);
    expect(csv).toContain('\r\n必要項目 第1,R1-01,"一行目\n二行目",,○\r\n');
  });
});

describe('answersToJson', () => {
  it('returns plain, date-free data with the answers and the result', () => {
    const input = answers(false, { '2-2': 5 });
    const result = evaluate(criteria, input);
    const json = answersToJson(criteria, input, result);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(JSON.stringify(json)).not.toMatch(/date|20\d\d-\d\d-\d\d/i);
    expect(json.tool).toBe('安全衛生優良企業 自己診断（参考版）');
    expect(json.manufacturing).toBe(false);
    expect(json.verdict).toBe('not-meets');
    expect(json.verdictLabel).toBe('認定基準の目安を満たしていません（参考）');
    expect(json.required).toHaveLength(8);
    expect(json.required[0]).toEqual({ id: 'R1-01', section: '第1', text: criteria.required[0]!.text, answer: true });
    expect(json.items).toHaveLength(55);
    expect(json.items.find((it) => it.id === '2-2-06')).toEqual({
      id: '2-2-06',
      area: '2-2',
      kind: '取組',
      text: criteria.items.find((it) => it.id === '2-2-06')!.text,
      points: 1,
      answer: false,
      counted: true,
    });
    expect(json.items.find((it) => it.id === '3-01')).toMatchObject({ answer: null, counted: false });
    expect(json.areas).toEqual(result.areas);
    expect(json.total).toEqual({ score: 37, max: 42, needed: 34, passed: true });
    expect(json.unmetRequired).toEqual([]);
    expect(json.portalWordedRequired).toEqual(['R1-03', 'R1-04', 'R1-05', 'R2-02', 'R2-03']);
    expect(json.unmetItems).toEqual(['2-2-06', '2-2-07', '2-2-08', '2-2-09', '2-2-10']);
  });
});

describe('shortfalls', () => {
  it('names each failing area and the total with the points they still need', () => {
    // 製造業等: area 3 at 6 of 13 (needs 8) and 2-3 at 5 of 13 (needs 8); total 55 − 7 − 8 = 40 (needs 44).
    const result = evaluate(criteria, answers(true, { '3': 6, '2-3': 5 }));
    expect(result.verdict).toBe('not-meets');
    expect(shortfalls(result)).toEqual([
      { id: '2-3', label: '分野2-3 過重労働防止対策の取組状況', points: 3 },
      { id: '3', label: '分野3 安全でリスクの少ない職場環境の整備の取組状況', points: 2 },
      { id: 'total', label: '総合点', points: 4 },
    ]);
  });

  it('is empty when every area and the total pass', () => {
    expect(shortfalls(evaluate(criteria, answers(false)))).toEqual([]);
  });

  it('names only the total when every area passes but the total does not', () => {
    // Each area of 製造業等 at its 6割 mark: 3 + 8 + 6 + 8 + 2 + 8 = 35 of 55 (needs 44).
    const result = evaluate(criteria, answers(true, { '1': 3, '2-1': 8, '2-2': 6, '2-3': 8, '2-4': 2, '3': 8 }));
    expect(shortfalls(result)).toEqual([{ id: 'total', label: '総合点', points: 9 }]);
  });

  it('gives each item an anchor in the criteria article', () => {
    expect(itemAnchor('2-3-08')).toBe('item-2-3-08');
  });
});
