import { describe, expect, it } from 'vitest';
import {
  FILTER_KINDS,
  ONLINE_ONLY,
  PREFECTURES,
  facetsOf,
  filterOptions,
  filterPath,
  matches,
  parseFilter,
  prefectureCode,
  valueLabel,
  type SeminarFacts,
} from '../../src/lib/seminars/filters';

const osaka: SeminarFacts = { programme: 'メンタルヘルス対策セミナー', prefecture: '大阪府', format: '会場', start: '2026-06-18T14:00' };
const onlineOnly: SeminarFacts = { programme: '過労死等防止対策推進シンポジウム', format: 'オンライン', start: '2026-11-05T13:30' };

describe('prefectureCode', () => {
  it('gives the JIS X 0401 code', () => {
    expect(prefectureCode('北海道')).toBe('pref-01');
    expect(prefectureCode('東京都')).toBe('pref-13');
    expect(prefectureCode('京都府')).toBe('pref-26');
    expect(prefectureCode('大阪府')).toBe('pref-27');
    expect(prefectureCode('沖縄県')).toBe('pref-47');
  });

  it('has 47 distinct prefectures', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(new Set(PREFECTURES.map(prefectureCode)).size).toBe(47);
  });

  it('throws in Japanese for a name it does not know', () => {
    expect(() => prefectureCode('東京')).toThrow(new Error('都道府県名「東京」を認識できません'));
    expect(() => prefectureCode('大坂府')).toThrow('都道府県名「大坂府」を認識できません');
    expect(() => prefectureCode('')).toThrow('都道府県名「」を認識できません');
  });
});

describe('facetsOf', () => {
  it('gives a venue seminar ASCII values for every kind', () => {
    expect(facetsOf(osaka)).toEqual({ programme: 'mental-health', prefecture: 'pref-27', format: 'venue', month: '2026-06' });
  });

  it('puts an online-only seminar (no prefecture) under online', () => {
    expect(facetsOf(onlineOnly)).toEqual({ programme: 'karoshi-symposium', prefecture: 'online', format: 'online', month: '2026-11' });
    expect(ONLINE_ONLY).toBe('online');
  });

  it('maps the hybrid format and the other programmes', () => {
    expect(
      facetsOf({ programme: '安全衛生優良企業 事例発表会', prefecture: '東京都', format: 'ハイブリッド', start: '2027-01-20T10:00' }),
    ).toEqual({ programme: 'excellent-company-cases', prefecture: 'pref-13', format: 'hybrid', month: '2027-01' });
    expect(facetsOf({ ...osaka, programme: '安全衛生優良企業 企業向けセミナー' }).programme).toBe('excellent-company-seminar');
    expect(facetsOf({ ...osaka, programme: '受動喫煙防止対策 説明会' }).programme).toBe('passive-smoking');
  });

  it('throws for an unknown prefecture name', () => {
    expect(() => facetsOf({ ...osaka, prefecture: '大坂府' })).toThrow('都道府県名「大坂府」を認識できません');
  });
});

describe('valueLabel', () => {
  it('names programmes', () => {
    expect(valueLabel('programme', 'mental-health')).toBe('メンタルヘルス対策セミナー');
    expect(valueLabel('programme', 'karoshi-symposium')).toBe('過労死等防止対策推進シンポジウム');
    expect(valueLabel('programme', 'no-such-programme')).toBe('no-such-programme');
  });

  it('names formats', () => {
    expect(valueLabel('format', 'venue')).toBe('会場');
    expect(valueLabel('format', 'online')).toBe('オンライン');
    expect(valueLabel('format', 'hybrid')).toBe('ハイブリッド');
    expect(valueLabel('format', 'paper')).toBe('paper');
  });

  it('names prefectures by code, and online as オンラインのみ', () => {
    expect(valueLabel('prefecture', 'pref-01')).toBe('北海道');
    expect(valueLabel('prefecture', 'pref-13')).toBe('東京都');
    expect(valueLabel('prefecture', 'pref-47')).toBe('沖縄県');
    expect(valueLabel('prefecture', 'online')).toBe('オンラインのみ');
    expect(valueLabel('prefecture', 'pref-00')).toBe('pref-00');
    expect(valueLabel('prefecture', 'pref-48')).toBe('pref-48');
  });

  it('gives every prefecture code back its name', () => {
    expect(PREFECTURES.map((p) => valueLabel('prefecture', prefectureCode(p)))).toEqual([...PREFECTURES]);
  });

  it('writes months in Japanese without a leading zero', () => {
    expect(valueLabel('month', '2026-06')).toBe('2026年6月');
    expect(valueLabel('month', '2026-12')).toBe('2026年12月');
    expect(valueLabel('month', '2027-01')).toBe('2027年1月');
  });
});

