import { afterAll, describe, expect, it } from 'vitest';
import { contentDay, isLocalDateTime, toContentDay } from '../../../src/lib/content-dates';
import { guideWith, problemLines, removeFixtures, seminarWith } from './fixture';

afterAll(removeFixtures);

// Rule 1: days that are not on the calendar. js-yaml (Astro) would turn them into another day silently.
describe('content check: impossible dates', () => {
  it('reports lastReviewed days that do not exist, in three guides at once', async () => {
    expect(
      await problemLines({
        'content/guides/support/month-13.mdx': guideWith('lastReviewed', 'lastReviewed: 2026-13-45'),
        'content/guides/support/november-31.mdx': guideWith('lastReviewed', 'lastReviewed: 2026-11-31'),
        'content/guides/support/not-a-leap-year.mdx': guideWith('lastReviewed', 'lastReviewed: 2026-02-29'),
      }),
    ).toEqual([
      'content/guides/support/month-13.mdx:6 lastReviewed「2026-13-45」は存在しない日付です（例：2026-11-29）',
      'content/guides/support/not-a-leap-year.mdx:6 lastReviewed「2026-02-29」は存在しない日付です（例：2026-11-29）',
      'content/guides/support/november-31.mdx:6 lastReviewed「2026-11-31」は存在しない日付です（例：2026-11-29）',
    ]);
  });

  it('reports a seminar published day, start and end that do not exist', async () => {
    expect(
      await problemLines({
        'content/seminars/2026-12-test.md': seminarWith({
          'start:': 'start: 2026-11-31T14:00',
          'end:': 'end: 2026-11-31T25:00',
          'published:': 'published: 2026-13-45',
        }),
      }),
    ).toEqual([
      'content/seminars/2026-12-test.md:5 start「2026-11-31T14:00」は存在しない日付です（例：2026-06-18T14:00）',
      'content/seminars/2026-12-test.md:6 end「2026-11-31T25:00」は存在しない日付です（例：2026-06-18T14:00）',
      'content/seminars/2026-12-test.md:16 published「2026-13-45」は存在しない日付です（例：2026-11-29）',
    ]);
  });

  it('tells a wrong shape from a wrong day', async () => {
    expect(
      await problemLines({
        'content/guides/support/slashes.mdx': guideWith('lastReviewed', 'lastReviewed: 2026/11/29'),
        'content/seminars/2026-12-test.md': seminarWith({ 'start:': 'start: 2026-12-10 14:00', 'end:': 'end: 2026-12-10T24:00' }),
      }),
    ).toEqual([
      'content/guides/support/slashes.mdx:6 lastReviewed「2026/11/29」は YYYY-MM-DD の形で書いてください（例：2026-11-29）',
      'content/seminars/2026-12-test.md:5 start「2026-12-10 14:00」は 2026-06-18T14:00 の形（日本時間）で書いてください',
      'content/seminars/2026-12-test.md:6 end「2026-12-10T24:00」は存在しない時刻です（00:00〜23:59。例：2026-06-18T14:00）',
    ]);
  });
});

describe('content dates (shared by the guide and seminar schemas)', () => {
  it('accepts real days as text or as the Date js-yaml makes, and gives UTC midnight', () => {
    expect(toContentDay('2028-02-29')).toEqual(new Date('2028-02-29T00:00:00.000Z'));
    expect(toContentDay('2026-12-31')).toEqual(new Date('2026-12-31T00:00:00.000Z'));
    expect(toContentDay(new Date('2026-11-21T00:00:00Z'))).toEqual(new Date('2026-11-21T00:00:00.000Z'));
    expect(toContentDay(new Date('2026-11-21T15:30:00Z'))).toEqual(new Date('2026-11-21T00:00:00.000Z'));
  });

  it('refuses days off the calendar, other shapes and other types', () => {
    for (const value of ['2026-13-45', '2026-11-31', '2026-02-29', '2026-00-10', '2026-01-00', '2026-1-5', '20261129', '', 20261129, null, undefined, new Date('x')]) {
      expect(toContentDay(value), String(value)).toBeNull();
    }
  });

  it('the zod field parses to a Date and says which mistake it is', () => {
    const field = contentDay('lastReviewed');
    expect(field.parse('2026-11-29')).toEqual(new Date('2026-11-29T00:00:00.000Z'));
    expect(field.safeParse('2026-11-31').error?.issues.map((i) => i.message)).toEqual(['lastReviewed「2026-11-31」は存在しない日付です（例：2026-11-29）']);
    expect(field.safeParse(undefined).error?.issues.map((i) => i.message)).toEqual(['lastReviewed は必須です（例：lastReviewed: 2026-11-29）']);
  });

  it('local date-times: the right shape, a real day and a real time', () => {
    expect(isLocalDateTime('2026-06-18T14:00')).toBe(true);
    expect(isLocalDateTime('2026-06-18T23:59')).toBe(true);
    expect(isLocalDateTime('2026-06-18T00:00')).toBe(true);
    for (const value of ['2026-06-31T14:00', '2026-06-18T24:00', '2026-06-18T14:60', '2026-06-18 14:00', '2026-06-18T14:00:00', new Date('2026-06-18T05:00:00Z')]) {
      expect(isLocalDateTime(value), String(value)).toBe(false);
    }
  });
});
