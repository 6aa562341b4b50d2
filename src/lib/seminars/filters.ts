import { PREFECTURES } from './prefectures';
import { FORMATS, PROGRAMMES } from './programmes';

export { PREFECTURES };

export const FILTER_KINDS = ['programme', 'prefecture', 'format', 'month'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];
export type Filter = Partial<Record<FilterKind, string>>;
export type Facets = Record<FilterKind, string>;

/**
 * The kinds a visitor combines (AND). 開催形式 is no longer offered: 都道府県 has オンラインのみ and every
 * card names its format; its three single pages stay for old links. Each kind added here multiplies
 * the pre-built combination pages (at most 2^kinds − 1 per seminar), so keep it short.
 */
export const COMBINED_KINDS = ['programme', 'prefecture', 'month'] as const satisfies readonly FilterKind[];
export type CombinedKind = (typeof COMBINED_KINDS)[number];

export const FILTER_LABELS: Record<FilterKind, string> = { programme: '種類', prefecture: '都道府県', format: '開催形式', month: '開催月' };

/** Seminars held only online have no prefecture; they are listed under this value. */
export const ONLINE_ONLY = 'online';

export interface SeminarFacts {
  programme: string;
  prefecture?: string;
  format: string;
  start: string;
}

export function prefectureCode(name: string): string {
  const index = PREFECTURES.indexOf(name as (typeof PREFECTURES)[number]);
  if (index < 0) throw new Error(`都道府県名「${name}」を認識できません`);
  return `pref-${String(index + 1).padStart(2, '0')}`;
}

export function facetsOf(s: SeminarFacts): Facets {
  return {
    programme: PROGRAMMES.find((p) => p.name === s.programme)?.id ?? s.programme,
    prefecture: s.prefecture ? prefectureCode(s.prefecture) : ONLINE_ONLY,
    format: FORMATS.find((f) => f.name === s.format)?.id ?? s.format,
    month: s.start.slice(0, 7),
  };
}

export function valueLabel(kind: FilterKind, value: string): string {
  switch (kind) {
    case 'programme':
      return PROGRAMMES.find((p) => p.id === value)?.name ?? value;
    case 'format':
      return FORMATS.find((f) => f.id === value)?.name ?? value;
    case 'prefecture':
      return value === ONLINE_ONLY ? 'オンラインのみ' : (PREFECTURES[Number(value.slice(5)) - 1] ?? value);
    case 'month':
      return `${Number(value.slice(0, 4))}年${Number(value.slice(5, 7))}月`;
  }
}

export function matches(facets: Facets, filter: Filter): boolean {
  return FILTER_KINDS.every((kind) => !filter[kind] || facets[kind] === filter[kind]);
}

/** The values present among the seminars, in a natural order, with how many seminars each has. */
export function filterOptions(seminars: readonly SeminarFacts[]): Record<FilterKind, { value: string; label: string; count: number }[]> {
  const facets = seminars.map(facetsOf);
  const order: Record<FilterKind, (v: string) => string | number> = {
    programme: (v) => PROGRAMMES.findIndex((p) => p.id === v),
    prefecture: (v) => (v === ONLINE_ONLY ? 99 : Number(v.slice(5))),
    format: (v) => FORMATS.findIndex((f) => f.id === v),
    month: (v) => v,
  };
  return Object.fromEntries(
    FILTER_KINDS.map((kind) => {
      const counts = new Map<string, number>();
      for (const f of facets) counts.set(f[kind], (counts.get(f[kind]) ?? 0) + 1);
      const values = [...counts.keys()].sort((a, b) => (order[kind](a) < order[kind](b) ? -1 : order[kind](a) > order[kind](b) ? 1 : 0));
      return [kind, values.map((value) => ({ value, label: valueLabel(kind, value), count: counts.get(value)! }))];
    }),
  ) as Record<FilterKind, { value: string; label: string; count: number }[]>;
}

export const filterPath = (kind: FilterKind, value: string) => `/seminars/filter/${kind}/${value}/`;

