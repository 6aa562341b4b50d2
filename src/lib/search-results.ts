/** How the result list grows: a page of results at a time, behind the 「さらに表示」 button. */
export const PAGE_SIZE = 10;

/** The results to add next, given how many there are and how many are shown. */
export function nextPage(total: number, shown: number, pageSize = PAGE_SIZE): { start: number; end: number } {
  const start = Math.max(0, Math.min(shown, total));
  return { start, end: Math.min(total, start + pageSize) };
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
