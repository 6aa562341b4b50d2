const JST = 'Asia/Tokyo';

const parts = (date: Date) => {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: JST, year: 'numeric', month: 'numeric', day: 'numeric' });
  const get = (type: string) => Number(f.formatToParts(date).find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
};

/** 2026年4月1日 — the calendar day in Japan, whatever the server's time zone. */
export function formatJapaneseDate(date: Date): string {
  const { year, month, day } = parts(date);
  return `${year}年${month}月${day}日`;
}

/** 2026-04-01 for the machine-readable `datetime` attribute of <time>. */
export function isoDateJst(date: Date): string {
  const { year, month, day } = parts(date);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
