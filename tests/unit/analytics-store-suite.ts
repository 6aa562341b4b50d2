import { describe, expect, it } from 'vitest';
import type { AnalyticsStore, StoredEvent } from '../../src/lib/analytics/store';

/**
 * The behaviour every analytics store must have, run against each adapter (SQLite and PostgreSQL)
 * by its own test file. `rows` reads back the stored events (useful as true / false / null).
 */
export interface StoreHandle {
  store: AnalyticsStore;
  rows: () => Promise<Record<string, unknown>[]>;
}

const FY2026 = { firstDay: '2026-04-01', lastDay: '2027-03-31' };

function event(day: string, type: StoredEvent['type'], path: string, visitor: string, extra: Partial<StoredEvent> = {}): StoredEvent {
  return { ts: Date.parse(`${day}T03:00:00Z`), day, type, path, target: null, useful: null, visitor, ...extra };
}

/** A handful of events over April and May 2026, plus one event on each side of 年度 2026. */
const EVENTS: StoredEvent[] = [
  event('2026-03-31', 'pageview', '/guides/a/', 'v9'), // 年度 2025
  event('2026-04-01', 'pageview', '/guides/a/', 'v1'),
  event('2026-04-01', 'pageview', '/guides/a/', 'v1'),
  event('2026-04-01', 'pageview', '/guides/b/', 'v2'),
  event('2026-04-15', 'pageview', '/check/', 'v3'),
  event('2026-05-31', 'pageview', '/guides/b/', 'v1'),
  event('2026-05-31', 'pageview', '/guides/a/', 'v2'),
  event('2027-04-01', 'pageview', '/guides/a/', 'v9'), // 年度 2027
  event('2026-04-15', 'diagnosis_complete', '/check/stress/', 'v3', { target: 'bjsq57' }),
  event('2026-05-01', 'diagnosis_complete', '/check/excellent-company/', 'v3', { target: 'excellent-company' }),
  event('2026-05-02', 'diagnosis_complete', '/check/stress/', 'v4', { target: 'bjsq57' }),
  event('2026-04-20', 'download', '/guides/a/', 'v1', { target: '/downloads/a.pdf' }),
  event('2026-05-20', 'download', '/guides/b/', 'v2', { target: '/downloads/b.xlsx' }),
  event('2026-05-21', 'download', '/downloads/', 'v2', { target: '/files/c.pdf' }),
  event('2026-04-02', 'feedback', '/guides/a/', 'v1', { useful: true }),
  event('2026-04-03', 'feedback', '/guides/a/', 'v2', { useful: false }),
  event('2026-05-05', 'feedback', '/guides/b/', 'v1', { useful: true }),
  event('2026-05-06', 'feedback', '/check/', 'v3', { useful: true }),
  event('2027-04-02', 'feedback', '/guides/a/', 'v9', { useful: false }), // 年度 2027
];

