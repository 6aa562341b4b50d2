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
    insert.mockImplementation(function (this: SqliteStore, events: readonly StoredEvent[]) {
      log.push(`insert ${events.length}`);
      SqliteStore.prototype.insert.call(store, events, []);
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

  it('flushes at once when a batch is full', async () => {
    const store = new SqliteStore(':memory:');
    const insert = vi.spyOn(store, 'insert');
    const writer = new BatchWriter(store, 3);
    const promises = [1, 2, 3, 4, 5].map((i) => writer.write(event(i)));
    expect(insert.mock.calls.map((c) => c[0].length)).toEqual([3]); // synchronously, before the tick ends
    await Promise.all(promises);
    expect(insert.mock.calls.map((c) => c[0].length)).toEqual([3, 2]);
    expect(rowCount(store)).toBe(5);
    store.close();
  });

  it('rejects every promise of a batch whose insert fails, and goes on with the next batch', async () => {
    const failure = new Error('disk full');
    let fail = true;
    const inserted: StoredEvent[][] = [];
    const store = {
      insert(events: readonly StoredEvent[]) {
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

  it('does nothing when flushed with an empty queue', () => {
    const store = new SqliteStore(':memory:');
    const insert = vi.spyOn(store, 'insert');
    new BatchWriter(store).flush();
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
    expect(store.rejections({ firstDay: '2026-04-01', lastDay: '2026-04-01' })).toEqual([
      { key: 'unknown-page', count: 2 },
      { key: 'rate-limit', count: 1 },
    ]);
    writer.countRejection('2026-04-02', 'unknown-file');
    await new Promise((resolve) => setImmediate(resolve)); // counts alone are flushed too
    expect(store.rejections({ firstDay: '2026-04-02', lastDay: '2026-04-02' })).toEqual([{ key: 'unknown-file', count: 1 }]);
    expect(rowCount(store)).toBe(1);
    store.close();
  });
});
