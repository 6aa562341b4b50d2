import process from 'node:process';
import { describe, expect, it } from 'vitest';
import { formatSeminarDate, formatSeminarTime, isPast, jstInstant } from '../../src/lib/seminars/time';

describe('jstInstant: JST wall clock to an instant (UTC+9, no DST)', () => {
  it('puts 14:00 JST at 05:00 UTC', () => {
    expect(jstInstant('2026-06-18T14:00')).toBe(Date.parse('2026-06-18T05:00:00Z'));
    expect(jstInstant('2026-06-18T14:00')).toBe(1781758800000);
  });

  it('crosses the date line backwards into the previous UTC day and year', () => {
    expect(jstInstant('2027-01-01T08:00')).toBe(Date.parse('2026-12-31T23:00:00Z'));
    expect(jstInstant('2026-12-31T23:30')).toBe(Date.parse('2026-12-31T14:30:00Z'));
    expect(jstInstant('2027-01-01T00:00')).toBe(Date.parse('2026-12-31T15:00:00Z'));
    expect(jstInstant('2026-06-19T08:59')).toBe(Date.parse('2026-06-18T23:59:00Z'));
    expect(jstInstant('2026-06-19T09:00')).toBe(Date.parse('2026-06-19T00:00:00Z'));
  });

  it('keeps the same +9h offset in summer and winter', () => {
    expect(jstInstant('2026-01-15T12:00') - Date.parse('2026-01-15T12:00:00Z')).toBe(-9 * 3600_000);
    expect(jstInstant('2026-07-15T12:00') - Date.parse('2026-07-15T12:00:00Z')).toBe(-9 * 3600_000);
    expect(jstInstant('2028-02-29T12:00')).toBe(Date.parse('2028-02-29T03:00:00Z'));
  });

  it('does not depend on the time zone of the machine running the build', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(jstInstant('2026-06-18T14:00')).toBe(Date.parse('2026-06-18T05:00:00Z'));
      expect(formatSeminarTime('2026-06-18T14:00', '2026-06-18T16:30')).toBe('2026年6月18日（木）14:00〜16:30');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('formatSeminarTime', () => {
  it('writes a same-day seminar with one date', () => {
    expect(formatSeminarTime('2026-06-18T14:00', '2026-06-18T16:30')).toBe('2026年6月18日（木）14:00〜16:30');
  });

  it('writes both dates when the seminar runs over two days', () => {
    expect(formatSeminarTime('2026-06-18T14:00', '2026-06-19T12:00')).toBe('2026年6月18日（木）14:00〜2026年6月19日（金）12:00');
    expect(formatSeminarTime('2026-12-31T23:00', '2027-01-01T01:00')).toBe('2026年12月31日（木）23:00〜2027年1月1日（金）01:00');
  });

  it('drops leading zeros from month and day but keeps them in the time', () => {
    expect(formatSeminarTime('2026-01-05T09:05', '2026-01-05T10:00')).toBe('2026年1月5日（月）09:05〜10:00');
  });

  it('names every weekday', () => {
    const days = ['14', '15', '16', '17', '18', '19', '20'].map((d) =>
      formatSeminarTime(`2026-06-${d}T10:00`, `2026-06-${d}T11:00`).match(/（(.)）/)![1],
    );
    expect(days).toEqual(['日', '月', '火', '水', '木', '金', '土']);
    expect(formatSeminarTime('2028-02-29T10:00', '2028-02-29T11:00')).toBe('2028年2月29日（火）10:00〜11:00');
  });
});

describe('isPast', () => {
  const end = '2026-06-18T16:30';
  const endUtc = Date.parse('2026-06-18T07:30:00Z');

  it('is past exactly at the end', () => {
    expect(isPast(end, endUtc)).toBe(true);
  });

  it('is not past a millisecond before the end', () => {
    expect(isPast(end, endUtc - 1)).toBe(false);
    // 16:30 UTC on the same date is long after 16:30 JST; 07:29 UTC is still before it.
    expect(isPast(end, Date.parse('2026-06-18T07:29:59Z'))).toBe(false);
  });

  it('is past after the end', () => {
    expect(isPast(end, endUtc + 1)).toBe(true);
    expect(isPast(end, Date.parse('2026-06-18T16:30:00Z'))).toBe(true);
  });
});

describe('formatSeminarDate: the day of a seminar time', () => {
  it('writes the date with its weekday, without leading zeros', () => {
    expect(formatSeminarDate('2026-06-18T14:00')).toBe('2026年6月18日（木）');
    expect(formatSeminarDate('2027-01-01T08:00')).toBe('2027年1月1日（金）');
    expect(formatSeminarDate('2026-11-06')).toBe('2026年11月6日（金）');
  });
});
