/** How the result list grows: a page of results at a time, behind the 「さらに表示」 button. */
export const PAGE_SIZE = 10;

/**
 * How many results a search has: Pagefind's count while some of its results are still to be taken (the
 * best bets are among them, since their words are on the page); once all are taken, the pages listed (a
 * best bet Pagefind did not find included).
 */
export function resultTotal(pagefindCount: number, taken: number, listed: number): number {
  return taken < pagefindCount ? Math.max(pagefindCount, listed) : listed;
}

/** The 「さらに表示」 button is there only while results remain to be shown. */
export function hasMore(total: number, shown: number): boolean {
  return shown < total;
}

/** Shown next to the button: how far down the list the visitor is. */
export function shownSummary(shown: number, total: number): string {
  const n = (x: number) => x.toLocaleString('ja-JP');
  return shown >= total ? `全${n(total)}件を表示しています。` : `全${n(total)}件のうち${n(shown)}件を表示しています。`;
}
