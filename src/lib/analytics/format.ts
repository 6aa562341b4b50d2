/** Numbers for staff: thousands separators and one-decimal percentages, in Japanese style. */
export const formatCount = (n: number) => n.toLocaleString('ja-JP');
export const formatPercent = (ratio: number | null) => (ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`);
