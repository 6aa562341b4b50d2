import { describe, expect, it } from 'vitest';
import { isEmptyQuery, pagefindFilters, parseSearchQuery, resultSummary, toSearchParams } from '../../src/lib/search-query';

describe('search query', () => {
  it('reads and trims q, topic and audience from the URL', () => {
    const q = parseSearchQuery(new URLSearchParams('q=%20面接指導%20&topic=ストレスチェック&audience='));
    expect(q).toEqual({ q: '面接指導', topic: 'ストレスチェック', audience: '' });
    expect(pagefindFilters(q)).toEqual({ topic: 'ストレスチェック' });
    expect(toSearchParams(q).toString()).toBe(new URLSearchParams({ q: '面接指導', topic: 'ストレスチェック' }).toString());
  });

  it('cuts very long input to 100 characters', () => {
    expect(parseSearchQuery(new URLSearchParams({ q: 'あ'.repeat(500) })).q).toHaveLength(100);
  });

  it('knows an empty search', () => {
    expect(isEmptyQuery(parseSearchQuery(new URLSearchParams('q=+++')))).toBe(true);
    expect(isEmptyQuery(parseSearchQuery(new URLSearchParams('audience=働く方')))).toBe(false);
  });

  it('summarises the result in Japanese with a thousands separator', () => {
    expect(resultSummary({ q: '受動喫煙', topic: '', audience: '' }, 3)).toBe('「受動喫煙」の検索結果：3件');
    expect(resultSummary({ q: '', topic: '過重労働・長時間労働', audience: '働く方' }, 1200)).toBe(
      'トピック「過重労働・長時間労働」、対象「働く方」の検索結果：1,200件',
    );
    expect(resultSummary({ q: 'xyz', topic: '', audience: '' }, 0)).toBe('「xyz」の検索結果は見つかりませんでした。');
  });
});
