import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/excellent-company/evaluate';
import {
  excellentCompanySchema,
  neededPoints,
  OFFICIAL_TOTALS,
  toRuntimeCriteria,
} from '../../src/lib/excellent-company/schema';

const root = fileURLToPath(new URL('../../', import.meta.url));
const raw = JSON.parse(readFileSync(`${root}content/instruments/excellent-company.json`, 'utf8'));

/** A deep copy of the real file to break in one place. */
const copy = () => structuredClone(raw);
const itemIndex = (data: typeof raw, id: string): number => data.items.findIndex((it: { id: string }) => it.id === id);

/** The field paths and messages of a failed parse. */
const problems = (input: unknown) => {
  const result = excellentCompanySchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the real criteria file', () => {
  const criteria = excellentCompanySchema.parse(raw);

  it('passes the schema', () => {
    expect(problems(raw)).toEqual([]);
  });

  it('has the six official areas with their official points', () => {
    expect(criteria.areas.map((a) => [a.id, a.name, a.points.取組, a.points.実績, a.manufacturingOnly])).toEqual([
      ['1', '安全衛生活動を推進するための取組状況', 5, 0, false],
      ['2-1', '健康管理の取組状況', 10, 2, false],
      ['2-2', 'メンタルヘルス対策への取組状況', 10, 0, false],
      ['2-3', '過重労働防止対策の取組状況', 10, 3, false],
      ['2-4', '受動喫煙防止対策の実施状況', 0, 2, false],
      ['3', '安全でリスクの少ない職場環境の整備の取組状況', 10, 3, true],
    ]);
  });

  it('has items whose points add up per area and kind', () => {
    const sum = (area: string, kind: string) =>
      criteria.items.filter((it) => it.area === area && it.kind === kind).reduce((s, it) => s + it.points, 0);
    expect(criteria.areas.map((a) => [a.id, sum(a.id, '取組'), sum(a.id, '実績')])).toEqual([
      ['1', 5, 0],
      ['2-1', 10, 2],
      ['2-2', 10, 0],
      ['2-3', 10, 3],
      ['2-4', 0, 2],
      ['3', 10, 3],
    ]);
    expect(criteria.items).toHaveLength(55);
    expect(criteria.items.reduce((s, it) => s + it.points, 0)).toBe(OFFICIAL_TOTALS.manufacturing);
    expect(criteria.items.filter((it) => it.area !== '3').reduce((s, it) => s + it.points, 0)).toBe(OFFICIAL_TOTALS.other);
  });

  it('states the official pass rules and totals', () => {
    expect(criteria.passRules.areaRatio).toBe(0.6);
    expect(criteria.passRules.totalRatio).toBe(0.8);
    expect(criteria.passRules.totals).toEqual({ manufacturing: { max: 55, needed: 44 }, other: { max: 42, needed: 34 } });
    expect(criteria.passRules.source.url).toBe('https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/0000075544.html');
    expect(criteria.passRules.rounding).toContain('UNVERIFIED');
  });

  it('lists the 20 製造業等 industries from the self-diagnosis screen', () => {
    expect(criteria.industries.list).toHaveLength(20);
    expect(criteria.industries.list[0]).toBe('林業');
    expect(criteria.industries.list).toContain('製造業(物の加工業を含む。)');
    expect(criteria.industries.list.at(-1)).toBe('機械修理業');
    expect(criteria.industries.source.url).toBe('https://anzeninfo.mhlw.go.jp/shindan/shindan_top.html');
  });

  it('marks only the verbatim 必要項目 as official, each with a source', () => {
    expect(criteria.required.filter((r) => r.official).map((r) => [r.id, r.ref, r.source?.grade])).toEqual([
      ['R1-01', '第1 No.1', 'secondary'],
      ['R1-02', '第1 No.2', 'secondary'],
      ['R2-01', '第2 1①', 'secondary'],
    ]);
    expect(criteria.required.find((r) => r.id === 'R1-01')?.text).toBe(
      '過去3年以内に労働基準関係法令の違反で送検されていないこと',
    );
    expect(criteria.required.filter((r) => !r.official)).toHaveLength(5);
    expect(criteria.items.filter((it) => it.official)).toEqual([]);
  });

  it('names the official sources, and keeps a private reprint apart from them', () => {
    expect(criteria.source.official.map((s) => s.id)).toEqual(['S2', 'S3', 'S4']);
    expect(criteria.source.secondary.map((s) => [s.id, s.url])).toEqual([['S1', 'https://rodo.co.jp/notification/56610']]);
    expect(criteria.source.copiedFrom).toBe('shared/reference/excellent-company.md (2026-11-21)');
    expect(criteria.source.note).toContain('参考版');
  });

  it('links every item to a guide article that exists', () => {
    const missing = criteria.items
      .map((it) => it.guide)
      .filter((url) => !existsSync(`${root}content/guides/${url.replace(/^\/guides\/|\/$/g, '')}.mdx`));
    expect(missing).toEqual([]);
  });

  it('asks every item as a question about all establishments or the whole company', () => {
    expect(criteria.items.filter((it) => !/か(（.+）)?$/.test(it.text)).map((it) => it.id)).toEqual([]);
  });
});

