/**
 * Pagefind segments Japanese with one dictionary when indexing and the browser's ICU (Intl.Segmenter)
 * when querying, so a compound such as 過重労働 can be indexed as one word but queried as 過重 + 労働.
 * Publishing each keyword together with its ICU segments as page metadata makes both spellings match.
 */
let segmenter: Intl.Segmenter | undefined;

/** The word parts of a term as ICU splits it; the whole term where the browser has no Intl.Segmenter. */
export function icuSegments(term: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return term.trim() ? [term.trim()] : [];
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return [...segmenter.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export function searchKeywords(keywords: readonly string[]): string {
  const tokens = new Set<string>();
  for (const keyword of keywords) {
    const trimmed = keyword.trim();
    if (!trimmed) continue;
    tokens.add(trimmed);
    for (const part of icuSegments(trimmed)) tokens.add(part);
  }
  return [...tokens].join(' ');
}