describe('matches', () => {
  const venue = facetsOf(osaka);
  const online = facetsOf(onlineOnly);

  it('matches everything with an empty filter', () => {
    expect(matches(venue, {})).toBe(true);
    expect(matches(online, {})).toBe(true);
  });

  it('matches a single filter by its value', () => {
    expect(matches(venue, { prefecture: 'pref-27' })).toBe(true);
    expect(matches(venue, { prefecture: 'pref-13' })).toBe(false);
    expect(matches(online, { prefecture: 'online' })).toBe(true);
    expect(matches(venue, { prefecture: 'online' })).toBe(false);
    expect(matches(venue, { month: '2026-06' })).toBe(true);
    expect(matches(venue, { month: '2026-07' })).toBe(false);
    expect(matches(online, { format: 'online' })).toBe(true);
    expect(matches(online, { format: 'venue' })).toBe(false);
  });

  it('needs every filter of a combination to match', () => {
    expect(matches(venue, { programme: 'mental-health', prefecture: 'pref-27', format: 'venue', month: '2026-06' })).toBe(true);
    expect(matches(venue, { programme: 'mental-health', prefecture: 'pref-27', format: 'venue', month: '2026-07' })).toBe(false);
    expect(matches(venue, { programme: 'karoshi-symposium', month: '2026-06' })).toBe(false);
    expect(matches(online, { programme: 'karoshi-symposium', prefecture: 'online' })).toBe(true);
  });

  it('ignores a filter kind given as an empty string', () => {
    expect(matches(venue, { prefecture: '', month: '2026-06' })).toBe(true);
  });
});

describe('filterOptions', () => {
  // Given out of order, so that the ordering is the function's own.
  const seminars: SeminarFacts[] = [
    { programme: '受動喫煙防止対策 説明会', prefecture: '東京都', format: '会場', start: '2027-01-20T10:00' },
    onlineOnly,
    { programme: 'メンタルヘルス対策セミナー', format: 'オンライン', start: '2026-06-30T15:00' },
    { programme: '安全衛生優良企業 事例発表会', prefecture: '東京都', format: 'ハイブリッド', start: '2026-07-02T13:00' },
    { programme: 'メンタルヘルス対策セミナー', prefecture: '北海道', format: '会場', start: '2026-06-25T14:00' },
    osaka,
  ];

  it('orders programmes as in PROGRAMMES and counts them', () => {
    expect(filterOptions(seminars).programme).toEqual([
      { value: 'excellent-company-cases', label: '安全衛生優良企業 事例発表会', count: 1 },
      { value: 'mental-health', label: 'メンタルヘルス対策セミナー', count: 3 },
      { value: 'passive-smoking', label: '受動喫煙防止対策 説明会', count: 1 },
      { value: 'karoshi-symposium', label: '過労死等防止対策推進シンポジウム', count: 1 },
    ]);
  });

  it('orders prefectures by code with online-only last', () => {
    expect(filterOptions(seminars).prefecture).toEqual([
      { value: 'pref-01', label: '北海道', count: 1 },
      { value: 'pref-13', label: '東京都', count: 2 },
      { value: 'pref-27', label: '大阪府', count: 1 },
      { value: 'online', label: 'オンラインのみ', count: 2 },
    ]);
  });

  it('orders prefectures by number, not by name or reading', () => {
    const options = filterOptions([
      { ...osaka, prefecture: '沖縄県' },
      { ...osaka, prefecture: '青森県' },
      { ...osaka, prefecture: '福岡県' },
    ]).prefecture;
    expect(options.map((o) => o.value)).toEqual(['pref-02', 'pref-40', 'pref-47']);
  });

  it('orders formats as in FORMATS', () => {
    expect(filterOptions(seminars).format).toEqual([
      { value: 'venue', label: '会場', count: 3 },
      { value: 'online', label: 'オンライン', count: 2 },
      { value: 'hybrid', label: 'ハイブリッド', count: 1 },
    ]);
  });

  it('orders months ascending across the year end', () => {
    expect(filterOptions(seminars).month).toEqual([
      { value: '2026-06', label: '2026年6月', count: 3 },
      { value: '2026-07', label: '2026年7月', count: 1 },
      { value: '2026-11', label: '2026年11月', count: 1 },
      { value: '2027-01', label: '2027年1月', count: 1 },
    ]);
  });

  it('has every kind, and the counts of each kind add up to the number of seminars', () => {
    const options = filterOptions(seminars);
    expect(Object.keys(options)).toEqual([...FILTER_KINDS]);
    for (const kind of FILTER_KINDS) expect(options[kind].reduce((n, o) => n + o.count, 0)).toBe(6);
  });

  it('gives empty lists for no seminars', () => {
    expect(filterOptions([])).toEqual({ programme: [], prefecture: [], format: [], month: [] });
  });
});

