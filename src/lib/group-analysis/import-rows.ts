import type { Sex } from '../stress-check/score';
import type { CsvRecord } from './csv';
import { GROUP_COLUMN, SEX_COLUMN, SEX_VALUES, WHOLE_NAME, listItems, type ItemLayout } from './columns';

/**
 * From CSV records to checked rows: find the header, map its columns, then check every row, cell by
 * cell. A bad row is left out and each of its problems listed as 「5行目 B12：…」; good rows go on.
 */

/** '57': every item has a column; '23': only the short form is complete (no high-stress judgement). */
export type FileForm = '57' | '23';

export interface ColumnMap {
  headerLine: number;
  headerIndex: number;
  group: number;
  sex: number;
  /** The items read (all 57, or the 23 of the short form), in questionnaire order, with their column index. */
  items: { id: string; index: number; /** Blank allowed: outside the short form in a 57-item file. */ optional: boolean }[];
  form: FileForm;
  width: number;
  /** Headers that are neither 集団, 性別 nor a questionnaire item, as written. */
  ignored: string[];
  /** In a '23' file: the items of the 57 that have no column. */
  missingFor57: string[];
  /** Rows above the header that were skipped (e.g. a title row). */
  skippedAbove: number;
}

export type HeaderResult = { ok: true; columns: ColumnMap } | { ok: false; problems: string[] };

export interface CheckedRow {
  line: number;
  group: string;
  sex: Sex;
  answers: Record<string, number>;
  /** All 57 items answered: the row is judged for high stress. */
  full: boolean;
}

export interface CellError {
  line: number;
  /** The column as in the header (B12, 性別), or null for the whole row. */
  column: string | null;
  message: string;
}

export interface RowNote {
  line: number;
  message: string;
}

/** NFKC turns full-width ＡＢ１２３ and half-width kana into the forms we compare with. */
const normalize = (s: string) => s.normalize('NFKC').trim();
const headerKey = (s: string) => normalize(s.replace(/^\uFEFF/, '')).toUpperCase();

/** How many rows at the top may come before the header (a title, a date). */
const HEADER_SEARCH = 10;

