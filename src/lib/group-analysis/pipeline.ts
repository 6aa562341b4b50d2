import type { RuntimeBjsq57 } from '../stress-check/schema';
import { analyseGroups, personScorer, type Analysis, type PersonScore } from './analyse';
import type { ItemLayout } from './columns';
import { detectSeparator, parseCsv } from './csv';
import { decodeCsvBytes, type CsvEncoding } from './decode';
import { checkRow, isBlank, mapColumns, type CellError, type FileForm, type RowNote } from './import-rows';
import type { RuntimeNorms } from './risk';

/**
 * One uploaded file from bytes to group results: decode, read the CSV, map the header, check and score
 * every row, add up per group. The same function runs in the Web Worker and in the tests.
 */

export interface AnalysisInput {
  instrument: RuntimeBjsq57;
  layout: ItemLayout;
  norms: RuntimeNorms;
}

export interface FileSummary {
  encoding: CsvEncoding;
  separator: 'comma' | 'tab';
  form: FileForm;
  /** Data rows read (blank lines not counted). */
  rows: number;
  /** Rows analysed. */
  used: number;
  /** Rows left out because of an error. */
  excluded: number;
  /** Analysed rows without all 57 items (not judged for high stress). */
  shortOnly: number;
  /** Header cells that are not used, as written. */
  ignoredColumns: string[];
  /** In a short-form file: the items of the 57 with no column. */
  missingFor57: string[];
  /** Filled rows above the header that were skipped. */
  skippedAbove: number;
  /** Characters that could not be decoded. */
  unreadable: number;
  /** A quote opened on this line was never closed; everything after it was read as one field. */
  unclosedQuoteLine: number | null;
}

export interface ImportReport {
  summary: FileSummary;
  /** The first MAX_LISTED problems, by line. */
  errors: CellError[];
  errorCount: number;
  notes: RowNote[];
  noteCount: number;
}

export type AnalysisOutcome =
  | { kind: 'unreadable'; problems: string[] }
  | { kind: 'no-rows'; report: ImportReport }
  | { kind: 'analysed'; report: ImportReport; analysis: Analysis };

export type ProgressPhase = 'read' | 'check' | 'total';
export type OnProgress = (phase: ProgressPhase, done: number, total: number) => void;

/** Enough to fix a file; all are counted. */
export const MAX_LISTED = 1000;
const PROGRESS_EVERY = 2000;

/** A zip archive: an .xlsx (or .ods) workbook saved as it is, not as CSV. */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export const WORKBOOK_PROBLEM =
  'Excelのブック（.xlsx）のままのようです。Excelで「名前を付けて保存」を選び、ファイルの種類を「CSV UTF-8（コンマ区切り）」か「CSV（コンマ区切り）」にして保存してから、そのファイルを選んでください。';

export function analyseCsvBytes(bytes: Uint8Array, input: AnalysisInput, onProgress?: OnProgress): AnalysisOutcome {
  onProgress?.('read', 0, 0);
  if (isZip(bytes)) return { kind: 'unreadable', problems: [WORKBOOK_PROBLEM] };
  const decoded = decodeCsvBytes(bytes);
  const separator = detectSeparator(decoded.text);
  const { records, unclosedQuoteLine } = parseCsv(decoded.text, separator);
  const header = mapColumns(records, input.layout);
  if (!header.ok) return { kind: 'unreadable', problems: header.problems };
  const { columns } = header;

  const score = personScorer(input.instrument);
  const people: PersonScore[] = [];
  const errors: CellError[] = [];
  const notes: RowNote[] = [];
  let errorCount = 0;
  let noteCount = 0;
  let rows = 0;
  let excluded = 0;
  let shortOnly = 0;
  const data = records.slice(columns.headerIndex + 1);
  data.forEach((record, i) => {
    if (i % PROGRESS_EVERY === 0) onProgress?.('check', i, data.length);
    if (isBlank(record.cells)) return;
    rows++;
    const check = checkRow(record, columns, input.layout);
    errorCount += check.errors.length;
    for (const e of check.errors) if (errors.length < MAX_LISTED) errors.push(e);
    if (check.note) {
      noteCount++;
      if (notes.length < MAX_LISTED) notes.push(check.note);
    }
    if (!check.row) {
      excluded++;
      return;
    }
    if (!check.row.full) shortOnly++;
    people.push(score(check.row));
  });
  onProgress?.('total', people.length, people.length);

  const report: ImportReport = {
    summary: {
      encoding: decoded.encoding,
      separator: separator === '\t' ? 'tab' : 'comma',
      form: columns.form,
      rows,
      used: people.length,
      excluded,
      shortOnly,
      ignoredColumns: columns.ignored,
      missingFor57: columns.missingFor57,
      skippedAbove: columns.skippedAbove,
      unreadable: decoded.unreadable,
      unclosedQuoteLine,
    },
    errors,
    errorCount,
    notes,
    noteCount,
  };
  if (people.length === 0) return { kind: 'no-rows', report };
  return { kind: 'analysed', report, analysis: analyseGroups(people, input.norms) };
}
