import { describe, expect, it } from 'vitest';
import { icuSegments, searchKeywords } from '../../src/lib/search-keywords';
import { pageKeywords } from '../../src/lib/search-pages';

describe('icuSegments', () => {
  it('splits compounds the way a browser splits a query', () => {
    expect(icuSegments('過重労働')).toEqual(['過重', '労働']);
    expect(icuSegments('36協定')).toEqual(['36', '協定']);
    expect(icuSegments('高ストレス者')).toEqual(['高', 'ストレス', '者']);
  });
});

describe('searchKeywords', () => {
  it('keeps each keyword whole and adds its parts once', () => {
    expect(searchKeywords(['過重労働', '長時間労働'])).toBe('過重労働 過重 労働 長時間労働 長時間');
  });

  it('ignores blanks and trims', () => {
    expect(searchKeywords([' 受動喫煙 ', ''])).toBe('受動喫煙 受動 喫煙');
    expect(searchKeywords([])).toBe('');
  });
});

describe('pageKeywords', () => {
  it('publishes the words of the pages that are not guides, with their parts', () => {
    expect(pageKeywords('check-excellent-company').split(' ')).toEqual(expect.arrayContaining(['自己診断', '自己', '診断']));
    expect(pageKeywords('check-stress').split(' ')).toEqual(expect.arrayContaining(['ストレスチェック', 'セルフチェック']));
    expect(pageKeywords('seminars').split(' ')).toContain('セミナー');
  });
});