describe('schema refinements', () => {
  it('rejects an area whose 取組 points are off by one', () => {
    const data = copy();
    data.items[itemIndex(data, '2-2-03')].points = 2;
    expect(problems(data)).toEqual([
      'areas.2.points.取組: 分野 2-2（メンタルヘルス対策への取組状況）の取組評価点の合計が合いません（公式の配点は10点、項目の合計は11点）',
    ]);
  });

  it('rejects an area that is one 実績 point short', () => {
    const data = copy();
    data.items.splice(itemIndex(data, '2-3-13'), 1);
    expect(problems(data)).toEqual([
      'areas.3.points.実績: 分野 2-3（過重労働防止対策の取組状況）の実績評価点の合計が合いません（公式の配点は3点、項目の合計は2点）',
    ]);
  });

  it('rejects an item filed under the wrong kind', () => {
    const data = copy();
    data.items[itemIndex(data, '2-1-11')].kind = '取組';
    expect(problems(data)).toEqual([
      'areas.1.points.取組: 分野 2-1（健康管理の取組状況）の取組評価点の合計が合いません（公式の配点は10点、項目の合計は11点）',
      'areas.1.points.実績: 分野 2-1（健康管理の取組状況）の実績評価点の合計が合いません（公式の配点は2点、項目の合計は1点）',
    ]);
  });

  it('rejects totals other than 55 and 42 even when each area adds up', () => {
    const data = copy();
    data.areas[0].points.取組 = 6;
    data.items.splice(5, 0, { ...data.items[4], id: '1-06' });
    expect(problems(data)).toEqual([
      'areas: 評価項目の配点の合計が合いません（製造業等は公式の55点、分野の配点の合計は56点）',
      'passRules.totals.manufacturing.max: passRules.totals.manufacturing.max（55点）が分野の配点の合計（56点）と一致しません',
      'areas: 評価項目の配点の合計が合いません（製造業等以外は公式の42点、分野の配点の合計は43点）',
      'passRules.totals.other.max: passRules.totals.other.max（42点）が分野の配点の合計（43点）と一致しません',
    ]);
  });

  it('rejects a total pass mark that is not ceil(max × 0.8)', () => {
    const data = copy();
    data.passRules.totals.other.needed = 33;
    expect(problems(data)).toEqual([
      'passRules.totals.other.needed: passRules.totals.other.needed は 42点 × 0.8 以上の最小の整数（34点）にしてください',
    ]);
  });

  it('rejects a duplicate id, also across 必要項目 and 評価項目', () => {
    const data = copy();
    data.items[1].id = '1-01';
    data.items[1].points = 1;
    expect(problems(data)).toEqual(['items.1.id: id「1-01」が重複しています']);

    const across = copy();
    across.required[1].id = 'R1-01';
    expect(problems(across)).toEqual(['required.1.id: id「R1-01」が重複しています']);
  });

  it('rejects an item in an unknown area', () => {
    const data = copy();
    data.items.push({ ...data.items[0], id: '4-01', area: '4' });
    expect(problems(data)).toEqual(['items.55.area: 評価項目 4-01 の分野「4」は areas にありません']);
  });

  it('rejects an item whose id does not start with its area', () => {
    const data = copy();
    data.items[itemIndex(data, '2-2-01')].area = '2-1';
    data.items[itemIndex(data, '2-1-01')].area = '2-2';
    expect(problems(data)).toEqual([
      'items.5.id: 評価項目 2-1-01 の id は分野の番号「2-2-」で始めてください',
      'items.17.id: 評価項目 2-2-01 の id は分野の番号「2-1-」で始めてください',
    ]);
  });

  it('rejects a guide link outside /guides/', () => {
    for (const guide of ['https://example.jp/guides/a/b/', '/guide/overwork/health-measures/', '/guides/overwork/']) {
      const data = copy();
      data.items[0].guide = guide;
      expect(problems(data)).toEqual([
        'items.0.guide: guide は /guides/ で始まるガイド記事の URL（/guides/<topic>/<slug>/）にしてください',
      ]);
    }
  });

  it('rejects an official item without a source', () => {
    const data = copy();
    delete data.required[0].source;
    data.items[0].official = true;
    expect(problems(data)).toEqual([
      'required.0.source: 必要項目 R1-01 は official: true なので source（出典）が必要です',
      'items.0.source: 評価項目 1-01 は official: true なので source（出典）が必要です',
    ]);
  });

  it('rejects a 必要項目 in the portal wording without what was published, and an official one with it', () => {
    const data = copy();
    delete data.required[3].published;
    data.required[0].published = data.required[2].published;
    expect(problems(data)).toEqual([
      'required.0.published: 必要項目 R1-01 は official: true なので published は書かないでください',
      'required.3.published: 必要項目 R1-04 は official: false なので published（公表されている内容・出典・確認すること）が必要です',
    ]);
  });

  it('rejects a plain-http source, a private page graded official and a private page among the official documents', () => {
    const data = copy();
    data.required[0].source.url = 'http://shem.or.jp/diagnosis/white_mark_nm';
    data.required[1].source.grade = 'official';
    data.source.official.push({ id: 'S9', name: '解説', url: 'https://example.com/' });
    expect(problems(data)).toEqual([
      'source.official.3.url: source.official には公的機関のサイト（go.jp など）の資料だけを書いてください。それ以外は source.secondary に書きます',
      'required.0.source.url: source の url は https:// で始まる URL にしてください',
      'required.1.source.grade: source の grade は、公的機関のサイト（go.jp など）なら official、それ以外は secondary にしてください',
    ]);
  });

  it('rejects a 必要項目 in an unknown section', () => {
    const data = copy();
    data.required[0].section = '第3';
    expect(problems(data)).toEqual(['required.0.section: 必要項目 R1-01 の section「第3」は requiredSections にありません']);
  });

  it('rejects a ratio finer than whole percent', () => {
    const data = copy();
    data.passRules.areaRatio = 0.605;
    expect(problems(data)).toEqual(['passRules.areaRatio: areaRatio は 0.01 単位の割合（例: 0.6）にしてください']);
  });
});

