import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/lib/content-check/json-source';
import { problemLines, projectRoot, removeFixtures } from './fixture';

afterAll(removeFixtures);

const real = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
/** Replaces text that must be in the real file (so a changed file fails the test instead of passing it). */
const change = (path: string, from: string, to: string) => {
  const text = real(path);
  if (!text.includes(from)) throw new Error(`${path} に「${from}」がありません`);
  return text.replace(from, to);
};
const NEW_TARGET = ['', '- id: fy2027-portal-pageviews', '  label: ポータル全体の延べアクセス件数', '  fiscalYear: 2027'];

// Rule 10: KPI targets, topics and instruments: every schema error at its line, and duplicate ids.
describe('content check: KPI targets', () => {
  it('schema errors at their lines and a duplicate id', async () => {
    const targets = [
      real('content/kpi/targets.yaml').trimEnd(), // 44 lines
      ...NEW_TARGET, // 45–48
      '  metric: { kind: sessions }', // 49
      '  target: 1.5',
      ...NEW_TARGET, // 51–54: the same id again
      '  metric: { kind: feedback-share, pathPrefix: guides/ }', // 55
      '  target: 90', // 56
      '- id: FY2027',
      '  label: ""', // 58
      '  fiscalYear: 27', // 59
      '  metric: { kind: completions }',
      '  target: 0', // 61
      '',
    ].join('\n');
    expect(await problemLines({ 'content/kpi/targets.yaml': targets })).toEqual([
      'content/kpi/targets.yaml:49 metric の kind「sessions」は使えません（pageviews / completions / downloads / feedback-share のどれか）',
      'content/kpi/targets.yaml:52 id「fy2027-portal-pageviews」が重複しています（46 行目と同じです）。別の id にしてください',
      'content/kpi/targets.yaml:55 metric の pathPrefix「guides/」は / で始めてください（例：pathPrefix: /guides/）',
      'content/kpi/targets.yaml:56 target「90」は feedback-share では 0〜1 の割合で書いてください（例：target: 0.9）',
      'content/kpi/targets.yaml:57 id「FY2027」は半角英小文字・数字・ハイフンで書いてください（例：id: fy2026-portal-pageviews）',
      'content/kpi/targets.yaml:58 label が空です（例：label: ポータル全体の延べアクセス件数）',
      'content/kpi/targets.yaml:59 fiscalYear「27」は西暦の年度（2000〜2100 の整数）にしてください（例：fiscalYear: 2026）',
      'content/kpi/targets.yaml:61 target「0」は正の数にしてください（例：target: 150000）',
    ]);
  });

  it('a YAML slip in the targets file, and a file that is not a list', async () => {
    expect(await problemLines({ 'content/kpi/targets.yaml': change('content/kpi/targets.yaml', '  target: 3000000', '  target 3000000') })).toEqual([
      'content/kpi/targets.yaml:22 「target 3000000」の行に「: 」がありません。「項目名: 値」の形にしてください（例：target: 3000000）',
    ]);
    expect(await problemLines({ 'content/kpi/targets.yaml': 'id: fy2026-x\nlabel: x\n' })).toEqual([
      'content/kpi/targets.yaml:1 targets.yaml は「- id: …」で始まる目標の並びにしてください（例：- id: fy2026-portal-pageviews）',
    ]);
  });
});

describe('content check: topics', () => {
  it('schema errors and a duplicate id; the guides and seminars of the topic that is gone are named', async () => {
    const topics = change('content/topics.json', '"order": 5', '"order": "5"').replace('"id": "support"', '"id": "return-to-work"');
    const gone = '「support」は content/topics.json にありません（stress-check, return-to-work, passive-smoking, excellent-company, overwork のどれか）';
    expect(await problemLines({ 'content/topics.json': topics })).toEqual([
      `content/guides/support/kokoro-no-mimi.mdx:4 topic${gone}`,
      `content/guides/support/sanpo-centers.mdx:4 topic${gone}`,
      `content/seminars/2026-09-self-care-online.md:4 topic${gone}`,
      'content/topics.json:30 order「5」は整数にしてください（例："order": 5）',
      'content/topics.json:33 id「return-to-work」が重複しています（9 行目と同じです）。別の id にしてください',
    ]);
  });

  it('JSON syntax errors in Japanese at the line to fix', async () => {
    expect(await problemLines({ 'content/topics.json': change('content/topics.json', '"order": 6\n', '"order": 6,\n') })).toEqual([
      'content/topics.json:36 最後の項目の後ろに余分な「,」があります。消してください',
    ]);
    expect(await problemLines({ 'content/topics.json': change('content/topics.json', '"order": 2\n  },', '"order": 2\n  }') })).toEqual([
      'content/topics.json:13 一覧の項目の後ろに「,」がありません（項目と項目の間は「,」で区切ります）',
    ]);
  });
});

