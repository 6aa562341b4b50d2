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
/** A KPI target file, one `key: value` line each (line 1 = id … line 5 = target). */
const target = (lines: Record<string, string>) => `${Object.entries({ id: 'fy2027-portal-pageviews', label: 'ポータル全体の延べアクセス件数', fiscalYear: '2027', metric: '{ kind: pageviews, pathPrefix: / }', target: '3000000', ...lines }).map(([k, v]) => `${k}: ${v}`).join('\n')}\n`;

// Rule 10: KPI targets, topics and instruments: every schema error at its line. Topics and targets are one
// file each (what the editor at /keystatic writes), named after their id.
describe('content check: KPI targets, one file per target', () => {
  it('schema errors at their lines, in each file', async () => {
    expect(
      await problemLines({
        'content/kpi/targets/fy2027-portal-pageviews.yaml': target({}),
        'content/kpi/targets/fy2027-sessions.yaml': target({ id: 'fy2027-sessions', metric: '{ kind: sessions }', target: '1.5' }),
        'content/kpi/targets/fy2027-useful-share.yaml': target({ id: 'fy2027-useful-share', metric: '{ kind: feedback-share, pathPrefix: guides/ }', target: '90' }),
        'content/kpi/targets/fy2027-completions.yaml': target({ id: 'fy2027-completions', label: '""', fiscalYear: '27', metric: '{ kind: completions }', target: '0' }),
      }),
    ).toEqual([
      'content/kpi/targets/fy2027-completions.yaml:2 label が空です（例：label: ポータル全体の延べアクセス件数）',
      'content/kpi/targets/fy2027-completions.yaml:3 fiscalYear「27」は西暦の年度（2000〜2100 の整数）にしてください（例：fiscalYear: 2026）',
      'content/kpi/targets/fy2027-completions.yaml:5 target「0」は正の数にしてください（例：target: 150000）',
      'content/kpi/targets/fy2027-sessions.yaml:4 metric の kind「sessions」は使えません（pageviews / completions / downloads / feedback-share のどれか）',
      'content/kpi/targets/fy2027-useful-share.yaml:4 metric の pathPrefix「guides/」は / で始めてください（例：pathPrefix: /guides/）',
      'content/kpi/targets/fy2027-useful-share.yaml:5 target「90」は feedback-share では 0〜1 の割合で書いてください（例：target: 0.9）',
    ]);
  });

  it('the id must be the file name, so two files cannot share an id; a bad id is named', async () => {
    expect(
      await problemLines({
        'content/kpi/targets/fy2027-copy.yaml': target({ id: 'fy2026-portal-pageviews' }),
        'content/kpi/targets/fy2027-upper.yaml': target({ id: 'FY2027' }),
      }),
    ).toEqual([
      'content/kpi/targets/fy2027-copy.yaml:1 id「fy2026-portal-pageviews」とファイル名「fy2027-copy.yaml」が違います。ファイル名を fy2026-portal-pageviews.yaml にするか、id を fy2027-copy にしてください',
      'content/kpi/targets/fy2027-upper.yaml:1 id「FY2027」は半角英小文字・数字・ハイフンで書いてください（例：id: fy2026-portal-pageviews）',
      'content/kpi/targets/fy2027-upper.yaml:1 id「FY2027」とファイル名「fy2027-upper.yaml」が違います。ファイル名を FY2027.yaml にするか、id を fy2027-upper にしてください',
    ]);
  });

  it('a YAML slip, a file that is not one target, a file the site does not read, and the old list file', async () => {
    const path = 'content/kpi/targets/fy2026-portal-pageviews.yaml';
    expect(await problemLines({ [path]: change(path, 'target: 3000000', 'target 3000000') })).toEqual([
      `${path}:7 「target 3000000」の行に「: 」がありません。「項目名: 値」の形にしてください（例：target: 3000000）`,
    ]);
    expect(
      await problemLines({
        'content/kpi/targets/fy2027-list.yaml': '- id: fy2027-list\n  label: x\n',
        'content/kpi/targets/FY2027.yaml': target({}),
        'content/kpi/targets/fy2027-x.yml': target({}),
        'content/kpi/targets.yaml': '- id: fy2026-x\n',
      }),
    ).toEqual([
      'content/kpi/targets.yaml:1 このファイルは使われなくなりました。目標は content/kpi/targets/<id>.yaml に1件ずつ置きます（編集画面の「KPI 目標」でも作れます）',
      'content/kpi/targets/FY2027.yaml:1 ファイル「FY2027.yaml」は目標として読み込まれません。content/kpi/targets/<id>.yaml の形で置いてください（例：content/kpi/targets/fy2027-portal-pageviews.yaml）',
      'content/kpi/targets/fy2027-list.yaml:1 目標のファイルは「項目名: 値」の並びで1件にしてください（例：id: fy2026-portal-pageviews）',
      'content/kpi/targets/fy2027-x.yml:1 ファイル「fy2027-x.yml」は目標として読み込まれません。content/kpi/targets/<id>.yaml の形で置いてください（例：content/kpi/targets/fy2027-portal-pageviews.yaml）',
    ]);
  });
});

