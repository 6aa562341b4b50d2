export interface Heading {
  depth: number;
  slug: string;
  text: string;
}
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Sections (h2) with their sub-sections (h3) nested under them; deeper headings are left out. */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const h of headings) {
    const entry = { slug: h.slug, text: h.text, children: [] };
    if (h.depth === 2) toc.push(entry);
    else if (h.depth === 3) (toc.at(-1)?.children ?? toc).push(entry);
  }
  return toc;
}
