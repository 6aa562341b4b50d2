/**
 * A CSV reader for what spreadsheets write (RFC 4180): fields separated by commas (or tabs, as Excel's
 * 「Unicode テキスト」 writes), quoted with "…" where a field holds a separator, a quote ("") or a line
 * break; lines end in CRLF, LF or CR. Each record keeps the file line it starts on, for error messages.
 * Lines without a quote (nearly all of them) are split natively, which keeps 10,000 rows fast.
 */
export interface CsvRecord {
  /** 1-based line of the file where the record starts (what a spreadsheet shows as the row number). */
  line: number;
  cells: string[];
}

export interface CsvParseResult {
  records: CsvRecord[];
  /** The line of a quote that is never closed (the rest of the file was read as one field), else null. */
  unclosedQuoteLine: number | null;
}

/** Tab when the first line has tabs and no commas, else comma. */
export function detectSeparator(text: string): ',' | '\t' {
  const end = text.search(/\r|\n/);
  const first = end === -1 ? text : text.slice(0, end);
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}

const LINE_END = /\r\n|\n|\r/g;

/** Line breaks inside a piece of text (CRLF counts once). */
const countBreaks = (s: string) => s.match(LINE_END)?.length ?? 0;

export function parseCsv(text: string, separator: ',' | '\t' = detectSeparator(text)): CsvParseResult {
  const records: CsvRecord[] = [];
  const lineEnd = new RegExp(LINE_END.source, 'g');
  let pos = 0;
  let line = 1;
  let unclosedQuoteLine: number | null = null;
  while (pos < text.length) {
    lineEnd.lastIndex = pos;
    const match = lineEnd.exec(text);
    const end = match ? match.index : text.length;
    const physical = text.slice(pos, end);
    if (!physical.includes('"')) {
      records.push({ line, cells: physical.split(separator) });
      pos = match ? end + match[0].length : text.length;
      line++;
      continue;
    }
    const quoted = readQuotedRecord(text, pos, separator);
    records.push({ line, cells: quoted.cells });
    if (quoted.unclosed) unclosedQuoteLine = line;
    line += quoted.lines;
    pos = quoted.next;
  }
  return { records, unclosedQuoteLine };
}

/** One record that has quotes, from `start`; it may run over several lines. */
function readQuotedRecord(text: string, start: number, separator: string) {
  const cells: string[] = [];
  const n = text.length;
  let i = start;
  let lines = 0;
  let unclosed = false;
  const isBreak = (k: number) => text[k] === '\n' || text[k] === '\r';
  for (;;) {
    let value = '';
    if (text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          value += text.slice(j);
          lines += countBreaks(text.slice(j));
          unclosed = true;
          j = n;
          break;
        }
        const chunk = text.slice(j, q);
        lines += countBreaks(chunk);
        value += chunk;
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      i = j;
    }
    // Unquoted text, or anything between a closing quote and the next separator (kept, as spreadsheets do).
    let k = i;
    while (k < n && text[k] !== separator && !isBreak(k)) k++;
    cells.push(value + text.slice(i, k));
    i = k;
    if (i < n && text[i] === separator) {
      i++;
      continue;
    }
    // End of the record: a line break or the end of the text.
    if (i < n) {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      lines++;
    }
    return { cells, next: i, lines: Math.max(lines, 1), unclosed };
  }
}
