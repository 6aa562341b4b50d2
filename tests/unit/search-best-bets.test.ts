import { describe, expect, it } from 'vitest';
import { BEST_BETS_LIMIT, bestBetScore, bestBets as bestBetsOf, markWords, preparePages, type BestBetPage } from '../../src/lib/search-best-bets';

const q = (text: string, topic = '', audience = '') => ({ q: text, topic, audience });
const bestBets = (pages: BestBetPage[], query: ReturnType<typeof q>, limit?: number) => bestBetsOf(preparePages(pages), query, limit);
const score = (page: BestBetPage, words: string[]) => bestBetScore(preparePages([page])[0]!, words);

const STRESS_TOOL: BestBetPage = {
  u: '/check/stress/',
  t: 'ストレスセルフチェック（57項目）',
  d: '職業性ストレス簡易調査票（57項目）で確かめられます。',
  k: ['ストレスチェック', 'セルフチェック'],
  l: 'セルフチェック・自己診断',
};
const INTERVIEW: BestBetPage = {
  u: '/guides/stress-check/high-stress-and-interview/',
  t: '高ストレス者への面接指導',
  d: '高ストレスと判定された人への医師の面接指導の流れです。',
  k: ['面接指導', '高ストレス者', 'ストレスチェック制度'],
  g: 'ストレスチェック制度',
  a: ['事業者・人事労務', '産業保健スタッフ'],
};
const MENTIONS: BestBetPage = {
  u: '/guides/overwork/health-measures/',
  t: '長時間労働者への医師による面接指導と健康確保措置',
  d: '時間外・休日労働が月80時間を超えた人への面接指導です。',
  k: ['過重労働', '面接指導', '過重労働・長時間労働'],
  g: '過重労働・長時間労働',
  a: ['事業者・人事労務'],
};
const WORKERS: BestBetPage = {
  u: '/guides/stress-check/for-workers/',
  t: 'ストレスチェックを受ける方へ',
  d: '受けるかどうかは自分で決められます。',
  k: ['ストレスチェック', 'ストレスチェック制度'],
  g: 'ストレスチェック制度',
  a: ['働く方'],
};
const PAGES = [STRESS_TOOL, INTERVIEW, MENTIONS, WORKERS];

describe('bestBetScore', () => {
  it('scores a search word equal to the query, then the title containing every word', () => {
    expect(score(INTERVIEW, ['面接指導'])).toBe(4); // keyword and title
    expect(score(STRESS_TOOL, ['ストレスチェック'])).toBe(3); // keyword only
    expect(score(WORKERS, ['ストレスチェック'])).toBe(4);
    expect(score(INTERVIEW, ['高ストレス'])).toBe(2); // in the title, no keyword equal to it
    expect(score(STRESS_TOOL, ['チェック'])).toBe(2);
    expect(score(INTERVIEW, ['制度'])).toBe(1); // only inside a keyword
  });

  it('needs every word, in the title or the search words', () => {
    expect(score(INTERVIEW, ['面接指導', '高ストレス者'])).toBe(2);
    expect(score(INTERVIEW, ['面接指導', '喫煙'])).toBe(0);
    expect(score(INTERVIEW, ['受動喫煙'])).toBe(0);
    expect(score(INTERVIEW, [])).toBe(0);
  });
});

describe('bestBets', () => {
  it('puts the best score first, at most three', () => {
    expect(BEST_BETS_LIMIT).toBe(3);
    expect(bestBets(PAGES, q('面接指導')).map((p) => p.u)).toEqual([
      '/guides/stress-check/high-stress-and-interview/', // 4
      '/guides/overwork/health-measures/', // 4, later in the list
    ]);
    expect(bestBets(PAGES, q('ストレスチェック')).map((p) => p.u)).toEqual([
      '/guides/stress-check/for-workers/',
      '/check/stress/',
      '/guides/stress-check/high-stress-and-interview/',
    ]);
    expect(bestBets(PAGES, q('ストレス'), 2)).toHaveLength(2);
  });

  it('keeps the list order (the site’s) between equal scores, whatever the title lengths', () => {
    const long = { ...STRESS_TOOL, u: '/long/', t: '職場における面接指導の進め方と記録の残し方' };
    const short = { ...STRESS_TOOL, u: '/short/', t: '面接指導' };
    expect(bestBets([long, short], q('面接指導')).map((p) => p.u)).toEqual(['/long/', '/short/']);
    expect(bestBets([short, long], q('面接指導')).map((p) => p.u)).toEqual(['/short/', '/long/']);
  });

  it('matches full-width and half-width letters and digits alike, and ignores case', () => {
    const agreement = { ...STRESS_TOOL, u: '/guides/overwork/overtime-limits/', t: '36協定と時間外労働の上限', k: ['36協定'] };
    expect(bestBets([agreement], q('３６協定')).map((p) => p.u)).toEqual(['/guides/overwork/overtime-limits/']);
    const pdf = { ...STRESS_TOOL, u: '/materials/', t: '資料ダウンロード', k: ['PDF'] };
    expect(bestBets([pdf], q('pdf'))).toHaveLength(1);
  });

  it('follows the topic and audience filters; pages without a topic drop out when one is chosen', () => {
    expect(bestBets(PAGES, q('面接指導', '過重労働・長時間労働')).map((p) => p.u)).toEqual(['/guides/overwork/health-measures/']);
    expect(bestBets(PAGES, q('ストレスチェック', '', '働く方')).map((p) => p.u)).toEqual(['/guides/stress-check/for-workers/']);
    expect(bestBets(PAGES, q('セルフチェック', 'ストレスチェック制度'))).toEqual([]);
  });

  it('gives nothing without a typed word, or when no page has it', () => {
    expect(bestBets(PAGES, q('', 'ストレスチェック制度'))).toEqual([]);
    expect(bestBets(PAGES, q('   '))).toEqual([]);
    expect(bestBets(PAGES, q('ラーメン'))).toEqual([]);
  });
});

describe('markWords', () => {
  it('marks each typed word where it occurs in the summary', () => {
    expect(markWords('高ストレス者への面接指導の流れと面接指導の後', '面接指導')).toEqual([
      { text: '高ストレス者への', mark: false },
      { text: '面接指導', mark: true },
      { text: 'の流れと', mark: false },
      { text: '面接指導', mark: true },
      { text: 'の後', mark: false },
    ]);
    expect(markWords('面接指導と健康確保措置', '健康 面接')).toEqual([
      { text: '面接', mark: true },
      { text: '指導と', mark: false },
      { text: '健康', mark: true },
      { text: '確保措置', mark: false },
    ]);
  });

  it('marks the text as written when the query is full-width or upper-case', () => {
    expect(markWords('PDFの資料', 'ｐｄｆ')).toEqual([
      { text: 'PDF', mark: true },
      { text: 'の資料', mark: false },
    ]);
  });

  it('leaves the summary plain when nothing matches or nothing was typed', () => {
    expect(markWords('資料ダウンロード', '面接指導')).toEqual([{ text: '資料ダウンロード', mark: false }]);
    expect(markWords('資料ダウンロード', '')).toEqual([{ text: '資料ダウンロード', mark: false }]);
  });
});