describe('content check: topics, one file per topic', () => {
  it('schema errors at their lines, and an id that is not the file name', async () => {
    expect(
      await problemLines({
        'content/topics/overwork.json': change('content/topics/overwork.json', '"order": 5', '"order": "5"'),
        'content/topics/support.json': change('content/topics/support.json', '"id": "support"', '"id": "return-to-work"'),
      }),
    ).toEqual([
      'content/topics/overwork.json:5 order「5」は整数にしてください（例："order": 5）',
      'content/topics/support.json:2 id「return-to-work」とファイル名「support.json」が違います。ファイル名を return-to-work.json にするか、id を support にしてください',
    ]);
  });

  it('a topic file removed: the guides and seminars of that topic are named', async () => {
    const gone = '「support」は content/topics/ のトピックにありません（stress-check, return-to-work, passive-smoking, excellent-company, overwork のどれか）';
    expect(await problemLines({ 'content/topics/support.json': null })).toEqual([
      `content/guides/support/kokoro-no-mimi.mdx:4 topic${gone}`,
      `content/guides/support/sanpo-centers.mdx:4 topic${gone}`,
      `content/seminars/2026-09-self-care-online.md:4 topic${gone}`,
    ]);
  });

  it('JSON syntax errors in Japanese at the line to fix; a list, a bad file name and the old list file', async () => {
    expect(await problemLines({ 'content/topics/support.json': change('content/topics/support.json', '"order": 6\n', '"order": 6,\n') })).toEqual([
      'content/topics/support.json:5 最後の項目の後ろに余分な「,」があります。消してください',
    ]);
    expect(await problemLines({ 'content/topics/support.json': change('content/topics/support.json', '"order": 6\n', '"order": 6\n  "x": 1\n') })).toEqual([
      'content/topics/support.json:5 "order" の値の後ろに「,」がありません（次の項目との間は「,」で区切ります）',
    ]);
    expect(
      await problemLines({
        'content/topics/mental-health.json': '[{ "id": "mental-health", "title": "メンタルヘルス", "summary": "…", "order": 7 }]\n',
        'content/topics/Mental.json': '{}\n',
        'content/topics.json': '[]\n',
      }),
    ).toEqual([
      'content/topics.json:1 このファイルは使われなくなりました。トピックは content/topics/<id>.json に1件ずつ置きます（編集画面の「トピック」でも作れます）',
      'content/topics/Mental.json:1 ファイル「Mental.json」はトピックとして読み込まれません。content/topics/<id>.json の形で置いてください（例：content/topics/overwork.json）',
      'content/topics/mental-health.json:1 トピックのファイルは { } で囲んだ1件にしてください（例：{ "id": "overwork", "title": "過重労働・長時間労働", "summary": "…", "order": 5 }）',
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
