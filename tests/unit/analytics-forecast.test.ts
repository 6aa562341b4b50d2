import { describe, expect, it } from 'vitest';
import { AT_RISK_MARGIN, STATUS_LABELS, forecastCount, forecastShare } from '../../src/lib/analytics/forecast';

describe('forecastCount', () => {
  it('projects the pace so far linearly to 31 March', () => {
    expect(forecastCount(50_000, 150_000, 183, 365)).toEqual({ achievement: 50_000 / 150_000, forecast: 99_727, status: 'behind' });
    expect(Math.round((50_000 / 183) * 365)).toBe(99_727);
    expect(forecastCount(10, 100, 1, 365)).toEqual({ achievement: 0.1, forecast: 3650, status: 'on-track' });
    expect(forecastCount(0, 100, 183, 365)).toEqual({ achievement: 0, forecast: 0, status: 'behind' });
  });

  it('is on track exactly on pace and above it', () => {
    expect(forecastCount(30_000, 150_000, 73, 365)).toEqual({ achievement: 0.2, forecast: 150_000, status: 'on-track' });
    expect(forecastCount(150_000, 150_000, 365, 365)).toEqual({ achievement: 1, forecast: 150_000, status: 'on-track' });
    expect(forecastCount(160_000, 150_000, 365, 365)).toEqual({ achievement: 160_000 / 150_000, forecast: 160_000, status: 'on-track' });
    // A leap 年度 (366 days).
    expect(forecastCount(75_000, 150_000, 183, 366)).toEqual({ achievement: 0.5, forecast: 150_000, status: 'on-track' });
  });

  it('is at risk from 90% up to just under 100% of the target', () => {
    expect(forecastCount(135_000, 150_000, 365, 365).status).toBe('at-risk'); // exactly 90%
    expect(forecastCount(149_999, 150_000, 365, 365).status).toBe('at-risk'); // 99.9993%
    expect(forecastCount(149_850, 150_000, 365, 365).status).toBe('at-risk'); // 99.9%
    expect(forecastCount(134_999, 150_000, 365, 365).status).toBe('behind');
    expect(forecastCount(90, 100, 365, 365)).toEqual({ achievement: 0.9, forecast: 90, status: 'at-risk' });
    expect(forecastCount(89, 100, 365, 365)).toEqual({ achievement: 0.89, forecast: 89, status: 'behind' });
  });

  it('has not started before the 年度 begins', () => {
    expect(forecastCount(0, 150_000, 0, 365)).toEqual({ achievement: 0, forecast: 0, status: 'not-started' });
    expect(forecastCount(12, 150, 0, 365)).toEqual({ achievement: 0.08, forecast: 12, status: 'not-started' });
  });

  it('gives achievement 0 for a zero target', () => {
    expect(forecastCount(5, 0, 10, 365).achievement).toBe(0);
  });
});

describe('forecastShare', () => {
  it('judges the share so far against the target share', () => {
    expect(forecastShare(90, 100, 0.9)).toEqual({ share: 0.9, achievement: 1, status: 'on-track' });
    expect(forecastShare(9, 10, 0.9)).toEqual({ share: 0.9, achievement: 1, status: 'on-track' });
    expect(forecastShare(95, 100, 0.9)).toEqual({ share: 0.95, achievement: 0.95 / 0.9, status: 'on-track' });
    expect(forecastShare(8999, 10_000, 0.9)).toEqual({ share: 0.8999, achievement: 0.8999 / 0.9, status: 'at-risk' });
    expect(forecastShare(81, 100, 0.9)).toEqual({ share: 0.81, achievement: 0.81 / 0.9, status: 'at-risk' }); // exactly 90% of 0.9
    expect(forecastShare(80, 100, 0.9)).toEqual({ share: 0.8, achievement: 0.8 / 0.9, status: 'behind' });
    expect(forecastShare(0, 3, 0.9)).toEqual({ share: 0, achievement: 0, status: 'behind' });
  });

  it('has not started with zero answers', () => {
    expect(forecastShare(0, 0, 0.9)).toEqual({ share: null, achievement: null, status: 'not-started' });
  });

  it('is at risk at exactly 90% of an 80% target (72 of 100 useful)', () => {
    // 0.72 / 0.8 is 0.8999999999999999 in floating point, just under the 0.9 line.
    expect(forecastShare(72, 100, 0.8).status).toBe('at-risk');
    expect(forecastShare(18, 25, 0.8).status).toBe('at-risk');
  });
});

describe('status labels', () => {
  it('are Japanese, with a 10% at-risk margin', () => {
    expect(STATUS_LABELS).toEqual({ 'on-track': '達成見込み', 'at-risk': '要注意', behind: '遅れ', 'not-started': '開始前' });
    expect(AT_RISK_MARGIN).toBe(0.1);
  });
});
