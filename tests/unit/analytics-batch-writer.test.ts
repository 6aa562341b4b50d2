import { describe, expect, it, vi } from 'vitest';
import { BatchWriter } from '../../src/lib/analytics/batch-writer';
import { SqliteStore } from '../../src/lib/analytics/sqlite-store';
import type { AnalyticsStore, StoredEvent } from '../../src/lib/analytics/store';

const event = (i: number): StoredEvent => ({
  ts: 1_780_000_000_000 + i,
  day: '2026-04-01',
  type: 'pageview',
  path: `/p/${i}/`,
  target: null,
  useful: null,
  visitor: `v${i}`,
});

const rowCount = (store: SqliteStore) => Number(store.db.prepare('SELECT count(*) AS n FROM events').get()?.n);

describe('BatchWriter', () => {
  it('inserts the writes of one tick in one transaction and resolves after the insert', async () => {
    const store = new SqliteStore(':memory:');
    const log: string[] = [];
    const insert = vi.spyOn(store, 'insert');
    insert.mockImplementation(async function (this: SqliteStore, events: readonly StoredEvent[]) {
      log.push(`insert ${events.length}`);
      await SqliteStore.prototype.insert.call(store, events, []);
    });
    const writer = new BatchWriter(store);
    const events = Array.from({ length: 25 }, (_, i) => event(i));
    const promises = events.map((e, i) => writer.write(e).then(() => log.push(`resolved ${i}`)));

    expect(insert).not.toHaveBeenCalled(); // waits for the end of the tick
    await Promise.all(promises);

    expect(insert).toHaveBeenCalledTimes(1);
    expect(insert.mock.calls[0][0]).toEqual(events);
    expect(log[0]).toBe('insert 25');
    expect(log).toHaveLength(26);
    expect(log.slice(1).sort()).toEqual(events.map((_, i) => `resolved ${i}`).sort());
    expect(rowCount(store)).toBe(25);
    store.close();
  });

  it('writes separate ticks in separate transactions', async () => {
    const store = new SqliteStore(':memory:');
    const insert = vi.spyOn(store, 'insert');
    const writer = new BatchWriter(store);
    await Promise.all([writer.write(event(1)), writer.write(event(2))]);
    await writer.write(event(3));
    expect(insert.mock.calls.map((c) => c[0].length)).toEqual([2, 1]);
    expect(rowCount(store)).toBe(3);
    store.close();
  });

  it('splits what waits into inserts of at most maxBatch events', async () => {
    const store = new SqliteStore(':memory:');
    const insert = vi.spyOn(store, 'insert');
    const writer = new BatchWriter(store, 3);
    await Promise.all([1, 2, 3, 4, 5].map((i) => writer.write(event(i))));
    expect(insert.mock.calls.map((c) => c[0].length)).toEqual([3, 2]);
    expect(rowCount(store)).toBe(5);
    store.close();
  });

  it('keeps one insert in flight: what arrives meanwhile goes together in the next one', async () => {
    const inserted: number[] = [];
    let release: () => void = () => {};
    const store = {
      insert: vi.fn(async (events: readonly StoredEvent[]) => {
        inserted.push(events.length);
        if (inserted.length === 1) await new Promise<void>((r) => (release = r));
      }),
    } as unknown as AnalyticsStore;
    const writer = new BatchWriter(store);
    const first = writer.write(event(1));
    await new Promise((r) => setImmediate(r)); // the first insert has started and waits
    expect(inserted).toEqual([1]);
    const later = [2, 3, 4].map((i) => writer.write(event(i)));
    await new Promise((r) => setImmediate(r));
    expect(inserted).toEqual([1]); // nothing overtakes the insert in flight
    release();
    await Promise.all([first, ...later]);
    expect(inserted).toEqual([1, 3]);
  });

  it('rejects every promise of a batch whose insert fails, and goes on with the next batch', async () => {
    const failure = new Error('disk full');
    let fail = true;
    const inserted: StoredEvent[][] = [];
    const store = {
      async insert(events: readonly StoredEvent[]) {
        if (fail) throw failure;
        inserted.push([...events]);
      },
    } as unknown as AnalyticsStore;
    const writer = new BatchWriter(store);
    const results = await Promise.allSettled([writer.write(event(1)), writer.write(event(2)), writer.write(event(3))]);
    expect(results).toEqual([
      { status: 'rejected', reason: failure },
      { status: 'rejected', reason: failure },
      { status: 'rejected', reason: failure },
    ]);
    fail = false;
    await writer.write(event(4));
    expect(inserted).toEqual([[event(4)]]);
  });

  it('with nothing handed over, never inserts and is idle at once', async () => {
    const store = new SqliteStore(':memory:');
    const insert = vi.spyOn(store, 'insert');
    await new BatchWriter(store).idle();
    expect(insert).not.toHaveBeenCalled();
    store.close();
  });

  it('counts refused events per day and reason and stores the counts with the next batch', async () => {
    const store = new SqliteStore(':memory:');
    const writer = new BatchWriter(store);
    writer.countRejection('2026-04-01', 'unknown-page');
    writer.countRejection('2026-04-01', 'unknown-page');
    writer.countRejection('2026-04-01', 'rate-limit');
    await writer.write(event(1));
    expect(await store.rejections({ firstDay: '2026-04-01', lastDay: '2026-04-01' })).toEqual([
      { key: 'unknown-page', count: 2 },
      { key: 'rate-limit', count: 1 },
    ]);
    writer.countRejection('2026-04-02', 'unknown-file');
    await writer.idle(); // counts alone are written too
    expect(await store.rejections({ firstDay: '2026-04-02', lastDay: '2026-04-02' })).toEqual([{ key: 'unknown-file', count: 1 }]);
    expect(rowCount(store)).toBe(1);
    store.close();
  });
});