/** What a filter value may be in an address: ASCII, as facetsOf makes them. */
const VALUE = /^[a-z0-9-]{1,40}$/;

export function parseFilter(params: URLSearchParams): Filter {
  const filter: Filter = {};
  for (const kind of FILTER_KINDS) {
    const value = params.get(kind);
    if (value && VALUE.test(value)) filter[kind] = value;
  }
  return filter;
}

/** The page of a filter: /seminars/, a single-filter page, or a combination in FILTER_KINDS order. */
export function filterUrl(filter: Filter): string {
  const parts = FILTER_KINDS.filter((kind) => filter[kind]).map((kind) => `${kind}/${filter[kind]}`);
  return parts.length === 0 ? '/seminars/' : `/seminars/filter/${parts.join('/')}/`;
}

/** The filter of a /seminars/filter/<kind>/<value>/… address, or null when the address is not one. */
export function filterFromPath(pathname: string): Filter | null {
  const match = pathname.match(/^\/seminars\/filter\/(.+?)\/?$/);
  const parts = match ? match[1].split('/') : [];
  if (parts.length === 0 || parts.length % 2 === 1) return null;
  const filter: Filter = {};
  for (let i = 0; i < parts.length; i += 2) {
    const [kind, value] = [parts[i] as FilterKind, parts[i + 1]];
    if (!FILTER_KINDS.includes(kind) || filter[kind] || !VALUE.test(value)) return null;
    filter[kind] = value;
  }
  return filter;
}

/** Only the combined kinds of a filter: a 開催形式 condition from an old link is dropped on the next choice. */
const combinable = (filter: Filter): Filter => Object.fromEntries(COMBINED_KINDS.filter((k) => filter[k]).map((k) => [k, filter[k]]));

/** The filter after choosing `value` for `kind` ('' clears that kind); the other combined kinds stay. */
export function choose(filter: Filter, kind: CombinedKind, value: string): Filter {
  const next = { ...combinable(filter), [kind]: value };
  if (!value) delete next[kind];
  return next;
}

/**
 * For each combined kind, how many seminars each value would show when chosen, the other conditions
 * kept: the number beside each filter link, and 0 means the link is left out.
 */
export function optionCounts(facets: readonly Facets[], filter: Filter): Record<CombinedKind, Map<string, number>> {
  const base = combinable(filter);
  return Object.fromEntries(
    COMBINED_KINDS.map((kind) => {
      const counts = new Map<string, number>();
      for (const f of facets) if (matches(f, { ...base, [kind]: undefined })) counts.set(f[kind], (counts.get(f[kind]) ?? 0) + 1);
      return [kind, counts];
    }),
  ) as Record<CombinedKind, Map<string, number>>;
}

/**
 * Every filter that gets a pre-built page, so that every filter link works without JavaScript: each
 * combination of the combined kinds that at least one seminar matches, and each 開催形式 alone.
 */
export function filterPages(facets: readonly Facets[]): Filter[] {
  const pages = new Map<string, Filter>();
  for (const f of facets) {
    for (let mask = 1; mask < 1 << COMBINED_KINDS.length; mask++) {
      const filter: Filter = Object.fromEntries(COMBINED_KINDS.filter((_, i) => mask & (1 << i)).map((k) => [k, f[k]]));
      pages.set(filterUrl(filter), filter);
    }
    pages.set(filterUrl({ format: f.format }), { format: f.format });
  }
  return [...pages.values()];
}

/** 「都道府県：大阪府、開催月：2026年6月」, or with `short` only 「大阪府、2026年6月」. */
export function filterLabel(filter: Filter, short = false): string {
  return FILTER_KINDS.filter((kind) => filter[kind])
    .map((kind) => (short ? '' : `${FILTER_LABELS[kind]}：`) + valueLabel(kind, filter[kind]!))
    .join('、');
}

/** The page title of a filter, the same on the pre-built page and after filtering in place. */
export const filterTitle = (filter: Filter) => (filterLabel(filter) ? `セミナー・説明会（${filterLabel(filter)}）` : 'セミナー・説明会');
