import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { LineProblem, ParsedSource, SourceNode } from './types';
import { explainYamlError, keyOfLine, quoteForYaml } from './yaml-errors';

/**
 * Reads YAML (frontmatter or a data file) with the `yaml` package's core schema: `2026-13-45` stays text,
 * so the date schema can say it does not exist, and every node keeps its position. `lineOffset` is the
 * number of file lines before the YAML text (1 for frontmatter after its `---`).
 */
export function parseYaml(text: string, lineOffset = 0): ParsedSource {
  const lines = text.split(/\r?\n/);
  const shift = (problems: LineProblem[]) => problems.map((p) => ({ line: p.line + lineOffset, message: p.message }));

  // Mistakes YAML accepts silently, or reports far from where they are: found on the raw lines first.
  const hints = lineHints(lines);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: true });
  const hinted = new Set(hints.map((h) => h.line));
  // An error that starts on a hinted line is that slip seen by the parser; the hint says it better.
  const errors = [
    ...doc.errors.filter((e) => !hinted.has(e.linePos?.[0].line ?? 0)).map((e) => explainYamlError(e, lines, lineOffset)),
    ...anchorProblems(doc.contents, lineCounter, lines),
  ];
  const problems = firstPerLine([...hints, ...errors.filter((p) => !hinted.has(p.line))]);
  if (problems.length > 0) return { data: undefined, tree: null, problems: shift(problems) };

  const lineOf = (node: Node | null | undefined, fallback: number) =>
    node?.range ? lineCounter.linePos(node.range[0]).line + lineOffset : fallback;
  const build = (node: Node | null | undefined, fallback: number): SourceNode => {
    const line = lineOf(node, fallback);
    if (isMap(node)) {
      const entries = new Map<string, { keyLine: number; node: SourceNode }>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const keyLine = lineOf(pair.key, line);
        const value = pair.value as Node | null;
        // `key:` with nothing after it: point at the key, not at where the empty value happens to start.
        const empty = !value || (isScalar(value) && value.value === null);
        entries.set(String(pair.key.value), { keyLine, node: empty ? { line: keyLine } : build(value, keyLine) });
      }
      return { line, entries };
    }
    if (isSeq(node)) return { line, items: node.items.map((item) => build(item as Node, line)) };
    return { line };
  };
  try {
    return { data: doc.toJS(), tree: doc.contents ? build(doc.contents as Node, 1 + lineOffset) : null, problems: [] };
  } catch {
    return { data: undefined, tree: null, problems: [{ line: 1 + lineOffset, message: `この YAML を読めません。字下げ、「: 」、" や [ ] の閉じ忘れを確かめてください` }] };
  }
}

/** One syntax problem per line: the parser often reports a slip more than once, in its own words each time. */
function firstPerLine(problems: LineProblem[]): LineProblem[] {
  const seen = new Set<number>();
  return problems.filter((p) => !seen.has(p.line) && seen.add(p.line));
}

const FULL_WIDTH_INDENT = /^[ \t]*\u3000/;
const FULL_WIDTH_COLON = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*：/;
const NO_SPACE_AFTER_COLON = /^\s*(?:-\s+)?([A-Za-z][\w-]*):(?=[^\s/])/;
const NO_SPACE_AFTER_DASH = /^\s*-([A-Za-z][\w-]*)\s*:/;
const SPECIAL_START = /^\s*(?:-\s+)?([A-Za-z][\w-]*):\s+([&*!])/;
const BLOCK_SCALAR = /:\s*[|>][-+0-9]*\s*(#.*)?$/;

/** Typing slips of Japanese input (全角 spaces and colons) and of YAML's punctuation, one line at a time. */
function lineHints(lines: string[]): LineProblem[] {
  const hints: LineProblem[] = [];
  let blockIndent = -1;
  lines.forEach((text, i) => {
    const line = i + 1;
    const indent = text.match(/^ */)?.[0].length ?? 0;
    // Inside a `|` or `>` block the text is free, so nothing there is a slip.
    if (blockIndent >= 0 && (text.trim() === '' || indent > blockIndent)) return;
    blockIndent = BLOCK_SCALAR.test(text) ? indent : -1;
    if (text.trimStart().startsWith('#')) return;
    let m: RegExpMatchArray | null;
    if (FULL_WIDTH_INDENT.test(text)) {
      const key = keyOfLine(text.replace(/\u3000/g, ' '));
      hints.push({ line, message: `${key ? `${key} の` : 'この行の'}行頭に全角スペースがあります。字下げは半角スペースにしてください` });
    } else if ((m = text.match(FULL_WIDTH_COLON))) {
      hints.push({ line, message: `${m[1]} の後ろのコロンが全角「：」です。半角の「: 」（コロンと半角スペース）にしてください（例：${m[1]}: …）` });
    } else if ((m = text.match(NO_SPACE_AFTER_COLON))) {
      hints.push({ line, message: `${m[1]} の「:」の後ろに半角スペースがありません（例：${m[1]}: ${text.slice(text.indexOf(':') + 1).trim()}）` });
    } else if ((m = text.match(NO_SPACE_AFTER_DASH))) {
      hints.push({ line, message: `${m[1]} の前の「-」の後ろに半角スペースがありません（例：- ${m[1]}: …）` });
    } else if ((m = text.match(SPECIAL_START))) {
      const value = text.slice(text.indexOf(':') + 1).replace(/\s+#.*$/, '').trim();
      hints.push({ line, message: `${m[1]} の値が「${m[2]}」で始まっています。値全体を "…" で囲んでください（例：${m[1]}: ${quoteForYaml(value)}）` });
    }
  });
  return hints;
}

/** Anchors and aliases (`&x`, `*x`) that the line hints missed, e.g. inside a flow list. */
function anchorProblems(contents: unknown, lineCounter: LineCounter, lines: string[]): LineProblem[] {
  const problems: LineProblem[] = [];
  if (!contents) return problems;
  visit(contents as Node, (_key, node) => {
    const n = node as (Node & { anchor?: string }) | null;
    if (n && (isAlias(n) || n.anchor) && n.range) {
      const line = lineCounter.linePos(n.range[0]).line;
      const key = keyOfLine(lines[line - 1]);
      problems.push({ line, message: `${key ? `${key} の` : 'この行の'}値が「${isAlias(n) ? '*' : '&'}」で始まっています。値全体を "…" で囲んでください` });
    }
  });
  return problems;
}
