import type { ScannedBody } from './markdown-scan';

/**
 * A small scanner for the JSX tags in an MDX body: `<Name attr="…" other={…}>`, `</Name>`, `<Name />`.
 * Attribute values are kept as written ("…", '…' or the source inside {…}); nothing is evaluated.
 * It reads the masked body, so tags shown as code are not seen.
 */

export interface TagAttribute {
  name: string;
  /** The string for "…" and '…'; the source between the braces for {…}; null for a bare attribute. */
  value: string | null;
  expression: boolean;
  line: number;
  /** Offset of the value's first character in the body (after the quote or brace). */
  valueOffset: number;
}

export interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: TagAttribute[];
  line: number;
  /** The tag never reached its `>`. */
  unterminated: boolean;
}

const NAME = /[A-Za-z][\w.:-]*/y;
const ATTRIBUTE_NAME = /[^\s=/>{}"']+/y;

export function scanTags(body: ScannedBody): Tag[] {
  const text = body.masked;
  const tags: Tag[] = [];
  const opening = /<(\/?)([A-Za-z])/g;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    NAME.lastIndex = m.index + 1 + m[1].length;
    const name = NAME.exec(text)?.[0] ?? '';
    const tag: Tag = { name, closing: m[1] === '/', selfClosing: false, attributes: [], line: body.lineOf(m.index), unterminated: true };
    let pos = NAME.lastIndex;
    while (pos < text.length) {
      while (pos < text.length && /\s/.test(text[pos])) pos++;
      if (text.startsWith('/>', pos)) {
        tag.selfClosing = true;
        tag.unterminated = false;
        pos += 2;
        break;
      }
      if (text[pos] === '>') {
        tag.unterminated = false;
        pos++;
        break;
      }
      if (text[pos] === '<') break; // a new tag starts: this one was never closed
      if (text[pos] === '{') {
        pos = skipBraces(text, pos); // {...spread}: not a named attribute
        continue;
      }
      ATTRIBUTE_NAME.lastIndex = pos;
      const attrName = ATTRIBUTE_NAME.exec(text)?.[0];
      if (!attrName) {
        pos++;
        continue;
      }
      const attribute: TagAttribute = { name: attrName, value: null, expression: false, line: body.lineOf(pos), valueOffset: pos };
      pos += attrName.length;
      let look = pos;
      while (look < text.length && /\s/.test(text[look])) look++;
      if (text[look] === '=') {
        look++;
        while (look < text.length && /\s/.test(text[look])) look++;
        const quote = text[look];
        if (quote === '"' || quote === "'") {
          const end = text.indexOf(quote, look + 1);
          const stop = end < 0 ? text.length : end;
          attribute.value = text.slice(look + 1, stop);
          attribute.valueOffset = look + 1;
          pos = stop + 1;
        } else if (quote === '{') {
          const end = skipBraces(text, look);
          attribute.value = text.slice(look + 1, end - 1);
          attribute.expression = true;
          attribute.valueOffset = look + 1;
          pos = end;
        } else {
          const bare = text.slice(look).match(/^[^\s>]*/)?.[0] ?? '';
          attribute.value = bare;
          attribute.valueOffset = look;
          pos = look + bare.length;
        }
      }
      tag.attributes.push(attribute);
    }
    tags.push(tag);
    opening.lastIndex = Math.max(pos, m.index + 1);
  }
  return tags;
}

/** The offset just after the `}` that closes the `{` at `start`, skipping strings inside. */
function skipBraces(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return text.length;
      i = end;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** A string literal written as an expression, `{"注意"}` → 注意; null for anything else. */
export function literalString(expression: string): string | null {
  const m = expression.trim().match(/^(["'`])([^"'`]*)\1$/);
  return m ? m[2] : null;
}
