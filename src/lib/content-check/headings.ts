import GithubSlugger from 'github-slugger';
import type { ScannedBody } from './markdown-scan';
import type { LineProblem } from './types';

/**
 * Headings of a guide body and their ids, made the way Astro's MDX processor makes them
 * (@astrojs/markdown-satteri: github-slugger over the heading's text content, one slugger per document,
 * in order), so a link `/guides/a/b/#id` can be checked without building the site.
 */
export interface BodyHeading {
  depth: number;
  /** The heading as written, for messages: `## 見出し`. */
  source: string;
  /** Text content as the rendered heading has it. */
  text: string;
  id: string;
  line: number;
  /** Written as a paragraph underlined with === or ---. */
  setext: boolean;
}

const ATX = /^[ \t]*(#{1,6})(?=[ \t]|$)/;
const ATX_WITHOUT_SPACE = /^[ \t]*(#{1,6})([^#\s]|\u3000)/;
const SETEXT_UNDERLINE = /^[ \t]*(=+|-+)[ \t]*$/;
/** Lines that start a block other than a paragraph: no setext heading can be made of them. */
const NOT_PARAGRAPH = /^[ \t]*(?:#|>|\||<|\{|[-*+][ \t]|\d{1,9}[.)][ \t]|(?:[-*_][ \t]*){3,}$)/;

export function findHeadings(body: ScannedBody): BodyHeading[] {
  const masked = body.masked.split('\n');
  const original = body.text.split('\n');
  const found: Omit<BodyHeading, 'id'>[] = [];
  masked.forEach((line, i) => {
    const atx = line.match(ATX);
    if (atx) {
      const content = original[i].slice(atx[0].length).replace(/(?:^|[ \t]+)#+[ \t]*$/, '').trim();
      found.push({ depth: atx[1].length, source: original[i].trim(), text: headingText(content), line: body.firstLine + i, setext: false });
      return;
    }
    const underline = line.match(SETEXT_UNDERLINE);
    if (!underline || i === 0) return;
    const start = paragraphStart(masked, i - 1);
    if (start === null) return;
    const text = original.slice(start, i).map((l) => l.trim()).join('\n');
    found.push({ depth: underline[1][0] === '=' ? 1 : 2, source: text, text: headingText(text), line: body.firstLine + start, setext: true });
  });
  found.sort((a, b) => a.line - b.line);
  const slugger = new GithubSlugger();
  return found.map((h) => ({ ...h, id: slugger.slug(h.text) }));
}

/** The first line of the paragraph that ends at `last`, or null when those lines are not a plain paragraph. */
function paragraphStart(masked: string[], last: number): number | null {
  let start = last;
  while (start >= 0 && masked[start].trim() !== '') {
    if (NOT_PARAGRAPH.test(masked[start]) || SETEXT_UNDERLINE.test(masked[start])) return null;
    start--;
  }
  return start === last ? null : start + 1;
}

const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', hellip: '…', ndash: '–', mdash: '—' };

/** The text content of a heading's inline Markdown: link and tag syntax gone, code kept as written. */
export function headingText(raw: string): string {
  const parts: string[] = [];
  const code = /(`+)([\s\S]*?[^`])\1(?!`)/g;
  let last = 0;
  for (let m = code.exec(raw); m; m = code.exec(raw)) {
    parts.push(inlineText(raw.slice(last, m.index)));
    const inner = m[2];
    parts.push(/^ .*[^ ].* $/.test(inner) ? inner.slice(1, -1) : inner);
    last = m.index + m[0].length;
  }
  parts.push(inlineText(raw.slice(last)));
  return parts.join('');
}

function inlineText(text: string): string {
  // Escaped characters are kept aside so that no rule below treats them as syntax.
  const escaped: string[] = [];
  return text
    .replace(ESCAPABLE, (_, c: string) => `\u0000${escaped.push(c) - 1}\u0000`)
    .replace(/!\[[^\]]*\](?:\((?:[^()]|\([^)]*\))*\)|\[[^\]]*\])/g, '')
    .replace(/\[([^\]]*)\](?:\((?:[^()]|\([^)]*\))*\)|\[[^\]]*\])/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\{([^{}]*)\}/g, '$1')
    .replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z]+));/g, (whole, dec?: string, hex?: string, name?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name ?? ''] ?? whole),
    )
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/[*~]/g, '')
    // Smart punctuation turns -- and --- into dashes, which the slugger drops.
    .replace(/-{2,}/g, '')
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => escaped[Number(i)]);
}

/** Guide rules: no `#` heading (the title is the page's h1), no skipped level, `#` followed by a space. */
export function headingProblems(body: ScannedBody, headings: readonly BodyHeading[]): LineProblem[] {
  const problems: LineProblem[] = [];
  let previous = 1;
  for (const h of headings) {
    if (h.depth === 1) {
      const fix = `## ${h.setext ? h.source.split('\n')[0] : h.source.replace(/^#\s*/, '')}`;
      problems.push({
        line: h.line,
        message: h.setext
          ? `見出し「${h.source.split('\n')[0]}」は下の行の === で # の見出しになっています。題名がページの見出しなので、=== の行を消して ## で書いてください（例：${fix}）`
          : `見出し「${h.source}」は使えません。題名がページの見出し（#）になるので、本文の見出しは ## から始めてください（例：${fix}）`,
      });
    } else if (h.depth > previous + 1) {
      const fix = '#'.repeat(previous + 1);
      problems.push({
        line: h.line,
        message: `見出し「${h.source}」の階層が飛んでいます（前の見出しは ${'#'.repeat(previous)}）。${fix} にしてください（例：${fix} ${h.text}）`,
      });
    }
    previous = h.depth;
  }
  const original = body.text.split('\n');
  body.masked.split('\n').forEach((line, i) => {
    const slip = line.match(ATX_WITHOUT_SPACE);
    if (!slip) return;
    const source = original[i].trim();
    const rest = source.slice(slip[1].length).replace(/^\u3000+/, '');
    const what = slip[2] === '\u3000' ? ' # の後ろが全角スペースのため' : ' # の後ろに空白がないため';
    problems.push({ line: body.firstLine + i, message: `見出し「${source}」は${what}見出しになりません。半角スペースを入れてください（例：${slip[1]} ${rest}）` });
  });
  return problems;
}
