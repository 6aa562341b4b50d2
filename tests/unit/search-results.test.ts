import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, hasMore, nextPage, shownSummary } from '../../src/lib/search-results';
import { TYPING_DEBOUNCE_MS, typingDelay } from '../../src/lib/search-typing';
import { SUGGESTED_PAGES, SUGGESTED_TERMS, searchHref } from '../../src/lib/search-suggestions';

describe('paging of the result list', () => {
  it('shows ten at a time', () => {
    expect(PAGE_SIZE).toBe(10);
    expect(nextPage(25, 0)).toEqual({ start: 0, end: 10 });
    expect(nextPage(25, 10)).toEqual({ start: 10, end: 20 });
    expect(nextPage(25, 20)).toEqual({ start: 20, end: 25 });
  });

  it('adds nothing when everything is shown, or when there is nothing', () => {
    expect(nextPage(25, 25)).toEqual({ start: 25, end: 25 });
    expect(nextPage(0, 0)).toEqual({ start: 0, end: 0 });
    expect(nextPage(5, 9)).toEqual({ start: 5, end: 5 });
  });

  it('offers 「さらに表示」 only while results remain', () => {
    expect(hasMore(0, 0)).toBe(false);
    expect(hasMore(7, 7)).toBe(false); // fewer than a page: all shown at once
    expect(hasMore(10, 10)).toBe(false); // exactly a page
    expect(hasMore(11, 10)).toBe(true);
    expect(hasMore(25, 20)).toBe(true);
    expect(hasMore(25, 25)).toBe(false);
  });

  it('says how many are shown, with thousands separators', () => {
    expect(shownSummary(10, 1200)).toBe('全1,200件のうち10件を表示しています。');
    expect(shownSummary(7, 7)).toBe('全7件を表示しています。');
  });
});

describe('typingDelay', () => {
  it('searches at once for the first input and for a word committed after a pause', () => {
    expect(typingDelay(1000, undefined)).toBe(0);
    expect(typingDelay(1000, 1000 - TYPING_DEBOUNCE_MS)).toBe(0);
    expect(typingDelay(5000, 1000)).toBe(0);
  });

  it('waits for a pause while keys follow each other quickly', () => {
    expect(TYPING_DEBOUNCE_MS).toBe(250);
    expect(typingDelay(1100, 1000)).toBe(250);
    expect(typingDelay(1000, 999, 300)).toBe(300);
  });
});

describe('suggestions when nothing is found', () => {
  it('links a few key terms to their search and the article and self-check lists', () => {
    expect(SUGGESTED_TERMS.length).toBeGreaterThanOrEqual(3);
    expect(searchHref('受動喫煙')).toBe(`/search/?q=${encodeURIComponent('受動喫煙')}`);
    expect(SUGGESTED_PAGES).toEqual([
      { href: '/guides/', label: '記事一覧' },
      { href: '/check/', label: 'セルフチェック' },
    ]);
  });
});
