import { describe, expect, it } from 'vitest';
import { isRealMatch, meaningfulParts, onlyLooseMatches, queryWords } from '../../src/lib/search-match';

// What Pagefind really returned for nonsense queries on this site (see the comment in search-match.ts).
const criteria = {
  title: '安全衛生優良企業の認定基準の構成：必要項目・評価項目と配点',
  keywords: '安全衛生優良企業 安全 衛生 優良 企業 認定基準 認定 基準',
  content: '…重大な法違反がないことを挙げています。このポータルの自己診断（参考版）で尋ねている評価項目の一覧です。人数の多い事業場では…',
};
const counselling = {
  title: 'こころの耳の相談窓口：電話・SNS・メールの使い方',
  content: '相談には、研修を受けた産業カウンセラーなどが応じます。eラーニングもあります。',
};
const stressCheck = {
  title: 'ストレスセルフチェック（57項目）',
  keywords: 'ストレスチェック ストレス チェック セルフチェック セルフ',
  content: 'これは自分の状態を知るためのセルフチェックです。勤め先のストレスチェックの代わりにはなりません。',
};

describe('queryWords', () => {
  it('splits on spaces (also full-width), lowercases, and ignores quotes', () => {
    expect(queryWords(' "WBGT"　面接指導 ')).toEqual(['wbgt', '面接指導']);
    expect(queryWords('「自己診断」')).toEqual(['自己診断']);
    expect(queryWords('   ')).toEqual([]);
  });
});

describe('meaningfulParts', () => {
  it('keeps the content words of a compound and drops particles and lone kana', () => {
    expect(meaningfulParts('過重労働')).toEqual(['過重', '労働']);
    expect(meaningfulParts('ストレスチェックの義務')).toEqual(['ストレス', 'チェック', '義務']);
    expect(meaningfulParts('ほげほげ')).toEqual([]);
  });
});

describe('isRealMatch', () => {
  it('accepts a page that contains the query, in its text, title or keywords', () => {
    expect(isRealMatch('自己診断', criteria)).toBe(true);
    expect(isRealMatch('セルフチェック', stressCheck)).toBe(true);
    expect(isRealMatch('認定基準', { content: '', keywords: criteria.keywords })).toBe(true);
    expect(isRealMatch('sns', counselling)).toBe(true);
  });

  it('accepts a page that contains every meaningful part of a compound or phrase', () => {
    expect(isRealMatch('ストレスチェックの代わり', stressCheck)).toBe(true);
    expect(isRealMatch('過重労働', { content: '過重な労働による健康障害' })).toBe(true);
  });

  it('treats full-width and half-width forms alike', () => {
    expect(isRealMatch('５７項目', stressCheck)).toBe(true);
    expect(isRealMatch('ＳＮＳ', counselling)).toBe(true);
  });

  it('refuses pages that share only fragments with the query', () => {
    expect(isRealMatch('ラーメン', counselling)).toBe(false); // prefix ラー of カウンセラー / ラーニング
    expect(isRealMatch('ほげほげ', criteria)).toBe(false); // lone kana: ほ, げ (挙げ)
    expect(isRealMatch('宇宙人', criteria)).toBe(false); // 宇宙 dropped, 人 kept (人数)
    expect(isRealMatch('xyzzy', criteria)).toBe(false);
  });

  it('needs every word of a query with spaces', () => {
    expect(isRealMatch('自己診断 評価項目', criteria)).toBe(true);
    expect(isRealMatch('自己診断 宇宙', criteria)).toBe(false);
  });

  it('does not judge an empty query', () => {
    expect(isRealMatch('', criteria)).toBe(true);
  });
});

describe('onlyLooseMatches', () => {
  it('is true when Pagefind found pages but none really contains the query', () => {
    expect(onlyLooseMatches('ほげほげ', [criteria, counselling, stressCheck])).toBe(true);
    expect(onlyLooseMatches('ラーメン', [counselling, criteria])).toBe(true);
  });

  it('is false when at least one page is a real match, or when nothing was found', () => {
    expect(onlyLooseMatches('セルフチェック', [criteria, stressCheck])).toBe(false);
    expect(onlyLooseMatches('ほげほげ', [])).toBe(false);
  });
});