describe('content check: instruments', () => {
  it('schema errors of the questionnaire and the criteria, with their paths and lines', async () => {
    const criteria = change('content/instruments/excellent-company.json', '"manufacturingOnly": false', '"manufacturingOnly": "no"')
      .replace('"/guides/overwork/health-measures/"', '"/guides/overwork/no-such-guide/"')
      .replace('"areaRatio": 0.6', '"areaRatio": 0.605');
    // The criteria file is edited often, so its expected lines are found in the text rather than fixed.
    const lineOf = (needle: string) => criteria.slice(0, criteria.indexOf(needle)).split('\n').length;
    expect(
      await problemLines({
        'content/instruments/bjsq57.json': change('content/instruments/bjsq57.json', '"id": "A2"', '"id": "A1"'),
        'content/instruments/excellent-company.json': criteria,
      }),
    ).toEqual([
      'content/instruments/bjsq57.json:41 sections[0].items[1].id 項目 id「A1」が重複しています',
      'content/instruments/bjsq57.json:41 sections[0].items[1].id 項目 id「A1」が領域Aの no 2 と合いません',
      'content/instruments/bjsq57.json:566 scales[0].items[1] 尺度「quantitative_demands」の items にある「A2」という項目はありません',
      'content/instruments/bjsq57.json:874 criteria.simpleSum57.reverseItems[1] criteria.simpleSum57.reverseItems の「A2」という項目はありません',
      `content/instruments/excellent-company.json:${lineOf('"manufacturingOnly": "no"')} areas[0].manufacturingOnly「no」は「true」か「false」にしてください`,
      `content/instruments/excellent-company.json:${lineOf('no-such-guide')} items[27].guide「/guides/overwork/no-such-guide/」のページがありません（このトピックの記事：/guides/overwork/health-measures/, /guides/overwork/overtime-limits/）`,
      `content/instruments/excellent-company.json:${lineOf('"areaRatio": 0.605')} passRules.areaRatio areaRatio は 0.01 単位の割合（例: 0.6）にしてください`,
    ]);
  });

  it('explanations that do not match the scales, a file no page reads, and a missing file', async () => {
    expect(
      await problemLines({
        'content/instruments/bjsq57-explanations.json': change('content/instruments/bjsq57-explanations.json', '"job_control"', '"job_ctrl"'),
        'content/instruments/phq9.json': '{}\n',
        'content/instruments/excellent-company.json': null,
      }),
    ).toEqual([
      'content/instruments/bjsq57-explanations.json:3 scales に尺度「job_control」の説明がありません（例："job_control": "…の度合いです。"）',
      'content/instruments/bjsq57-explanations.json:9 scales の「job_ctrl」という尺度は bjsq57.json にありません（尺度の id：quantitative_demands, qualitative_demands, physical_demands, interpersonal_stress, environment_stress, job_control, skill_utilization, job_fitness, intrinsic_reward, vigor, irritability, fatigue, anxiety, depression, somatic, supervisor_support, coworker_support, family_friend_support, satisfaction）',
      'content/instruments/excellent-company.json:1 ファイル「excellent-company.json」がありません（自己診断のページが読み込みます。content/instruments/ に戻してください）',
      'content/instruments/phq9.json:1 ファイル「phq9.json」を読み込むページがありません（自己診断のデータは bjsq57.json, bjsq57-explanations.json, excellent-company.json, group-analysis-norms.json です。新しい自己診断は開発担当に相談してください）',
    ]);
  });
});

describe('JSON reader', () => {
  it('reads what JSON.parse reads, with the line of every key and item', () => {
    const text = '{\n  "a": 1,\n  "b": [\n    "x",\n    { "c": null }\n  ]\n}';
    const parsed = parseJson(text);
    expect(parsed.data).toEqual(JSON.parse(text));
    expect(parsed.problems).toEqual([]);
    expect(parsed.tree?.entries?.get('b')?.keyLine).toBe(3);
    expect(parsed.tree?.entries?.get('b')?.node.items?.map((i) => i.line)).toEqual([4, 5]);
  });

  it('explains syntax errors and duplicate keys in Japanese', () => {
    const first = (text: string) => parseJson(text).problems;
    expect(first('{\n  "a": 1\n  "b": 2\n}')).toEqual([{ line: 2, message: '"a" の値の後ろに「,」がありません（次の項目との間は「,」で区切ります）' }]);
    expect(first('{\n  "a": "x\n}')).toEqual([
      { line: 2, message: '文字列が " で閉じられないまま改行しています。行の終わりに " を付けてください（改行を入れたいときは \\n と書きます）' },
    ]);
    expect(first('{\n  a: 1\n}')).toEqual([{ line: 2, message: '項目名 a は "a" のように " で囲んでください' }]);
    expect(first('{\n  "a": [1, 2\n}')).toEqual([{ line: 3, message: '[ を } で閉じています。] で閉じてください' }]);
    expect(first('{\n  "a": 1')).toEqual([{ line: 1, message: '{ が閉じられていません。対応する } を書いてください' }]);
    expect(first('{\n  "a": tru\n}')).toEqual([{ line: 2, message: '値「tru」を読めません。文字は "…" で囲み、数値・true・false・null はそのまま書きます（例："tru"）' }]);
    expect(first('{\n  "a": 1,\n  "a": 2\n}')).toEqual([{ line: 3, message: '"a" が2回書かれています（最初は 2 行目）。1つにしてください' }]);
    expect(first('')).toEqual([{ line: 1, message: 'ファイルが空です。JSON を書いてください' }]);
  });
});

describe('content check: the site settings', () => {
  it('a missing operator email, a bad address and an impossible date, at their lines', async () => {
    const site = JSON.stringify({ operator: { name: '運営事務局', description: '説明', email: 'not-an-address' }, policiesUpdated: '2026-02-30' }, null, 2);
    expect(await problemLines({ 'content/site.json': site })).toEqual([
      'content/site.json:5 operator の email「not-an-address」はメールアドレスの形にしてください（例：info@portal.example.jp）',
      'content/site.json:7 policiesUpdated「2026-02-30」は存在しない日付です（例：2026-11-29）',
    ]);
  });
});
