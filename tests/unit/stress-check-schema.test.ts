import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bjsq57Schema,
  formulaRange,
  parseCriterion,
  parseFormula,
  toRuntimeInstrument,
} from '../../src/lib/stress-check/schema';

/** The tests mutate the raw JSON freely. */
type Raw = any;
const real: Raw = JSON.parse(readFileSync(new URL('../../content/instruments/bjsq57.json', import.meta.url), 'utf8'));

/** The real file with one change applied, then parsed; the field paths and messages of the failure. */
const problems = (change: (data: Raw) => void) => {
  const data = structuredClone(real);
  change(data);
  const result = bjsq57Schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('bjsq57 schema: the real file', () => {
  it('accepts content/instruments/bjsq57.json and keeps its source notes', () => {
    const data = bjsq57Schema.parse(real);
    expect(data.sections.map((s) => [s.id, s.items.length])).toEqual([
      ['A', 17],
      ['B', 29],
      ['C', 9],
      ['D', 2],
    ]);
    expect(data.scales).toHaveLength(19);
    expect(data.copiedFrom).toBe('shared/reference/bjsq57.json (2026-11-21)');
    expect(data.criteria.simpleSum57.status).toBe('VERIFIED (>=2 sources)');
    expect(data.conversionTable.discrepancies).toHaveLength(2);
  });
});

describe('bjsq57 schema: rejected files (Japanese messages)', () => {
  it('a missing item (A5 deleted)', () => {
    expect(problems((d) => d.sections[0].items.splice(4, 1))).toEqual([
      'sections.0.items: 領域Aの項目は17個のはずですが、16個あります',
      'sections.0.items.4.globalNo: globalNo は1から始まる通し番号にしてください（A6 は 5 のはずです）',
      'criteria.simpleSum57.reverseItems.4: criteria.simpleSum57.reverseItems の「A5」という項目はありません',
      'scales.1.items.1: 尺度「qualitative_demands」の items にある「A5」という項目はありません',
    ]);
  });

  it('a duplicated item id (B12 renamed B11)', () => {
    expect(
      problems((d) => {
        Object.assign(d.sections[1].items[11], { id: 'B11', no: 11 });
      }),
    ).toEqual([
      'sections.1.items.11.id: 項目 id「B11」が重複しています',
      'scales.12.items.2: 尺度「anxiety」の items にある「B12」という項目はありません',
    ]);
  });

  it('a duplicated id that also breaks the numbering (D2 renamed D1)', () => {
    expect(problems((d) => (d.sections[3].items[1].id = 'D1'))).toEqual([
      'sections.3.items.1.id: 項目 id「D1」が重複しています',
      'sections.3.items.1.id: 項目 id「D1」が領域Dの no 2 と合いません',
      'scales.18.items.1: 尺度「satisfaction」の items にある「D2」という項目はありません',
    ]);
  });

  it('a scale naming a missing item', () => {
    expect(
      problems((d) => {
        d.scales[0].items[2] = 'A99';
        d.scales[0].formula = '15-(A1+A2+A99)';
        d.scales[0].reverse = ['A1', 'A2'];
      }),
    ).toEqual([
      'scales.0.items.2: 尺度「quantitative_demands」の items にある「A99」という項目はありません',
      'sections.0.items.2.scale: 項目 A3 が尺度「quantitative_demands」の items に入っていません',
    ]);
  });

  it('a formula that does not use the scale’s items', () => {
    expect(problems((d) => (d.scales[15].formula = '15-(C1+C1+C7)'))).toEqual([
      'scales.15.formula: 尺度「supervisor_support」の計算式「15-(C1+C1+C7)」の項目（C1, C7）が items（C1, C4, C7）と一致しません',
    ]);
  });

  it('a conversion table with a gap (male 身体愁訴 second row starts at 13)', () => {
    expect(
      problems((d) => {
        d.conversionTable.male.somatic.rows[1].min = 13;
        d.conversionTable.male.somatic.columns[1] = [13, 15];
      }),
    ).toEqual(['conversionTable.male.somatic.rows.1: 男性・身体愁訴の素点換算表で素点 12 が抜けています']);
  });

  it('a conversion table with an overlap (female 抑うつ感 third row starts at 8)', () => {
    expect(
      problems((d) => {
        d.conversionTable.female.depression.rows[2].min = 7;
        d.conversionTable.female.depression.columns[2] = [7, 12];
      }),
    ).toEqual(['conversionTable.female.depression.rows.2: 女性・抑うつ感の素点換算表で素点 7〜8 が2つの行に重なっています']);
  });

  it('a conversion table that stops short of the possible raw scores', () => {
    expect(
      problems((d) => {
        d.conversionTable.male.somatic.rows[4].max = 40;
        d.conversionTable.male.somatic.columns[4] = [27, 40];
      }),
    ).toEqual([
      'conversionTable.male.somatic.rows: 男性・身体愁訴の素点換算表は素点 11〜44 をちょうど覆う必要がありますが、11〜40 になっています',
    ]);
  });

  it('a wrong number of items in a section (a 10th C item)', () => {
    expect(
      problems((d) => d.sections[2].items.push({ ...d.sections[2].items[8], id: 'C10', no: 10, globalNo: 56 })),
    ).toEqual([
      'sections.2.items: 領域Cの項目は9個のはずですが、10個あります',
      'sections.3.items.0.globalNo: globalNo は1から始まる通し番号にしてください（D1 は 57 のはずです）',
      'sections.2.items.9.scale: 項目 C10 が尺度「family_friend_support」の items に入っていません',
    ]);
  });

  it('a missing section', () => {
    expect(problems((d) => d.sections.pop())).toEqual([
      'sections: sections は A・B・C・D の4領域をこの順に並べてください（今は A・B・C）',
      'scales.18.items.0: 尺度「satisfaction」の items にある「D1」という項目はありません',
      'scales.18.items.1: 尺度「satisfaction」の items にある「D2」という項目はありません',
    ]);
  });

  it('options other than 4 labels, optionPoints other than [1,2,3,4]', () => {
    expect(
      problems((d) => {
        d.sections[1].options.pop();
        d.sections[1].optionPoints = [0, 1, 2, 3];
      }),
    ).toEqual([
      'sections.1.options: 選択肢（options）はちょうど4つにしてください',
      'sections.1.optionPoints: optionPoints は [1, 2, 3, 4] にしてください',
    ]);
  });

  it('reverse lists naming items that do not exist or do not match the item flags', () => {
    expect(
      problems((d) => {
        d.criteria.simpleSum57.reverseItems.push('B99');
        d.scales[5].reverse = ['A8'];
      }),
    ).toEqual([
      'criteria.simpleSum57.reverseItems.14: criteria.simpleSum57.reverseItems の「B99」という項目はありません',
      'scales.5.reverse: 尺度「job_control」の reverse（A8）が項目の reverse 指定（）と合いません',
    ]);
    expect(problems((d) => (d.sections[0].items[7].reverse = true))).toEqual([
      'criteria.simpleSum57.reverseItems: 項目 A8 の reverse（true）が criteria.simpleSum57.reverseItems と合いません',
      'scales.5.reverse: 尺度「job_control」の reverse（）が項目の reverse 指定（A8）と合いません',
    ]);
  });

  it('a missing criterion or an unreadable threshold', () => {
    expect(problems((d) => delete d.criteria.conversion57)).toEqual([
      'criteria.conversion57: criteria.conversion57（素点換算表を使う方法の基準）は必須です',
    ]);
    expect(problems((d) => delete d.criteria.simpleSum57)).toEqual([
      'criteria.simpleSum57: criteria.simpleSum57（合計点数を使う方法の基準）は必須です',
    ]);
    expect(problems((d) => (d.criteria.simpleSum57.highStressIf[0].expr = 'B > 77'))).toEqual([
      'criteria.simpleSum57.highStressIf.0.expr: 判定式「B > 77」を読めません（例: "A + C >= 76 AND B >= 63"）',
    ]);
  });

  it('a missing table for a scale used in the verdict, but not for 満足度', () => {
    expect(problems((d) => delete d.conversionTable.female.vigor)).toEqual([
      'conversionTable.female.vigor: 女性の素点換算表に尺度「vigor」（活気）がありません',
    ]);
    expect(problems((d) => delete d.conversionTable.male)).toEqual([
      'conversionTable.male: conversionTable.male（男性の素点換算表）は必須です',
    ]);
    expect(
      problems((d) => {
        delete d.conversionTable.male.satisfaction;
        delete d.conversionTable.female.satisfaction;
      }),
    ).toEqual([]);
  });

  it('a point outside 1..5 or against the column direction', () => {
    expect(problems((d) => (d.conversionTable.male.vigor.rows[0].point = 6))).toEqual([
      'conversionTable.male.vigor.rows.0.point: 評価点（point）は1〜5の整数にしてください',
      'conversionTable.male.vigor.rows.0.point: 男性・活気の素点換算表の素点 3 の評価点 6 が、列 1 と direction（resource）から決まる 1 と違います',
    ]);
    expect(problems((d) => (d.conversionTable.female.fatigue.rows[4].point = 5))).toEqual([
      'conversionTable.female.fatigue.rows.4.point: 女性・疲労感の素点換算表の素点 12 の評価点 5 が、列 5 と direction（stress）から決まる 1 と違います',
    ]);
  });

  it('columns that disagree with rows, an unreadable formula', () => {
    expect(problems((d) => (d.conversionTable.male.quantitative_demands.columns[1] = [6, 6]))).toEqual([
      'conversionTable.male.quantitative_demands.columns.1: 男性・心理的な仕事の負担（量）の素点換算表の columns の2列目が rows と合いません',
    ]);
    expect(problems((d) => (d.scales[0].formula = '15-(A1+A2+'))).toEqual([
      'scales.0.formula: 計算式「15-(A1+A2+」を読めません（使えるのは整数・項目 id・+・-・括弧です）',
    ]);
  });

  it('lets unknown keys pass through', () => {
    const data = structuredClone(real);
    data.reviewNote = '2026-12 再確認予定';
    data.sections[0].items[0].note = 'S1/S2/S3 一致';
    const parsed = bjsq57Schema.parse(data);
    expect(parsed.reviewNote).toBe('2026-12 再確認予定');
    expect(parsed.sections[0].items[0].note).toBe('S1/S2/S3 一致');
  });
});

describe('formula and criterion parsing', () => {
  it('reads the scale formulas as constant + weighted items', () => {
    expect(parseFormula('10-(A12+A13)+A14')).toEqual({
      constant: 10,
      terms: [
        { item: 'A12', weight: -1 },
        { item: 'A13', weight: -1 },
        { item: 'A14', weight: 1 },
      ],
    });
    expect(parseFormula('A11')).toEqual({ constant: 0, terms: [{ item: 'A11', weight: 1 }] });
    expect(parseFormula('15-(A1+A2')).toBeNull();
    expect(parseFormula('15*A1')).toBeNull();
  });

  it('computes the possible raw-score range from answers 1..4', () => {
    const range = (f: string) => formulaRange(parseFormula(f)!);
    expect(range('15-(A1+A2+A3)')).toEqual([3, 12]);
    expect(range('10-(A12+A13)+A14')).toEqual([3, 12]);
    expect(range('5-A7')).toEqual([1, 4]);
    expect(range('10-(D1+D2)')).toEqual([2, 8]);
    expect(range('B19+B20+B21+B22+B23+B24+B25+B26+B27+B28+B29')).toEqual([11, 44]);
  });

  it('reads the thresholds of both criteria', () => {
    expect(parseCriterion('A + C >= 76 AND B >= 63')).toEqual([
      { domains: ['A', 'C'], op: '>=', value: 76 },
      { domains: ['B'], op: '>=', value: 63 },
    ]);
    expect(parseCriterion('B <= 12')).toEqual([{ domains: ['B'], op: '<=', value: 12 }]);
    expect(parseCriterion('B < 12')).toBeNull();
    expect(parseCriterion('D >= 3')).toBeNull();
  });
});

describe('runtime instrument', () => {
  const runtime = toRuntimeInstrument(bjsq57Schema.parse(real));

  it('is plain JSON without notes or sources', () => {
    expect(JSON.parse(JSON.stringify(runtime))).toEqual(runtime);
    const text = JSON.stringify(runtime);
    for (const word of ['sources', 'status', 'note', 'verification', 'copiedFrom', 'mhlw.go.jp', 'lockhart9']) {
      expect(text).not.toContain(word);
    }
  });

  it('keeps what the browser needs', () => {
    expect(runtime.sections.map((s) => s.items.length)).toEqual([17, 29, 9, 2]);
    expect(runtime.sections[2].options).toEqual(['非常に', 'かなり', '多少', '全くない']);
    expect(runtime.sections[2].items[3]).toEqual({
      id: 'C4',
      no: 4,
      globalNo: 50,
      text: '上司',
      prompt: 'あなたが困った時、次の人たちはどのくらい頼りになりますか？',
    });
    expect(runtime.sections[0].items[0]).toEqual({ id: 'A1', no: 1, globalNo: 1, text: '非常にたくさんの仕事をしなければならない' });
    expect(runtime.scales.find((s) => s.id === 'interpersonal_stress')).toEqual({
      id: 'interpersonal_stress',
      name: '職場の対人関係でのストレス',
      domain: 'A',
      items: ['A12', 'A13', 'A14'],
      formula: '10-(A12+A13)+A14',
      constant: 10,
      terms: [
        { item: 'A12', weight: -1 },
        { item: 'A13', weight: -1 },
        { item: 'A14', weight: 1 },
      ],
      direction: 'stress',
      usedInHighStressJudgement: true,
    });
    expect(runtime.reverseItems).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A11', 'A12', 'A13', 'A15', 'B1', 'B2', 'B3']);
    expect(runtime.criteria.simpleSum.map((c) => [c.id, c.expr])).toEqual([
      ['ア', 'B >= 77'],
      ['イ', 'A + C >= 76 AND B >= 63'],
    ]);
    expect(runtime.criteria.conversion.map((c) => [c.id, c.expr])).toEqual([
      ['ア', 'B <= 12'],
      ['イ', 'A + C <= 26 AND B <= 17'],
    ]);
    expect(runtime.levelLabels).toEqual(['低い/少い', 'やや低い/少い', '普通', 'やや高い/多い', '高い/多い']);
    expect(Object.keys(runtime.conversion.male)).toHaveLength(19);
    expect(runtime.conversion.female.environment_stress).toEqual([
      { min: 1, max: 1, column: 1, point: 5 },
      { min: 2, max: 2, column: 3, point: 3 },
      { min: 3, max: 3, column: 4, point: 2 },
      { min: 4, max: 4, column: 5, point: 1 },
    ]);
  });
});