export function mapColumns(records: readonly CsvRecord[], layout: ItemLayout): HeaderResult {
  const firstFilled = records.findIndex((r) => !isBlank(r.cells));
  if (firstFilled === -1) return { ok: false, problems: ['ファイルにデータがありません。テンプレートの見出しの行（集団,性別,A1,…）と、1人1行の回答を入れてください。'] };
  const headerIndex = records.slice(0, HEADER_SEARCH).findIndex((r) => {
    const keys = r.cells.map(headerKey);
    return keys.includes(GROUP_COLUMN) && keys.includes(SEX_COLUMN);
  });
  if (headerIndex === -1) {
    const first = records[firstFilled];
    const keys = first.cells.map(headerKey);
    const lacking = [GROUP_COLUMN, SEX_COLUMN].filter((c) => !keys.includes(c)).map((c) => `「${c}」`);
    return {
      ok: false,
      problems: [`${first.line}行目（見出し）：${lacking.join('と')}の列がありません。1行目はテンプレートの見出し（集団,性別,A1,…,D2）にしてください。`],
    };
  }
  const header = records[headerIndex];
  const known = new Set<string>([GROUP_COLUMN, SEX_COLUMN, ...layout.all]);
  const seen = new Map<string, number>();
  const problems: string[] = [];
  const ignored: string[] = [];
  header.cells.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key === '') return;
    if (!known.has(key)) {
      ignored.push(cell.trim());
      return;
    }
    const before = seen.get(key);
    if (before !== undefined) problems.push(`${header.line}行目（見出し）：「${key}」の列が2つあります（${before + 1}列目と${index + 1}列目）。1つにしてください。`);
    else seen.set(key, index);
  });
  const missingAll = layout.all.filter((id) => !seen.has(id));
  const missingShort = layout.short.filter((id) => !seen.has(id));
  if (missingShort.length > 0) {
    problems.push(
      `${header.line}行目（見出し）：判定図に必要な項目の列がありません（${listItems(missingShort)}）。簡略版（23項目）なら ${layout.short.join(',')} の列が必要です。テンプレートの見出しを使ってください。`,
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  const form: FileForm = missingAll.length === 0 ? '57' : '23';
  const read = form === '57' ? layout.all : layout.short;
  const short = new Set(layout.short);
  return {
    ok: true,
    columns: {
      headerLine: header.line,
      headerIndex,
      group: seen.get(GROUP_COLUMN)!,
      sex: seen.get(SEX_COLUMN)!,
      // In a 57-item file only the 23 items of the 判定図 are required; the rest decide the judgement.
      items: read.map((id) => ({ id, index: seen.get(id)!, optional: form === '57' && !short.has(id) })),
      form,
      width: header.cells.length,
      ignored,
      missingFor57: missingAll,
      skippedAbove: records.slice(0, headerIndex).filter((r) => !isBlank(r.cells)).length,
    },
  };
}

export const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** A shown value: trimmed and cut short, so a stray paragraph does not flood the list. */
const shown = (raw: string) => {
  const t = raw.trim();
  return t.length > 20 ? `${t.slice(0, 20)}…` : t;
};

/** 1–4, or null when blank, or the value as written when it is anything else. */
function readAnswer(raw: string | undefined): number | null | string {
  if (raw === undefined || raw === '') return null;
  // Fast path: nearly every cell is one ASCII digit.
  if (raw.length === 1) {
    const code = raw.charCodeAt(0) - 48;
    if (code >= 1 && code <= 4) return code;
  }
  const value = normalize(raw);
  if (value === '') return null;
  return /^[1-4]$/.test(value) ? Number(value) : raw;
}

export interface RowCheck {
  row: CheckedRow | null;
  errors: CellError[];
  note: RowNote | null;
}

export function checkRow(record: CsvRecord, columns: ColumnMap, layout: ItemLayout): RowCheck {
  const { line, cells } = record;
  const errors: CellError[] = [];
  const error = (column: string | null, message: string) => errors.push({ line, column, message: `${line}行目${column ? ` ${column}` : ''}：${message}` });

  const group = (cells[columns.group] ?? '').trim();
  if (group === '') error(GROUP_COLUMN, '空欄です（部署名などの集団の名前を入れてください）');
  else if (group === WHOLE_NAME) error(GROUP_COLUMN, `「${WHOLE_NAME}」は全体の集計の名前なので、集団の名前には使えません（例：「${WHOLE_NAME}_本社」）`);

  const sexRaw = cells[columns.sex] ?? '';
  const sex = SEX_VALUES[sexRaw] ?? SEX_VALUES[normalize(sexRaw)];
  if (!sex) {
    if (sexRaw.trim() === '') error(SEX_COLUMN, '空欄です（「男性」か「女性」を入れてください）');
    else error(SEX_COLUMN, `「男性」か「女性」（「男」「女」も可）にしてください（「${shown(sexRaw)}」と書かれています）`);
  }

  const answers: Record<string, number> = {};
  const blanks: string[] = [];
  for (const { id, index, optional } of columns.items) {
    const value = readAnswer(cells[index]);
    if (typeof value === 'number') answers[id] = value;
    else if (typeof value === 'string') error(id, `1〜4の数字にしてください（「${shown(value)}」と書かれています）`);
    else if (optional) blanks.push(id);
    else error(id, '空欄です（1〜4の数字を入れてください）');
  }

  // Cells beyond the header: empty ones (a trailing comma) are harmless; values mean the row is shifted.
  if (cells.length > columns.width && cells.slice(columns.width).some((c) => c.trim() !== '')) {
    error(null, `見出しより列が多くあります（見出しは${columns.width}列、この行は${cells.length}列）。値が列の位置からずれていないか確かめてください`);
  }

  if (errors.length > 0 || !sex) return { row: null, errors, note: null };
  const full = columns.form === '57' && blanks.length === 0;
  const note =
    columns.form === '57' && blanks.length > 0
      ? {
          line,
          message:
            blanks.length === layout.all.length - layout.short.length
              ? `${line}行目：簡略版（23項目）だけの回答です。判定図には含め、高ストレスの判定には含めません。`
              : `${line}行目：${listItems(blanks)}が空欄のため、高ストレスの判定には含めません（判定図には含めます）。`,
        }
      : null;
  return { row: { line, group, sex, answers, full }, errors, note };
}
