import { describe, expect, it } from 'vitest';
import {
  COMBINED_KINDS,
  FILTER_KINDS,
  ONLINE_ONLY,
  PREFECTURES,
  choose,
  facetsOf,
  filterFromPath,
  filterLabel,
  filterOptions,
  filterPages,
  filterPath,
  filterTitle,
  filterUrl,
  matches,
  optionCounts,
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

describe('filterUrl and filterFromPath: a combination as an address', () => {
  it('gives /seminars/ for no filter and the old single-filter pages for one', () => {
    expect(filterUrl({})).toBe('/seminars/');
    expect(filterUrl({ prefecture: '' })).toBe('/seminars/');
    for (const kind of FILTER_KINDS) expect(filterUrl({ [kind]: 'x-1' })).toBe(filterPath(kind, 'x-1'));
  });

  it('writes a combination in one fixed order, whatever order it was chosen in', () => {
    const url = '/seminars/filter/programme/mental-health/prefecture/pref-27/month/2026-06/';
    expect(filterUrl({ month: '2026-06', prefecture: 'pref-27', programme: 'mental-health' })).toBe(url);
    expect(filterUrl({ programme: 'mental-health', month: '2026-06', prefecture: 'pref-27' })).toBe(url);
  });

  it('reads back every address it writes', () => {
    for (const filter of [{ prefecture: 'pref-27' }, { format: 'online' }, { programme: 'mental-health', month: '2026-06' }, { programme: 'a', prefecture: 'online', month: '2027-01' }]) {
      expect(filterFromPath(filterUrl(filter))).toEqual(filter);
    }
    expect(filterFromPath('/seminars/filter/prefecture/pref-27')).toEqual({ prefecture: 'pref-27' });
  });

  it('is not fooled by other addresses', () => {
    for (const path of [
      '/seminars/',
      '/seminars/filter/',
      '/seminars/filter/prefecture/',
      '/seminars/filter/prefecture/pref-27/month/',
      '/seminars/filter/topic/stress-check/',
      '/seminars/filter/prefecture/pref-27/prefecture/pref-13/',
      '/seminars/filter/prefecture/Osaka/',
      '/seminars/filter/prefecture/%3Cscript%3E/',
      '/seminars/2026-06-mental-health-osaka/',
    ]) {
      expect(filterFromPath(path), path).toBeNull();
    }
  });
});

describe('choose: the filter after a click', () => {
  it('sets one kind and keeps the others (AND)', () => {
    expect(choose({ programme: 'mental-health' }, 'prefecture', 'pref-27')).toEqual({ programme: 'mental-health', prefecture: 'pref-27' });
    expect(choose({ programme: 'mental-health', prefecture: 'pref-13' }, 'prefecture', 'pref-27')).toEqual({ programme: 'mental-health', prefecture: 'pref-27' });
  });

  it('clears a kind with an empty value (「すべて」)', () => {
    expect(choose({ programme: 'mental-health', prefecture: 'pref-27' }, 'prefecture', '')).toEqual({ programme: 'mental-health' });
    expect(choose({}, 'month', '')).toEqual({});
  });

  it('drops a 開催形式 condition, which only old single pages have', () => {
    expect(choose({ format: 'online' }, 'month', '2026-06')).toEqual({ month: '2026-06' });
    expect(COMBINED_KINDS).not.toContain('format');
  });
});

describe('optionCounts: the number beside each filter link', () => {
  const all = [
    osaka,
    { ...osaka, start: '2026-07-02T14:00' },
    { ...osaka, prefecture: '東京都' },
    onlineOnly,
  ].map(facetsOf);

  it('counts every seminar per value when nothing is chosen', () => {
    const counts = optionCounts(all, {});
    expect(Object.fromEntries(counts.prefecture)).toEqual({ 'pref-27': 2, 'pref-13': 1, online: 1 });
    expect(Object.fromEntries(counts.programme)).toEqual({ 'mental-health': 3, 'karoshi-symposium': 1 });
  });

  it('counts each kind under the other kinds only, so a chosen kind still offers its other values', () => {
    const counts = optionCounts(all, { prefecture: 'pref-27' });
    expect(Object.fromEntries(counts.prefecture)).toEqual({ 'pref-27': 2, 'pref-13': 1, online: 1 });
    expect(Object.fromEntries(counts.month)).toEqual({ '2026-06': 1, '2026-07': 1 });
    expect(counts.programme.get('karoshi-symposium')).toBeUndefined(); // no such seminar in Osaka: the link is left out
  });

  it('gives what the page behind each link shows', () => {
    const filter = { programme: 'mental-health', month: '2026-06' };
    for (const kind of COMBINED_KINDS) {
      for (const [value, n] of optionCounts(all, filter)[kind]) {
        expect(all.filter((f) => matches(f, choose(filter, kind, value))).length).toBe(n);
      }
    }
  });
});

describe('filterPages: the pre-built pages', () => {
  const facets = [osaka, { ...osaka, start: '2026-07-02T14:00' }, onlineOnly].map(facetsOf);
  const urls = filterPages(facets).map(filterUrl);

  it('has every combination that has seminars, and none that has none', () => {
    expect(urls).toContain('/seminars/filter/prefecture/pref-27/');
    expect(urls).toContain('/seminars/filter/programme/mental-health/prefecture/pref-27/month/2026-07/');
    expect(urls).toContain('/seminars/filter/prefecture/online/month/2026-11/');
    expect(urls).not.toContain('/seminars/filter/programme/karoshi-symposium/prefecture/pref-27/');
    for (const filter of filterPages(facets)) expect(facets.some((f) => matches(f, filter))).toBe(true);
  });

  it('keeps 開催形式 as single pages only, and lists each page once', () => {
    expect(urls).toContain('/seminars/filter/format/venue/');
    expect(urls).toContain('/seminars/filter/format/online/');
    expect(urls.filter((u) => u.includes('/format/') && u.split('/').length > 6)).toEqual([]);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('grows at most 2^3 − 1 pages per seminar plus its format', () => {
    // 3 seminars: 7 + 7 + 7 combinations, shared ones counted once, and 2 formats.
    expect(urls.length).toBeLessThanOrEqual(facets.length * (2 ** COMBINED_KINDS.length - 1) + 2);
    expect(urls.length).toBe(7 + 4 + 7 + 2); // the July seminar shares programme, prefecture and their pair with June's
  });

  it('links only to pages that exist: every option link of every page', () => {
    const existing = new Set([...urls, '/seminars/']);
    for (const filter of [{}, ...filterPages(facets)]) {
      const counts = optionCounts(facets, filter);
      for (const kind of COMBINED_KINDS) {
        expect(existing.has(filterUrl(choose(filter, kind, '')))).toBe(true);
        for (const value of counts[kind].keys()) expect(existing.has(filterUrl(choose(filter, kind, value)))).toBe(true);
      }
    }
  });
});

describe('filterLabel and filterTitle', () => {
  it('names the conditions in Japanese, in order', () => {
    const filter = { month: '2026-06', prefecture: 'pref-27', programme: 'mental-health' };
    expect(filterLabel(filter)).toBe('種類：メンタルヘルス対策セミナー、都道府県：大阪府、開催月：2026年6月');
    expect(filterLabel(filter, true)).toBe('メンタルヘルス対策セミナー、大阪府、2026年6月');
    expect(filterLabel({})).toBe('');
  });

  it('titles the page as the pre-built page does', () => {
    expect(filterTitle({})).toBe('セミナー・説明会');
    expect(filterTitle({ prefecture: 'online' })).toBe('セミナー・説明会（都道府県：オンラインのみ）');
  });
});
