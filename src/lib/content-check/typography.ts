import type { ScannedBody } from './markdown-scan';
import type { LineProblem } from './types';

/**
 * The mechanical rules of Japanese typography the site keeps (the others, such as where headings
 * break, are handled by CSS): no half-width space after 「。」 or 「、」, 「少ない」 rather than 「少い」,
 * and full-width brackets 「（）」 around Japanese text. Code, tags and link addresses are not text.
 */
const JAPANESE = '\\u3000-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef';
const SPACE_AFTER = /[。、] +(?=\S)/g;
const SUKUNAI = /少い/g;
const HALF_BRACKET = new RegExp(`[${JAPANESE}]\\(|\\([${JAPANESE}]|[${JAPANESE}]\\)|\\)[${JAPANESE}]`, 'g');

const blank = (s: string) => ' '.repeat(s.length);

/** The body with everything that is not prose blanked: tags and JSX, link addresses, bare URLs. */
function prose(masked: string): string {
  return masked
    .replace(/<[^>\n]*>/g, blank) // tags (their attributes are not prose)
    .replace(/\{[^}\n]*\}/g, blank) // JSX expressions
    .replace(/\]\([^)\n]*\)/g, (m) => `]${blank(m.slice(1))}`) // [text](address): the address part
    .replace(/https?:\/\/\S+/g, blank);
}

export function typographyProblems(body: ScannedBody): LineProblem[] {
  const text = prose(body.masked);
  const problems: LineProblem[] = [];
  const report = (pattern: RegExp, message: (found: string) => string) => {
    for (const m of text.matchAll(pattern)) problems.push({ line: body.lineOf(m.index!), message: message(m[0]) });
  };
  report(SPACE_AFTER, (found) => `「${found[0]}」のあとに半角スペースがあります。スペースは入れずに続けてください`);
  report(SUKUNAI, () => '「少い」は「少ない」と書いてください');
  report(HALF_BRACKET, (found) => `半角のかっこ「${found}」があります。日本語の文では全角の「（」「）」を使ってください`);
  return problems.sort((a, b) => a.line - b.line);
}
