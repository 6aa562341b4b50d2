import type { LineProblem } from './types';

/** A Markdown/MDX file cut into its frontmatter (YAML between `---` lines) and its body, with file lines. */
export interface SplitFile {
  /** The YAML text, or null when the file has no complete frontmatter (then `problems` says why). */
  yaml: string | null;
  /** File lines before the YAML text: add to a YAML line to get the file line. */
  yamlOffset: number;
  /** The file's first line (1-based) of the frontmatter, i.e. its opening `---`. */
  openingLine: number;
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
  problems: LineProblem[];
}

const FENCE = /^---\s*$/;

/** Same rules as Astro: an optional BOM and blank lines, then `---` … `---`. */
export function splitFrontmatter(text: string): SplitFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let open = 0;
  while (open < lines.length && lines[open].trim() === '') open++;
  if (open >= lines.length || !FENCE.test(lines[open])) {
    return {
      yaml: null,
      yamlOffset: 0,
      openingLine: 1,
      body: lines.join('\n'),
      bodyLine: 1,
      problems: [{ line: 1, message: 'frontmatter がありません。ファイルの1行目を --- にして、その下に項目（例：title: 題名）を書き、--- の行で閉じてください' }],
    };
  }
  const close = lines.findIndex((line, i) => i > open && FENCE.test(line));
  if (close < 0) {
    return {
      yaml: null,
      yamlOffset: open + 1,
      openingLine: open + 1,
      body: '',
      bodyLine: lines.length + 1,
      problems: [{ line: open + 1, message: 'frontmatter の終わりの --- がありません。最後の項目の次の行に --- だけの行を書いてください' }],
    };
  }
  return {
    yaml: lines.slice(open + 1, close).join('\n'),
    yamlOffset: open + 1,
    openingLine: open + 1,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    problems: [],
  };
}