describe('filterPath', () => {
  it('builds /seminars/filter/<kind>/<value>/', () => {
    expect(filterPath('prefecture', 'pref-13')).toBe('/seminars/filter/prefecture/pref-13/');
    expect(filterPath('month', '2026-06')).toBe('/seminars/filter/month/2026-06/');
    expect(filterPath('programme', 'mental-health')).toBe('/seminars/filter/programme/mental-health/');
    expect(filterPath('format', 'online')).toBe('/seminars/filter/format/online/');
  });
});

describe('parseFilter', () => {
  it('keeps the four known kinds and drops anything else', () => {
    expect(parseFilter(new URLSearchParams('programme=mental-health&prefecture=pref-27&format=venue&month=2026-06&page=2&q=abc'))).toEqual({
      programme: 'mental-health',
      prefecture: 'pref-27',
      format: 'venue',
      month: '2026-06',
    });
    expect(parseFilter(new URLSearchParams(''))).toEqual({});
    expect(parseFilter(new URLSearchParams('topic=stress-check'))).toEqual({});
  });

  it('rejects values that are not lower-case ASCII letters, digits and hyphens', () => {
    expect(parseFilter(new URLSearchParams('prefecture=Osaka!'))).toEqual({});
    expect(parseFilter(new URLSearchParams('prefecture=Osaka'))).toEqual({});
    expect(parseFilter(new URLSearchParams({ prefecture: '大阪府' }))).toEqual({});
    expect(parseFilter(new URLSearchParams('month=%3Cscript%3E'))).toEqual({});
    expect(parseFilter(new URLSearchParams('programme=..%2F..%2Fetc'))).toEqual({});
    expect(parseFilter(new URLSearchParams('format=venue%20'))).toEqual({});
    expect(parseFilter(new URLSearchParams('format='))).toEqual({});
    expect(parseFilter(new URLSearchParams('prefecture=Osaka!&month=2026-06'))).toEqual({ month: '2026-06' });
  });

  it('accepts up to 40 characters and rejects 41', () => {
    expect(parseFilter(new URLSearchParams({ programme: 'a'.repeat(40) }))).toEqual({ programme: 'a'.repeat(40) });
    expect(parseFilter(new URLSearchParams({ programme: 'a'.repeat(41) }))).toEqual({});
  });

  it('takes the first of repeated parameters', () => {
    expect(parseFilter(new URLSearchParams('month=2026-06&month=2026-07'))).toEqual({ month: '2026-06' });
  });

  it('accepts every value that facetsOf can produce', () => {
    for (const p of PREFECTURES) {
      const code = prefectureCode(p);
      expect(parseFilter(new URLSearchParams({ prefecture: code }))).toEqual({ prefecture: code });
    }
    for (const s of [osaka, onlineOnly]) {
      const f = facetsOf(s);
      expect(parseFilter(new URLSearchParams(f))).toEqual(f);
    }
  });
});
