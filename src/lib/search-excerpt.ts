/**
 * Pagefind builds a result's excerpt from the page text, in which it joins headings, paragraphs and list
 * items with 「. 」 (an English full stop and a space), and it starts the excerpt wherever the match
 * window begins, often right after a 「。」. In Japanese text both look like mistakes. These functions
 * turn Pagefind's excerpt (text escaped with &lt; and &gt;, matches wrapped in <mark>) into clean parts.
 */
export interface ExcerptPart {
  text: string;
  /** A word the query matched (Pagefind's <mark>). */
  mark: boolean;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const TAG = /[\uE000\uE001]/;
/** Kana, kanji, CJK and full-width punctuation and letters. */
const JAPANESE = /[\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
/** After these, a block separator adds nothing: the text already ends a sentence or a phrase. */
const ENDS_PHRASE = /[。．！？!?：:、，,・…]/;
/** Never the first character of an excerpt. */
const LEADING = /^[\s。．、，,.・：:；;）)」』】〕］\]]+/u;

/** The nearest character that is not a <mark> boundary, looking backwards or forwards from `from`. */
function visibleChar(text: string, from: number, step: -1 | 1, skipSpace = false): string {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const c = text[i]!;
    if (TAG.test(c) || (skipSpace && /\s/.test(c))) continue;
    return c;
  }
  return '';
}

function cleanMarked(marked: string): string {
  // 「. 」 between blocks (and a final 「.」): dropped after punctuation, otherwise a Japanese full stop.
  // A full stop inside words (0.2m/s) or in English text (e.g. "Dr. Smith") is left alone.
  let text = marked.replace(/\.(?:\s+|$)/g, (match, offset: number, whole: string) => {
    const before = visibleChar(whole, offset - 1, -1);
    const after = visibleChar(whole, offset + match.length, 1, true);
    if (!before) return ''; // at the very start
    if (!JAPANESE.test(before) && !JAPANESE.test(after)) return match; // English text
    if (ENDS_PHRASE.test(before)) return '';
    return '。';
  });
  text = text.replace(/\s{2,}/g, ' ');
  // Leading punctuation, also when it sits just inside a <mark>.
  let previous;
  do {
    previous = text;
    text = text.replace(LEADING, '');
    text = text.replace(new RegExp(`^${OPEN}${LEADING.source.slice(1)}`, 'u'), OPEN);
    text = text.replace(new RegExp(`^${OPEN}${CLOSE}`), '');
  } while (text !== previous);
  return text.trim();
}

/** Pagefind's excerpt HTML as plain parts: the text (its &lt; and &gt; decoded) and whether it was marked. */
export function excerptParts(excerptHtml: string): ExcerptPart[] {
  const marked = cleanMarked(excerptHtml.replace(/<mark>/g, OPEN).replace(/<\/mark>/g, CLOSE).replace(/<[^>]*>/g, ''));
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of marked.split(/([\uE000\uE001])/)) {
    if (piece === OPEN) mark = true;
    else if (piece === CLOSE) mark = false;
    else if (piece) {
      const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** The excerpt as plain text, e.g. for a test or a screen-reader label. */
export function excerptText(excerptHtml: string): string {
  return excerptParts(excerptHtml)
    .map((p) => p.text)
    .join('');
}
