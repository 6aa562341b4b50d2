/**
 * Counts the Japanese characters (kana, kanji, full-width punctuation and digits) of an article body,
 * leaving out frontmatter, component tags and Markdown syntax: a rough but honest measure of how much
 * guidance an article holds.
 */
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff9f]/gu;

export function articleBody(source: string): string {
  const match = source.match(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/);
  return match ? source.slice(match[0].length) : source;
}

export function japaneseCharCount(markdown: string): number {
  const withoutTags = markdown.replace(/<[^>]*>/g, '').replace(/\]\([^)]*\)/g, ']');
  return withoutTags.match(JAPANESE)?.length ?? 0;
}
