import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, hasMore, resultTotal, shownSummary } from '../../src/lib/search-results';
import { TYPING_DEBOUNCE_MS, typingDelay } from '../../src/lib/search-typing';
import { SUGGESTED_PAGES, SUGGESTED_TERMS, searchHref } from '../../src/lib/search-suggestions';

describe('paging of the result list', () => {
  it('shows ten at a time', () => {
    expect(PAGE_SIZE).toBe(10);
  });

  it('counts Pagefind’s results while some are still to be taken', () => {
    expect(resultTotal(25, 10, 10)).toBe(25);
    // Three best bets on screen before Pagefind's first page: they are among Pagefind's 25.
    expect(resultTotal(25, 9, 10)).toBe(25);
    expect(resultTotal(2, 0, 3)).toBe(3); // more best bets on screen than Pagefind found
  });

  it('counts the pages listed once every result is taken (best bets Pagefind missed included)', () => {
    expect(resultTotal(7, 7, 7)).toBe(7);
    expect(resultTotal(7, 7, 8)).toBe(8);
    expect(resultTotal(0, 0, 2)).toBe(2); // the full-text index found nothing; two best bets
    expect(resultTotal(0, 0, 0)).toBe(0);
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