export function describeStore(name: string, open: () => Promise<StoreHandle>) {
  async function seeded(): Promise<AnalyticsStore> {
    const { store } = await open();
    await store.insert(EVENTS);
    return store;
  }

  describe(`${name}: insert`, () => {
    it('stores every column', async () => {
      const { store, rows } = await open();
      try {
        await store.insert([
          event('2026-04-01', 'feedback', '/guides/a/', 'v1', { useful: true }),
          event('2026-04-01', 'feedback', '/guides/a/', 'v2', { useful: false }),
          event('2026-04-02', 'download', '/guides/a/', 'v3', { target: '/downloads/a.pdf' }),
        ]);
        expect(await rows()).toEqual([
          { id: 1, ts: Date.parse('2026-04-01T03:00:00Z'), day: '2026-04-01', type: 'feedback', path: '/guides/a/', target: null, useful: true, visitor: 'v1' },
          { id: 2, ts: Date.parse('2026-04-01T03:00:00Z'), day: '2026-04-01', type: 'feedback', path: '/guides/a/', target: null, useful: false, visitor: 'v2' },
          { id: 3, ts: Date.parse('2026-04-02T03:00:00Z'), day: '2026-04-02', type: 'download', path: '/guides/a/', target: '/downloads/a.pdf', useful: null, visitor: 'v3' },
        ]);
      } finally {
        await store.close();
      }
    });

    it('does nothing for an empty batch', async () => {
      const { store, rows } = await open();
      try {
        await store.insert([]);
        expect(await rows()).toEqual([]);
      } finally {
        await store.close();
      }
    });

    it('stores a batch all or nothing, refusal counts included', async () => {
      const { store, rows } = await open();
      try {
        await store.insert([event('2026-04-01', 'pageview', '/', 'v0')]);
        const broken = { ...event('2026-04-01', 'pageview', '/', 'v2'), path: null } as unknown as StoredEvent;
        await expect(store.insert([event('2026-04-01', 'pageview', '/a/', 'v1'), broken], [{ day: '2026-04-01', reason: 'rate-limit', count: 3 }])).rejects.toThrow(
          /NOT NULL|not-null/i,
        );
        expect(await rows()).toHaveLength(1);
        expect(await store.rejections(FY2026)).toEqual([]);
        // The store is still usable after the failed batch.
        await store.insert([event('2026-04-01', 'pageview', '/b/', 'v3')]);
        expect(await rows()).toHaveLength(2);
      } finally {
        await store.close();
      }
    });
  });

  describe(`${name}: shared counters`, () => {
    it('adds in the order given, keeps counters apart, and starts an expired counter again', async () => {
      const { store } = await open();
      try {
        const { counters } = store;
        expect(await counters.add([{ key: 'b', delta: 2, expiresAt: 5_000 }, { key: 'a', delta: 1, expiresAt: 5_000 }], 1_000)).toEqual([2, 1]);
        expect(await counters.add([{ key: 'a', delta: 4, expiresAt: 5_000 }], 2_000)).toEqual([5]);
        expect(await counters.add([{ key: 'b', delta: -2, expiresAt: 5_000 }], 2_000)).toEqual([0]);
        expect(await counters.add([{ key: 'a', delta: 1, expiresAt: 9_000 }], 5_000)).toEqual([1]); // a expired at 5,000
        expect(await counters.add([], 6_000)).toEqual([]);
      } finally {
        await store.close();
      }
    });
  });

    describe(`${name}: aggregations`, () => {
    it('counts a type over a 年度', async () => {
      const store = await seeded();
      expect(await store.count('pageview', FY2026)).toBe(6);
      expect(await store.count('diagnosis_complete', FY2026)).toBe(3);
      expect(await store.count('download', FY2026)).toBe(3);
      expect(await store.count('feedback', FY2026)).toBe(4);
      expect(await store.count('pageview', { firstDay: '2025-04-01', lastDay: '2026-03-31' })).toBe(1);
      expect(await store.count('pageview', { firstDay: '2027-04-01', lastDay: '2028-03-31' })).toBe(1);
      await store.close();
    });

    it('counts with a path prefix', async () => {
      const store = await seeded();
      expect(await store.count('pageview', FY2026, { pathPrefix: '/guides/' })).toBe(5);
      expect(await store.count('pageview', FY2026, { pathPrefix: '/guides/a/' })).toBe(3);
      expect(await store.count('pageview', FY2026, { pathPrefix: '/check/' })).toBe(1);
      expect(await store.count('pageview', FY2026, { pathPrefix: '/' })).toBe(6);
      expect(await store.count('pageview', FY2026, { pathPrefix: '/nothing/' })).toBe(0);
      // A prefix is matched literally: no LIKE wildcards.
      expect(await store.count('pageview', FY2026, { pathPrefix: '/guides/_/' })).toBe(0);
      expect(await store.count('pageview', FY2026, { pathPrefix: '/guides/%' })).toBe(0);
      await store.close();
    });

    it('counts with a target', async () => {
      const store = await seeded();
      expect(await store.count('diagnosis_complete', FY2026, { target: 'bjsq57' })).toBe(2);
      expect(await store.count('diagnosis_complete', FY2026, { target: 'excellent-company' })).toBe(1);
      expect(await store.count('diagnosis_complete', FY2026, { target: 'bjsq57', pathPrefix: '/check/stress/' })).toBe(2);
      expect(await store.count('diagnosis_complete', FY2026, { target: 'bjsq57', pathPrefix: '/guides/' })).toBe(0);
      await store.close();
    });

    it('includes both ends of a day range', async () => {
      const store = await seeded();
      expect(await store.count('pageview', { firstDay: '2026-04-01', lastDay: '2026-04-01' })).toBe(3);
      expect(await store.count('pageview', { firstDay: '2026-04-15', lastDay: '2026-05-31' })).toBe(3);
      expect(await store.count('pageview', { firstDay: '2026-04-02', lastDay: '2026-05-30' })).toBe(1);
      expect(await store.count('pageview', { firstDay: '2026-03-31', lastDay: '2026-03-31' })).toBe(1);
      expect(await store.feedback({ firstDay: '2026-04-02', lastDay: '2026-04-03' }, '/')).toEqual({ positive: 1, total: 2 });
      expect(await store.feedback({ firstDay: '2026-04-03', lastDay: '2026-05-05' }, '/')).toEqual({ positive: 1, total: 2 });
      await store.close();
    });

    it('counts downloads by the downloaded file, not the page', async () => {
      const store = await seeded();
      expect(await store.countByTargetPrefix('download', FY2026, '/downloads/')).toBe(2);
      expect(await store.countByTargetPrefix('download', FY2026, '/downloads/a')).toBe(1);
      expect(await store.countByTargetPrefix('download', FY2026, '/files/')).toBe(1);
      expect(await store.countByTargetPrefix('download', FY2026, '/guides/')).toBe(0);
      expect(await store.countByTargetPrefix('download', { firstDay: '2026-04-01', lastDay: '2026-04-30' }, '/downloads/')).toBe(1);
      // Events without a target (pageviews) never match.
      expect(await store.countByTargetPrefix('pageview', FY2026, '/')).toBe(0);
      await store.close();
    });

    it('sums feedback under a path prefix', async () => {
      const store = await seeded();
      expect(await store.feedback(FY2026, '/guides/')).toEqual({ positive: 2, total: 3 });
      expect(await store.feedback(FY2026, '/guides/a/')).toEqual({ positive: 1, total: 2 });
      expect(await store.feedback(FY2026, '/')).toEqual({ positive: 3, total: 4 });
      expect(await store.feedback(FY2026, '/nothing/')).toEqual({ positive: 0, total: 0 });
      expect(await store.feedback({ firstDay: '2027-04-01', lastDay: '2028-03-31' }, '/')).toEqual({ positive: 0, total: 1 });
      await store.close();
    });

    it('counts per month', async () => {
      const store = await seeded();
      expect(await store.monthly('pageview', FY2026)).toEqual([
        { key: '2026-04', count: 4 },
        { key: '2026-05', count: 2 },
      ]);
      expect(await store.monthly('pageview', { firstDay: '2026-03-01', lastDay: '2027-04-30' })).toEqual([
        { key: '2026-03', count: 1 },
        { key: '2026-04', count: 4 },
        { key: '2026-05', count: 2 },
        { key: '2027-04', count: 1 },
      ]);
      expect(await store.monthly('diagnosis_complete', FY2026)).toEqual([
        { key: '2026-04', count: 1 },
        { key: '2026-05', count: 2 },
      ]);
      await store.close();
    });

    it('counts per path, most first, ties by path, limited', async () => {
      const store = await seeded();
      expect(await store.byPath('pageview', FY2026, 10)).toEqual({
        rows: [
          { key: '/guides/a/', count: 3 },
          { key: '/guides/b/', count: 2 },
          { key: '/check/', count: 1 },
        ],
        others: 0,
      });
      // Bounded: the top rows and the rest summed as 「その他」.
      expect(await store.byPath('pageview', FY2026, 2)).toEqual({
        rows: [
          { key: '/guides/a/', count: 3 },
          { key: '/guides/b/', count: 2 },
        ],
        others: 1,
      });
      expect(await store.byPath('download', FY2026, 10)).toEqual({
        rows: [
          { key: '/downloads/', count: 1 },
          { key: '/guides/a/', count: 1 },
          { key: '/guides/b/', count: 1 },
        ],
        others: 0,
      });
      expect(await store.byPath('pageview', { firstDay: '2026-05-01', lastDay: '2026-05-31' }, 10)).toEqual({
        rows: [
          { key: '/guides/a/', count: 1 },
          { key: '/guides/b/', count: 1 },
        ],
        others: 0,
      });
      await store.close();
    });

    it('counts per target', async () => {
      const store = await seeded();
      expect(await store.byTarget('diagnosis_complete', FY2026, 10)).toEqual({
        rows: [
          { key: 'bjsq57', count: 2 },
          { key: 'excellent-company', count: 1 },
        ],
        others: 0,
      });
      // Bounded: the top rows and the rest summed as 「その他」.
      expect(await store.byTarget('download', FY2026, 2)).toEqual({
        rows: [
          { key: '/downloads/a.pdf', count: 1 },
          { key: '/downloads/b.xlsx', count: 1 },
        ],
        others: 1,
      });
      await store.close();
    });

    it('sums feedback per path, most answers first, limited', async () => {
      const store = await seeded();
      expect(await store.feedbackByPath(FY2026, 10)).toEqual([
        { key: '/guides/a/', positive: 1, total: 2 },
        { key: '/check/', positive: 1, total: 1 },
        { key: '/guides/b/', positive: 1, total: 1 },
      ]);
      expect(await store.feedbackByPath(FY2026, 1)).toEqual([{ key: '/guides/a/', positive: 1, total: 2 }]);
      expect(await store.feedbackByPath({ firstDay: '2027-04-01', lastDay: '2028-03-31' }, 10)).toEqual([{ key: '/guides/a/', positive: 0, total: 1 }]);
      await store.close();
    });

    it('adds refused events to the counts per day and reason, in the same transaction as events', async () => {
      const { store } = await open();
      await store.insert([], [
        { day: '2026-04-01', reason: 'unknown-page', count: 2 },
        { day: '2026-04-01', reason: 'rate-limit', count: 5 },
      ]);
      await store.insert([EVENTS[1]!], [{ day: '2026-04-01', reason: 'unknown-page', count: 3 }, { day: '2026-04-02', reason: 'unknown-page', count: 1 }]);
      expect(await store.rejections(FY2026)).toEqual([
        { key: 'unknown-page', count: 6 },
        { key: 'rate-limit', count: 5 },
      ]);
      expect(await store.rejections({ firstDay: '2026-04-02', lastDay: '2026-04-02' })).toEqual([{ key: 'unknown-page', count: 1 }]);
      expect(await store.count('pageview', FY2026)).toBe(1);
      await store.close();
    });

    it('prunes events and refusal counts of the days before the first day kept', async () => {
      const store = await seeded();
      await store.insert([], [{ day: '2026-03-31', reason: 'unknown-page', count: 4 }, { day: '2026-04-01', reason: 'unknown-page', count: 1 }]);
      const before = await store.count('pageview', { firstDay: '2000-01-01', lastDay: '2099-12-31' });
      expect(await store.prune('2026-04-01')).toBe(1); // the one event of 31 March
      expect(await store.count('pageview', { firstDay: '2000-01-01', lastDay: '2099-12-31' })).toBe(before - 1);
      expect(await store.count('pageview', { firstDay: '2000-01-01', lastDay: '2026-03-31' })).toBe(0);
      expect(await store.rejections({ firstDay: '2000-01-01', lastDay: '2099-12-31' })).toEqual([{ key: 'unknown-page', count: 1 }]);
      await store.close();
    });

    it('counts distinct visitors per day over all event types', async () => {
      const store = await seeded();
      expect(await store.visitorsByDay({ firstDay: '2026-04-01', lastDay: '2026-04-15' })).toEqual([
        { key: '2026-04-01', count: 2 }, // v1 twice, v2
        { key: '2026-04-02', count: 1 },
        { key: '2026-04-03', count: 1 },
        { key: '2026-04-15', count: 1 }, // v3: a pageview and a completion
      ]);
      expect(await store.visitorsByDay({ firstDay: '2026-05-31', lastDay: '2026-05-31' })).toEqual([{ key: '2026-05-31', count: 2 }]);
      expect(await store.visitorsByDay({ firstDay: '2026-06-01', lastDay: '2026-06-30' })).toEqual([]);
      await store.close();
    });
  });
}
