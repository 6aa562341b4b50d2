import type { LineProblem, ParsedSource, SourceNode } from './types';

/**
 * A small strict JSON reader that keeps the line of every key and value and explains syntax errors in
 * Japanese at the line staff must fix (JSON.parse says only `Unexpected token` and a character offset).
 * Strings and numbers are decoded by JSON.parse on their own token, so escapes behave exactly as usual.
 */

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[^\s,:[\]{}"]+/y;

export function parseJson(text: string): ParsedSource {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const duplicates: LineProblem[] = [];
  let pos = 0;
  /** Where the last comma was: a trailing comma is reported there, not at the bracket after it. */
  let lastComma = 0;

  const fail = (offset: number, message: string): never => {
    throw new JsonSyntaxError(offset, message);
  };
  const skip = () => {
    while (pos < source.length && /\s/.test(source[pos])) pos++;
    if (source.startsWith('//', pos) || source.startsWith('/*', pos)) fail(pos, 'JSON にはコメント（// や /* */）を書けません。消してください');
  };

  const readString = (): string => {
    const start = pos;
    pos++;
    while (pos < source.length && source[pos] !== '"') {
      const c = source[pos];
      if (c === '\n' || c === '\r') fail(start, '文字列が " で閉じられないまま改行しています。行の終わりに " を付けてください（改行を入れたいときは \\n と書きます）');
      if (c === '\\') {
        if (!/["\\/bfnrtu]/.test(source[pos + 1] ?? '')) fail(pos, `文字列の中の「\\${source[pos + 1] ?? ''}」は使えません（\\ そのものは \\\\ と書きます）`);
        pos++;
      }
      pos++;
    }
    if (pos >= source.length) fail(start, '文字列の " が閉じられていません。最後に " を付けてください');
    pos++;
    try {
      return JSON.parse(source.slice(start, pos)) as string;
    } catch {
      return fail(start, '文字列の中に使えない文字があります（\\u の後ろは4桁の16進数にしてください）');
    }
  };

  const readValue = (): [unknown, SourceNode] => {
    skip();
    const line = lineAt(pos);
    const c = source[pos];
    if (c === '{') return readObject();
    if (c === '[') return readArray();
    if (c === '"') return [readString(), { line }];
    if (c === undefined) return fail(pos, 'ファイルが途中で終わっています。値が足りないか、閉じる } や ] がありません');
    if (c === "'") fail(pos, `文字列は ' ではなく " で囲んでください（例："値"）`);
    NUMBER.lastIndex = pos;
    WORD.lastIndex = pos;
    const number = NUMBER.exec(source);
    const word = WORD.exec(source)?.[0] ?? c;
    if (number && number[0] === word) {
      pos += word.length;
      return [Number(word), { line }];
    }
    if (word === 'true' || word === 'false' || word === 'null') {
      pos += word.length;
      return [word === 'true' ? true : word === 'false' ? false : null, { line }];
    }
    if (c === ',' || c === ']' || c === '}') return fail(pos, `「${c}」の前に値がありません（余分な「,」があれば消してください）`);
    return fail(pos, `値「${word}」を読めません。文字は "…" で囲み、数値・true・false・null はそのまま書きます（例："${word}"）`);
  };

  const readObject = (): [unknown, SourceNode] => {
    const open = pos;
    const node: SourceNode = { line: lineAt(pos), entries: new Map() };
    const value: Record<string, unknown> = {};
    pos++;
    skip();
    if (source[pos] === '}') {
      pos++;
      return [value, node];
    }
    for (;;) {
      skip();
      if (source[pos] !== '"') {
        if (pos >= source.length) fail(open, '{ が閉じられていません。対応する } を書いてください');
        if (source[pos] === '}') fail(lastComma, '最後の項目の後ろに余分な「,」があります。消してください');
        WORD.lastIndex = pos;
        const name = WORD.exec(source)?.[0] ?? source[pos];
        fail(pos, `項目名 ${name} は "${name.replace(/^'|'$/g, '')}" のように " で囲んでください`);
      }
      const keyLine = lineAt(pos);
      const key = readString();
      skip();
      if (source[pos] !== ':') fail(pos, `"${key}" の後ろに「:」がありません（例："${key}": 値）`);
      pos++;
      const [item, itemNode] = readValue();
      const first = node.entries?.get(key);
      if (first) duplicates.push({ line: keyLine, message: `"${key}" が2回書かれています（最初は ${first.keyLine} 行目）。1つにしてください` });
      node.entries?.set(key, { keyLine, node: itemNode });
      value[key] = item;
      const end = pos;
      skip();
      if (source[pos] === ',') {
        lastComma = pos;
        pos++;
        continue;
      }
      if (source[pos] === '}') {
        pos++;
        return [value, node];
      }
      if (pos >= source.length) fail(open, '{ が閉じられていません。対応する } を書いてください');
      if (source[pos] === ']') fail(pos, '{ を ] で閉じています。} で閉じてください');
      fail(end, `"${key}" の値の後ろに「,」がありません（次の項目との間は「,」で区切ります）`);
    }
  };

  const readArray = (): [unknown, SourceNode] => {
    const open = pos;
    const node: SourceNode = { line: lineAt(pos), items: [] };
    const value: unknown[] = [];
    pos++;
    skip();
    if (source[pos] === ']') {
      pos++;
      return [value, node];
    }
    for (;;) {
      skip();
      if (source[pos] === ']' && value.length > 0) fail(lastComma, '最後の項目の後ろに余分な「,」があります。消してください');
      const [item, itemNode] = readValue();
      value.push(item);
      node.items?.push(itemNode);
      const end = pos;
      skip();
      if (source[pos] === ',') {
        lastComma = pos;
        pos++;
        continue;
      }
      if (source[pos] === ']') {
        pos++;
        return [value, node];
      }
      if (pos >= source.length) fail(open, '[ が閉じられていません。対応する ] を書いてください');
      if (source[pos] === '}') fail(pos, '[ を } で閉じています。] で閉じてください');
      fail(end, '一覧の項目の後ろに「,」がありません（項目と項目の間は「,」で区切ります）');
    }
  };
  try {
    skip();
    if (pos >= source.length) return { data: undefined, tree: null, problems: [{ line: 1, message: 'ファイルが空です。JSON を書いてください' }] };
    const [data, tree] = readValue();
    skip();
    if (pos < source.length) fail(pos, 'JSON の終わり（最後の } や ]）の後ろに余分な文字があります。消してください');
    return { data, tree, problems: duplicates };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { data: undefined, tree: null, problems: [{ line: lineAt(error.offset), message: error.message }] };
  }
}
