/**
 * A Markdown/MDX body prepared for simple line scanners: `masked` is the same text, character for
 * character and line for line, with code (fenced blocks and `code spans`) and comments blanked out, so a
 * `#` or `<Tag>` shown as code is never taken for a heading or a component.
 */
export interface ScannedBody {
  text: string;
  masked: string;
  /** File line of the body's first line. */
  firstLine: number;
  /** The file line of a character offset in `text`. */
  lineOf(offset: number): number;
}

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

export function scanBody(text: string, firstLine: number): ScannedBody {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return firstLine + lo;
  };
  return { text, masked: maskInline(maskFences(text)), firstLine, lineOf };
}

/** Blanks fenced code blocks, fences included; an unclosed fence runs to the end, as in CommonMark. */
function maskFences(text: string): string {
  const lines = text.split('\n');
  let fence: { char: string; length: number } | null = null;
  return lines
    .map((line) => {
      if (fence) {
        const close = line.match(/^ {0,3}(`{3,}|~{3,})\s*$/);
        if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
        return blank(line);
      }
      const open = line.match(FENCE_OPEN);
      if (open && !(open[2][0] === '`' && open[3].includes('`'))) {
        fence = { char: open[2][0], length: open[2].length };
        return blank(line);
      }
      return line;
    })
    .join('\n');
}

/** Blanks code spans (a run of n backticks up to the next run of exactly n, within a paragraph) and comments. */
function maskInline(text: string): string {
  let out = text.replace(/<!--[\s\S]*?-->/g, blank).replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
  const run = /(?<!\\)(`+)/g;
  let m: RegExpExecArray | null;
  while ((m = run.exec(out))) {
    const ticks = m[1];
    const closing = new RegExp(`(?<!\`)${ticks}(?!\`)`, 'g');
    closing.lastIndex = m.index + ticks.length;
    const end = closing.exec(out);
    if (!end || /\n[ \t]*\n/.test(out.slice(m.index, end.index))) continue;
    const stop = end.index + ticks.length;
    out = out.slice(0, m.index) + blank(out.slice(m.index, stop)) + out.slice(stop);
    run.lastIndex = stop;
  }
  return out;
}
