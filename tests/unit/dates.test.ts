import { describe, expect, it } from 'vitest';
import { formatJapaneseDate, isoDateJst } from '../../src/lib/dates';

describe('Japanese dates', () => {
  it('writes the calendar day in Japan', () => {
    expect(formatJapaneseDate(new Date('2026-04-01T00:00:00Z'))).toBe('2026年4月1日');
    expect(isoDateJst(new Date('2026-04-01T00:00:00Z'))).toBe('2026-04-01');
  });

  it('rolls over at midnight JST, not UTC', () => {
    // 2026-03-31 15:00 UTC is 2026-04-01 00:00 in Tokyo.
    expect(formatJapaneseDate(new Date('2026-03-31T14:59:59Z'))).toBe('2026年3月31日');
    expect(formatJapaneseDate(new Date('2026-03-31T15:00:00Z'))).toBe('2026年4月1日');
    expect(isoDateJst(new Date('2028-02-28T15:00:00Z'))).toBe('2028-02-29');
  });
});
