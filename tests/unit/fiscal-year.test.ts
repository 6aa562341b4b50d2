import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  fiscalYearLabel,
  fiscalYearMonths,
  fiscalYearOfDay,
  fiscalYearProgress,
  fiscalYearRange,
  jstDay,
} from '../../src/lib/analytics/fiscal-year';

describe('fiscal year maths (JST, 1 April – 31 March)', () => {
  it('puts the JST day change at 15:00 UTC', () => {
    expect(jstDay(new Date('2027-03-31T14:59:59.999Z'))).toBe('2027-03-31');
    expect(jstDay(new Date('2027-03-31T15:00:00.000Z'))).toBe('2027-04-01');
  });

  it('changes 年度 between 31 March and 1 April', () => {
    expect(fiscalYearOfDay('2027-03-31')).toBe(2026);
    expect(fiscalYearOfDay('2027-04-01')).toBe(2027);
    expect(fiscalYearOfDay('2026-12-31')).toBe(2026);
    expect(fiscalYearOfDay('2027-01-01')).toBe(2026);
    expect(fiscalYearOfDay(jstDay(new Date('2027-03-31T15:00:00Z')))).toBe(2027);
  });

  it('counts 366 days in a 年度 that holds 29 February, 365 otherwise', () => {
    expect(fiscalYearRange(2026)).toEqual({ fiscalYear: 2026, firstDay: '2026-04-01', lastDay: '2027-03-31', days: 365 });
    expect(fiscalYearRange(2027).days).toBe(366); // includes 2028-02-29
    expect(fiscalYearRange(2023).days).toBe(366); // includes 2024-02-29
    expect(fiscalYearRange(2024).days).toBe(365);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('labels 年度 with the 和暦', () => {
    expect(fiscalYearLabel(2026)).toBe('2026年度（令和8年度）');
    expect(fiscalYearLabel(2019)).toBe('2019年度（令和元年度）');
    expect(fiscalYearLabel(2017)).toBe('2017年度（平成29年度）');
  });

  it('measures the elapsed part of the year, clamped to the year', () => {
    expect(fiscalYearProgress(2026, '2026-04-01')).toEqual({ elapsed: 1, total: 365 });
    expect(fiscalYearProgress(2026, '2026-09-30')).toEqual({ elapsed: 183, total: 365 });
    expect(fiscalYearProgress(2026, '2027-03-31')).toEqual({ elapsed: 365, total: 365 });
    expect(fiscalYearProgress(2026, '2026-03-31')).toEqual({ elapsed: 0, total: 365 });
    expect(fiscalYearProgress(2026, '2028-01-01')).toEqual({ elapsed: 365, total: 365 });
  });

  it('lists the months from April to March', () => {
    expect(fiscalYearMonths(2026)).toEqual([
      '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09',
      '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03',
    ]);
  });
});

describe('retention', () => {
  it('keeps this 年度 and the four before it', async () => {
    const { firstDayKept } = await import('../../src/lib/analytics/retention');
    expect(firstDayKept('2026-11-30')).toBe('2022-04-01');
    expect(firstDayKept('2027-03-31')).toBe('2022-04-01');
    expect(firstDayKept('2027-04-01')).toBe('2023-04-01');
    expect(firstDayKept('2026-04-01', 1)).toBe('2026-04-01');
  });
});
