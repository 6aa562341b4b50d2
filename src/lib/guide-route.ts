/**
 * A guide lives at content/guides/<topic>/<slug>.mdx and is served at /guides/<topic>/<slug>/.
 * The folder and the frontmatter `topic` must agree, so an article can never be listed under one
 * topic and filed under another.
 */
export type GuideRoute = { topic: string; slug: string };

export function guideRoute(id: string, frontmatterTopic: string): GuideRoute {
  const parts = id.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new Error(
      `content/guides/${id}: 記事は content/guides/<トピック>/<ファイル名>.mdx に置いてください（フォルダは1階層です）`,
    );
  }
  const [topic, slug] = parts;
  if (topic !== frontmatterTopic) {
    throw new Error(
      `content/guides/${id}: frontmatter の topic「${frontmatterTopic}」がフォルダ名「${topic}」と一致しません`,
    );
  }
  return { topic, slug };
}

/** Articles in the order staff chose, then by title so the order is stable. */
export function byOrderThenTitle<T extends { data: { order: number; title: string } }>(a: T, b: T): number {
  return a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'ja');
}

/** Topics in their order, each with its articles in theirs: the site's order of all its guidance. */
export function guidesByTopic<T extends { id: string; data: { order: number } }, G extends { data: { topic: string; order: number; title: string } }>(
  topics: readonly T[],
  guides: readonly G[],
): { topic: T; guides: G[] }[] {
  return [...topics]
    .sort((a, b) => a.data.order - b.data.order)
    .map((topic) => ({ topic, guides: guides.filter((g) => g.data.topic === topic.id).sort(byOrderThenTitle) }));
}
