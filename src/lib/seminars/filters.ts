import { PREFECTURES } from './prefectures';
import { FORMATS, PROGRAMMES } from './programmes';

export { PREFECTURES };


export const FILTER_KINDS = ['programme', 'prefecture', 'format', 'month'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];
export type Filter = Partial<Record<FilterKind, string>>;

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

export function facetsOf(s: SeminarFacts): Record<FilterKind, string> {
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

export function matches(facets: Record<FilterKind, string>, filter: Filter): boolean {
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

export function parseFilter(params: URLSearchParams): Filter {
  const filter: Filter = {};
  for (const kind of FILTER_KINDS) {
    const value = params.get(kind);
    if (value && /^[a-z0-9-]{1,40}$/.test(value)) filter[kind] = value;
  }
  return filter;
}