describe('neededPoints', () => {
  it('is ceil(max × ratio) without floating error', () => {
    expect([5, 12, 10, 13, 2].map((m) => neededPoints(m, 0.6))).toEqual([3, 8, 6, 8, 2]);
    expect([55, 42, 10, 5].map((m) => neededPoints(m, 0.8))).toEqual([44, 34, 8, 4]);
    // 25 × 0.28 is 7.000000000000001 in floating point, so Math.ceil would give 8; the integer form gives 7.
    expect(Math.ceil(25 * 0.28)).toBe(8);
    expect(neededPoints(25, 0.28)).toBe(7);
  });
});

describe('toRuntimeCriteria', () => {
  const criteria = excellentCompanySchema.parse(raw);
  const runtime = toRuntimeCriteria(criteria);

  it('keeps what the browser needs and drops notes and the sources it does not show', () => {
    const text = JSON.stringify(runtime);
    expect(JSON.parse(text)).toEqual(runtime);
    expect(text).not.toMatch(/"(source|note|ref|copiedFrom|rounding)"/);
    expect(runtime.required.map((r) => [r.id, r.official, r.published?.sourceUrl ?? null])).toEqual([
      ['R1-01', true, null],
      ['R1-02', true, null],
      ['R1-03', false, 'https://shem.or.jp/diagnosis/white_mark_violation'],
      ['R1-04', false, 'https://jpbm.or.jp/dailynews/archives/1180'],
      ['R1-05', false, 'https://rodo.co.jp/news/31176'],
      ['R2-01', true, null],
      ['R2-02', false, 'https://www.rosei.jp/readers/article/64737'],
      ['R2-03', false, 'https://www.rosei.jp/readers/article/64737'],
    ]);
    expect(Object.keys(runtime).sort()).toEqual(
      ['answerRule', 'areas', 'industries', 'items', 'passRules', 'required', 'requiredSections', 'title'].sort(),
    );
    expect(runtime.items).toHaveLength(55);
    expect(runtime.required).toHaveLength(8);
    expect(runtime.industries.list).toHaveLength(20);
    expect(runtime.passRules).toEqual({ areaRatio: 0.6, totalRatio: 0.8 });
    expect(runtime.answerRule).toBe('※○×の判断に当たって、企業に属する全ての事業場で条件を満たす場合に○をつけてください。');
    expect(runtime.items[0]).toEqual({
      id: '1-01',
      area: '1',
      kind: '取組',
      points: 1,
      text: criteria.items[0]!.text,
      help: criteria.items[0]!.help,
      guide: '/guides/excellent-company/criteria/',
    });
  });

  it('gives the same result as the full criteria', () => {
    const answers = {
      manufacturing: true,
      required: Object.fromEntries(criteria.required.map((r) => [r.id, true])),
      items: Object.fromEntries(criteria.items.map((it, i) => [it.id, i % 4 !== 0])),
    };
    expect(evaluate(runtime, answers)).toEqual(evaluate(criteria, answers));
  });

  it('does not share arrays with the parsed criteria', () => {
    runtime.industries.list.push('x');
    expect(criteria.industries.list).toHaveLength(20);
  });
});
