import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/group-analysis/csv';
import { decodeCsvBytes } from '../../src/lib/group-analysis/decode';
import { groupAnalysisNormsSchema, toRuntimeNorms } from '../../src/lib/group-analysis/norms-schema';
import { analyseCsvBytes, WORKBOOK_PROBLEM, type AnalysisOutcome } from '../../src/lib/group-analysis/pipeline';
import { itemLayout } from '../../src/lib/group-analysis/short-form';
import { bjsq57Schema, toRuntimeInstrument } from '../../src/lib/stress-check/schema';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../content/instruments/${path}`, import.meta.url), 'utf8'));
const questionnaire = read('bjsq57.json');
const instrument = toRuntimeInstrument(bjsq57Schema.parse(questionnaire));
const layout = itemLayout(questionnaire, instrument);
const norms = toRuntimeNorms(groupAnalysisNormsSchema.parse(read('group-analysis-norms.json')));
const input = { instrument, layout, norms };

/** Shift_JIS bytes, as Japanese Excel writes a CSV: a reverse table built from the browser's own decoder. */
function encodeShiftJis(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('shift_jis');
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(table.get(ch) ?? [0x81, 0x48])); // ？ for anything unmapped
  }
  return new Uint8Array(out);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER = ['集団', '性別', ...layout.all];
/** A CSV line: group, sex, then every item `value`, with overrides by item id. */
const line = (group: string, sex: string, value = '2', overrides: Record<string, string> = {}) =>
  [group, sex, ...layout.all.map((id) => overrides[id] ?? value)].join(',');
const csv = (...lines: string[]) => [HEADER.join(','), ...lines].join('\r\n') + '\r\n';
const analyse = (text: string | Uint8Array): AnalysisOutcome => analyseCsvBytes(typeof text === 'string' ? utf8(text) : text, input);
const analysed = (text: string | Uint8Array) => {
  const outcome = analyse(text);
  if (outcome.kind !== 'analysed') throw new Error(`not analysed: ${JSON.stringify(outcome)}`);
  return outcome;
};

describe('reading the bytes: UTF-8, UTF-8 with BOM, Shift_JIS, UTF-16', () => {
  const text = '集団,性別\r\n営業部,男性\r\n';
  it('UTF-8 without BOM', () => {
    expect(decodeCsvBytes(utf8(text))).toEqual({ text, encoding: 'utf-8', bom: false, unreadable: 0 });
  });
  it('UTF-8 with BOM (Excel 「CSV UTF-8」): the BOM is removed', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual({ text, encoding: 'utf-8', bom: true, unreadable: 0 });
  });
  it('Shift_JIS (Excel 「CSV（コンマ区切り）」): strict UTF-8 fails, so Shift_JIS is used', () => {
    const bytes = encodeShiftJis(text);
    expect([...bytes.slice(0, 4)]).toEqual([0x8f, 0x57, 0x92, 0x63]); // 集団
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'shift_jis', bom: false, unreadable: 0 });
  });
  it('UTF-16 with BOM (Excel 「Unicode テキスト」)', () => {
    const units = [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, ...units]))).toMatchObject({ text, encoding: 'utf-16le', bom: true });
  });
  it('a whole Shift_JIS file is analysed like the same file in UTF-8', () => {
    const file = csv(line('営業部', '男性'), line('総務課', '女'));
    const fromSjis = analysed(encodeShiftJis(file));
    expect(fromSjis.report.summary.encoding).toBe('shift_jis');
    expect(fromSjis.analysis).toEqual(analysed(file).analysis);
    expect(fromSjis.analysis.groups.map((g) => g.name)).toEqual(['営業部', '総務課']);
  });
});

describe('CSV records', () => {
  it('CRLF, LF and CR line ends; the line each record starts on', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c', 'd'] },
      { line: 3, cells: ['e', 'f'] },
      { line: 4, cells: ['g', 'h'] },
    ]);
  });
  it('quoted fields with commas, doubled quotes and line breaks', () => {
    const { records, unclosedQuoteLine } = parseCsv('"営業部, 東京","男性"\r\n"第""2""課",女\r\n"改行\r\nあり",男\r\nx,y\r\n');
    expect(records).toEqual([
      { line: 1, cells: ['営業部, 東京', '男性'] },
      { line: 2, cells: ['第"2"課', '女'] },
      { line: 3, cells: ['改行\r\nあり', '男'] },
      { line: 5, cells: ['x', 'y'] },
    ]);
    expect(unclosedQuoteLine).toBeNull();
  });
  it('empty lines are records of one empty cell; a trailing separator leaves an empty last cell', () => {
    expect(parseCsv('a\r\n\r\nb,\r\n').records).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['b', ''] },
    ]);
  });
  it('a quote never closed: the rest is one field, and its line is reported', () => {
    const { records, unclosedQuoteLine } = parseCsv('a,b\r\nc,"d\r\ne,f');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c', 'd\r\ne,f'] },
    ]);
    expect(unclosedQuoteLine).toBe(2);
  });
  it('tab-separated text (Excel 「Unicode テキスト」) is read by its first line', () => {
    const file = csv(line('営業部', '男性')).replace(/,/g, '\t');
    expect(analysed(file).report.summary).toMatchObject({ separator: 'tab', used: 1 });
  });
});

describe('the header', () => {
  it('the template header is always accepted, with or without a BOM, as a 57-item file', () => {
    const template = readFileSync(new URL('../../public/materials/group-analysis-template.csv', import.meta.url));
    expect(template.toString('utf8')).toBe(`\uFEFF${HEADER.join(',')}\r\n`);
    const withRow = Buffer.concat([template, Buffer.from(`${line('営業部', '男性')}\r\n`)]);
    expect(analysed(new Uint8Array(withRow)).report.summary).toMatchObject({ form: '57', rows: 1, used: 1, excluded: 0, ignoredColumns: [] });
  });
  it('full-width and lower-case item names are read too (ＡＢ１２ → A12)', () => {
    const header = ['集団', '性別', ...layout.all.map((id, i) => (i === 0 ? 'Ａ１' : i === 1 ? 'a2' : id))].join(',');
    expect(analysed(`${header}\r\n${line('営業部', '男性')}\r\n`).report.summary.used).toBe(1);
  });
  it('missing 集団 or 性別: the file cannot be read, and the message says which', () => {
    const header = ['部署', '性別', ...layout.all].join(',');
    expect(analyse(`${header}\r\n${line('営業部', '男性')}\r\n`)).toEqual({
      kind: 'unreadable',
      problems: ['1行目（見出し）：「集団」の列がありません。1行目はテンプレートの見出し（集団,性別,A1,…,D2）にしてください。'],
    });
    expect(analyse('A1,A2\r\n1,2\r\n')).toEqual({
      kind: 'unreadable',
      problems: ['1行目（見出し）：「集団」と「性別」の列がありません。1行目はテンプレートの見出し（集団,性別,A1,…,D2）にしてください。'],
    });
  });
  it('missing items of the 判定図: named; a file with only the 23 items is a short-form file', () => {
    const header = HEADER.filter((h) => h !== 'A2' && h !== 'C8').join(',');
    expect(analyse(`${header}\r\n`)).toEqual({
      kind: 'unreadable',
      problems: [
        `1行目（見出し）：判定図に必要な項目の列がありません（A2、C8）。簡略版（23項目）なら ${layout.short.join(',')} の列が必要です。テンプレートの見出しを使ってください。`,
      ],
    });
    const short = ['集団', '性別', ...layout.short];
    const row = ['営業部', '男性', ...layout.short.map(() => '2')];
    const outcome = analysed(`${short.join(',')}\r\n${row.join(',')}\r\n`);
    expect(outcome.report.summary).toMatchObject({ form: '23', used: 1, shortOnly: 1, missingFor57: layout.all.filter((id) => !layout.short.includes(id)) });
    expect(outcome.report.notes).toEqual([]); // said once for the file, not per row
    expect(outcome.analysis.groups[0]).toMatchObject({ people: 1, judged: 0, highStress: { sum: 0, conversion: 0 } });
  });
  it('extra columns are ignored and listed; a column written twice is refused', () => {
    const header = ['社員番号', ...HEADER, '年齢'].join(',');
    const outcome = analysed(`${header}\r\nE001,${line('営業部', '男性')},45\r\n`);
    expect(outcome.report.summary.ignoredColumns).toEqual(['社員番号', '年齢']);
    expect(outcome.analysis.whole.people).toBe(1);
    expect(analyse(`${[...HEADER, 'B12'].join(',')}\r\n`)).toEqual({
      kind: 'unreadable',
      problems: [`1行目（見出し）：「B12」の列が2つあります（${HEADER.indexOf('B12') + 1}列目と${HEADER.length + 1}列目）。1つにしてください。`],
    });
  });
  it('title rows above the header are skipped', () => {
    const outcome = analysed(`2026年度 ストレスチェック,,\r\n\r\n${csv(line('営業部', '男性'))}`);
    expect(outcome.report.summary).toMatchObject({ skippedAbove: 1, used: 1 });
    expect(outcome.report.errors).toEqual([]);
  });
  it('an empty file, and an Excel workbook saved as it is', () => {
    expect(analyse('')).toEqual({ kind: 'unreadable', problems: ['ファイルにデータがありません。テンプレートの見出しの行（集団,性別,A1,…）と、1人1行の回答を入れてください。'] });
    expect(analyse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toEqual({ kind: 'unreadable', problems: [WORKBOOK_PROBLEM] });
  });
});

describe('rows: exact errors per row and column; good rows still analysed', () => {
  it('男/女 as well as 男性/女性, full-width digits, spaces around values', () => {
    const outcome = analysed(csv(line('営業部', '男'), line('営業部', ' 女 '), line('営業部', '女性', '２'), line('営業部', '男性', ' 3 ')));
    expect(outcome.report.errors).toEqual([]);
    expect(outcome.analysis.groups[0]).toMatchObject({ people: 4, male: 2, female: 2 });
  });
  it('each bad cell is listed as 「N行目 列：…」 and its row left out', () => {
    const outcome = analysed(
      csv(
        line('営業部', '男性'),
        line('営業部', '男性', '2', { B12: '5' }),
        line('営業部', 'M'),
        line('', '女性'),
        line('総務部', '女性', '2', { A2: '' }),
        line('総務部', '女性', '2', { C4: 'a', D1: '0' }),
        line('全体', '', '2', { A1: 'とても長い値がここに書かれていて二十文字を超えています' }),
        line('総務部', '女性'),
      ),
    );
    expect(outcome.report.errors.map((e) => e.message)).toEqual([
      '3行目 B12：1〜4の数字にしてください（「5」と書かれています）',
      '4行目 性別：「男性」か「女性」（「男」「女」も可）にしてください（「M」と書かれています）',
      '5行目 集団：空欄です（部署名などの集団の名前を入れてください）',
      '6行目 A2：空欄です（1〜4の数字を入れてください）',
      '7行目 C4：1〜4の数字にしてください（「a」と書かれています）',
      '7行目 D1：1〜4の数字にしてください（「0」と書かれています）',
      '8行目 集団：「全体」は全体の集計の名前なので、集団の名前には使えません（例：「全体_本社」）',
      '8行目 性別：空欄です（「男性」か「女性」を入れてください）',
      '8行目 A1：1〜4の数字にしてください（「とても長い値がここに書かれていて二十文字…」と書かれています）',
    ]);
    expect(outcome.report.errors[0]).toEqual({ line: 3, column: 'B12', message: '3行目 B12：1〜4の数字にしてください（「5」と書かれています）' });
    expect(outcome.report.summary).toMatchObject({ rows: 8, used: 2, excluded: 6 });
    expect(outcome.report.errorCount).toBe(9);
    expect(outcome.analysis.groups.map((g) => [g.name, g.people])).toEqual([
      ['営業部', 1],
      ['総務部', 1],
    ]);
  });
  it('empty lines and rows of empty cells are skipped, and line numbers still match the file', () => {
    const outcome = analysed(`${HEADER.join(',')}\r\n\r\n${line('営業部', '男性')}\r\n${',,,'}\r\n${line('営業部', 'X')}\r\n`);
    expect(outcome.report.summary.rows).toBe(2);
    expect(outcome.report.errors.map((e) => e.message)).toEqual(['5行目 性別：「男性」か「女性」（「男」「女」も可）にしてください（「X」と書かれています）']);
  });
  it('a row longer than the header is refused unless the extra cells are empty', () => {
    const outcome = analysed(csv(`${line('営業部', '男性')},,`, `${line('営業部', '男性')},3`));
    expect(outcome.report.errors.map((e) => e.message)).toEqual([
      `3行目：見出しより列が多くあります（見出しは${HEADER.length}列、この行は${HEADER.length + 1}列）。値が列の位置からずれていないか確かめてください`,
    ]);
    expect(outcome.report.summary.used).toBe(1);
  });
  it('a row shorter than the header: its missing answers are blank', () => {
    const short = ['営業部', '男性', ...layout.all.slice(0, 10).map(() => '2')].join(',');
    const outcome = analysed(csv(short, line('営業部', '女性')));
    // A1–A10 are there; every short-form item after them is blank (the other blanks decide only the judgement).
    const blank = layout.short.filter((id) => layout.all.indexOf(id) >= 10);
    expect(blank[0]).toBe('B7');
    expect(outcome.report.errors.map((e) => e.message)).toEqual(blank.map((id) => `2行目 ${id}：空欄です（1〜4の数字を入れてください）`));
    expect(outcome.report.summary.used).toBe(1);
  });
  it('in a 57-item file, blanks outside the 23 items: charted, not judged, and said per row', () => {
    const only23 = Object.fromEntries(layout.all.filter((id) => !layout.short.includes(id)).map((id) => [id, '']));
    const outcome = analysed(csv(line('開発部', '男性'), line('開発部', '男性', '2', only23), line('開発部', '女性', '2', { B1: '', D2: '' })));
    expect(outcome.report.notes).toEqual([
      { line: 3, message: '3行目：簡略版（23項目）だけの回答です。判定図には含め、高ストレスの判定には含めません。' },
      { line: 4, message: '4行目：B1、D2が空欄のため、高ストレスの判定には含めません（判定図には含めます）。' },
    ]);
    expect(outcome.report.summary).toMatchObject({ used: 3, shortOnly: 2 });
    expect(outcome.analysis.groups[0]).toMatchObject({ people: 3, judged: 1 });
  });
  it('no good row at all: nothing is analysed, and the errors are kept', () => {
    const outcome = analyse(csv(line('営業部', '?')));
    expect(outcome.kind).toBe('no-rows');
    expect(outcome.kind === 'no-rows' && outcome.report.errors.map((e) => e.message)).toEqual([
      '2行目 性別：「男性」か「女性」（「男」「女」も可）にしてください（「?」と書かれています）',
    ]);
  });
  it('lists at most 1,000 problems but counts them all', () => {
    const rows = Array.from({ length: 600 }, () => line('営業部', '男性', '2', { A1: '9', A2: '9' }));
    const outcome = analyse(csv(...rows));
    expect(outcome.kind === 'no-rows' && [outcome.report.errors.length, outcome.report.errorCount]).toEqual([1000, 1200]);
  });
});
