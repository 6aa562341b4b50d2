import type { YAMLError } from 'yaml';
import type { LineProblem } from './types';

/**
 * The `yaml` package's syntax errors in plain Japanese, at the line staff must fix. The package reports
 * where it noticed the problem (often the line after a missing quote or bracket); for those we look back
 * for the line that opened it. Line numbers here are lines of the YAML text, 1-based.
 */

const KEY = /^\s*(?:-\s+)?([^\s:#'"[\]{},-][^:#]*?)\s*:(?:\s|$)/;

/** The key written on a line (`  - name: x` → `name`), or null when the line has none. */
export function keyOfLine(line: string | undefined): string | null {
  return line?.match(KEY)?.[1] ?? null;
}

/** How to write `value` so YAML reads it as one piece of text. */
export function quoteForYaml(value: string): string {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const subject = (key: string | null) => (key ? `${key} の` : 'この行の');
const GENERIC_HINT = '字下げ（行頭の空白）、「: 」（コロンと空白）、" や [ ] の閉じ忘れを確かめてください';
const INDENT_HINT = '同じ階層の項目は行頭の位置をそろえ、字下げは半角スペースにしてください';

function valueAfterKey(line: string): string {
  return line.replace(/^\s*(?:-\s+)?[^:]*:\s*/, '').replace(/\s+#.*$/, '').trim();
}

function nextContentLine(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i].trim() && !lines[i].trim().startsWith('#')) return i + 1;
  return Math.min(from + 1, lines.length);
}

/** Looks back from `line` for the line where `open` was left unclosed. */
function openingLine(lines: string[], line: number, isOpen: (text: string) => boolean): number {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) if (isOpen(lines[i])) return i + 1;
  return Math.max(line, 1);
}

const count = (text: string, c: string) => text.split(c).length - 1;

function unclosedBracket(lines: string[], line: number, open: '[' | '{'): LineProblem {
  const close = open === '[' ? ']' : '}';
  const at = openingLine(lines, line, (text) => count(text, open) > count(text, close));
  const key = keyOfLine(lines[at - 1]);
  const list = open === '[' ? '[働く方, 産業保健スタッフ]' : '{ contact: 事務局 }';
  const example = key ? `${key}: ${list}` : list;
  return { line: at, message: `${subject(key)} ${open} が閉じられていません。最後に ${close} を付けてください（例：${example}）` };
}

function unclosedQuote(lines: string[], line: number, quote: string): LineProblem {
  const at = openingLine(lines, line, (text) => count(text, quote) % 2 === 1);
  const key = keyOfLine(lines[at - 1]);
  return { line: at, message: `${subject(key)} ${quote} が閉じられていません。値の最後にも ${quote} を付けてください（例：${key ?? 'title'}: ${quote}…${quote}）` };
}

function indentation(lines: string[], line: number): LineProblem {
  return { line, message: `${subject(keyOfLine(lines[line - 1]))}字下げ（行頭の空白）が前の行と合っていません。${INDENT_HINT}` };
}

function quoteTheValue(lines: string[], line: number, what: string): LineProblem {
  const text = lines[line - 1] ?? '';
  const key = keyOfLine(text);
  const value = valueAfterKey(text);
  const example = key && value ? `（例：${key}: ${quoteForYaml(value)}）` : '';
  return { line, message: `${subject(key)}値${what}。値全体を "…" で囲んでください${example}` };
}

function missingColon(text: string, line: number): LineProblem {
  const [word = 'title', ...rest] = text.trim().replace(/^-\s+/, '').split(/\s+/);
  return { line, message: `「${text.trim()}」の行に「: 」がありません。「項目名: 値」の形にしてください（例：${word}: ${rest.join(' ') || '…'}）` };
}

/** `lineOffset`: file lines before the YAML text, for messages that mention another line. */
export function explainYamlError(error: YAMLError, lines: string[], lineOffset = 0): LineProblem {
  const line = error.linePos?.[0].line ?? 1;
  const col = error.linePos?.[0].col ?? 1;
  const end = error.linePos?.[1]?.line ?? line;
  const text = lines[line - 1] ?? '';
  const key = keyOfLine(text);
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // `title: 職場の健康: 入門`: the value holds ": ". Otherwise the next line is indented too deep.
      const rest = text.slice(col - 1);
      if (/:(\s|$)/.test(rest)) return quoteTheValue(lines, line, 'に「: 」（コロンと空白）が入っています');
      return indentation(lines, nextContentLine(lines, line));
    }
    case 'MULTILINE_IMPLICIT_KEY':
      if (!text.includes(':')) return missingColon(text, line);
      return indentation(lines, end);
    case 'BAD_INDENT':
      if (/end with a \]/.test(error.message)) return unclosedBracket(lines, line, '[');
      if (/end with a \}/.test(error.message)) return unclosedBracket(lines, line, '{');
      return indentation(lines, line);
    case 'TAB_AS_INDENT':
      return { line, message: `${subject(key)}行頭にタブ文字があります。字下げは半角スペースにしてください` };
    case 'MISSING_CHAR':
      if (/closing "/.test(error.message)) return unclosedQuote(lines, line, '"');
      if (/closing '/.test(error.message)) return unclosedQuote(lines, line, "'");
      if (/\]/.test(error.message)) return unclosedBracket(lines, line, '[');
      if (/\}/.test(error.message)) return unclosedBracket(lines, line, '{');
      if (/Sequence item without/.test(error.message)) {
        return { line, message: `${subject(key)}字下げが前の行と合っていません。前の項目と行頭をそろえてください（一覧の新しい項目なら「- 」で始めます）` };
      }
      if (/followed by map values/.test(error.message)) return missingColon(text, line);
      break;
    case 'DUPLICATE_KEY': {
      const name = text.slice(col - 1).match(/^["']?([^"':,}]+)/)?.[1]?.trim() ?? key ?? '';
      const indent = text.match(/^\s*(?:-\s+)?/)?.[0].length ?? 0;
      const first = lines.findIndex((l, i) => i < line - 1 && keyOfLine(l) === name && (l.match(/^\s*(?:-\s+)?/)?.[0].length ?? 0) === indent);
      const where = first >= 0 ? `（最初は ${first + 1 + lineOffset} 行目）` : '';
      return { line, message: `${name} が2回書かれています${where}。1つにまとめてください` };
    }
    case 'BAD_SCALAR_START':
      return quoteTheValue(lines, line, `が「${text[col - 1] ?? ''}」で始まっています`);
    case 'UNEXPECTED_TOKEN': {
      const value = valueAfterKey(text);
      if (key && /^["'[{]/.test(value)) return quoteTheValue(lines, line, `が「${value[0]}」で始まっているため途中で切れています`);
      break;
    }
    case 'MULTIPLE_DOCS':
      return { line, message: '「---」の行は使えません（1つのファイルには1つの内容だけを書きます）。消してください' };
    case 'BAD_DQ_ESCAPE':
      return { line, message: `${subject(key)} " の中の \\ の使い方が正しくありません（\\ を使わないか、値全体を ' で囲んでください）` };
  }
  return { line, message: `${subject(key)}書き方を YAML として読めません。${GENERIC_HINT}` };
}
