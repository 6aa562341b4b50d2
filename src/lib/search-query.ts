/** What a search asks for, as carried in the URL of /search/ (?q=…&topic=…&audience=…). */
export interface SearchQuery {
  q: string;
  topic: string;
  audience: string;
}

const MAX_QUERY_LENGTH = 100;

export function parseSearchQuery(params: URLSearchParams): SearchQuery {
  const read = (key: string) => (params.get(key) ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  return { q: read('q'), topic: read('topic'), audience: read('audience') };
}

export function toSearchParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'topic', 'audience'] as const) if (query[key]) params.set(key, query[key]);
  return params;
}

/** Pagefind filters for the chosen topic and audience; empty choices do not filter. */
export function pagefindFilters(query: SearchQuery): Record<string, string> {
  const filters: Record<string, string> = {};
  if (query.topic) filters.topic = query.topic;
  if (query.audience) filters.audience = query.audience;
  return filters;
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return !query.q && !query.topic && !query.audience;
}

/** The sentence announced to screen readers and shown above the results. */
export function resultSummary(query: SearchQuery, count: number): string {
  const conditions = [
    query.q && `「${query.q}」`,
    query.topic && `トピック「${query.topic}」`,
    query.audience && `対象「${query.audience}」`,
  ].filter(Boolean);
  const subject = conditions.length ? `${conditions.join('、')}の検索結果` : '検索結果';
  if (count === 0) return `${subject}は見つかりませんでした。`;
  return `${subject}：${count.toLocaleString('ja-JP')}件`;
}
