import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/lib/analytics/sqlite-store';
import type { StoredEvent } from '../../src/lib/analytics/store';

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

function seeded(): SqliteStore {
  const store = new SqliteStore(':memory:');
  store.insert(EVENTS);
  return store;
}

describe('SqliteStore.insert', () => {
  it('stores every column, useful as 1 / 0 / NULL', () => {
    const store = new SqliteStore(':memory:');
    try {
      store.insert([
        event('2026-04-01', 'feedback', '/guides/a/', 'v1', { useful: true }),
        event('2026-04-01', 'feedback', '/guides/a/', 'v2', { useful: false }),
        event('2026-04-02', 'download', '/guides/a/', 'v3', { target: '/downloads/a.pdf' }),
      ]);
      const rows = store.db.prepare('SELECT * FROM events ORDER BY id').all().map((r) => ({ ...r }));
      expect(rows).toEqual([
        { id: 1, ts: Date.parse('2026-04-01T03:00:00Z'), day: '2026-04-01', type: 'feedback', path: '/guides/a/', target: null, useful: 1, visitor: 'v1' },
        { id: 2, ts: Date.parse('2026-04-01T03:00:00Z'), day: '2026-04-01', type: 'feedback', path: '/guides/a/', target: null, useful: 0, visitor: 'v2' },
        { id: 3, ts: Date.parse('2026-04-02T03:00:00Z'), day: '2026-04-02', type: 'download', path: '/guides/a/', target: '/downloads/a.pdf', useful: null, visitor: 'v3' },
      ]);
    } finally {
      store.close();
    }
  });

  it('does nothing for an empty batch', () => {
    const store = new SqliteStore(':memory:');
    try {
      store.insert([]);
      expect(store.db.prepare('SELECT count(*) AS n FROM events').get()?.n).toBe(0);
    } finally {
      store.close();
    }
  });

  it('stores a batch all or nothing', () => {
    const store = new SqliteStore(':memory:');
    try {
      store.insert([event('2026-04-01', 'pageview', '/', 'v0')]);
      const broken = { ...event('2026-04-01', 'pageview', '/', 'v2'), path: null } as unknown as StoredEvent;
      expect(() => store.insert([event('2026-04-01', 'pageview', '/a/', 'v1'), broken])).toThrow(/NOT NULL/);
      expect(store.db.prepare('SELECT count(*) AS n FROM events').get()?.n).toBe(1);
      // The store is still usable after the rollback.
      store.insert([event('2026-04-01', 'pageview', '/b/', 'v3')]);
      expect(store.db.prepare('SELECT count(*) AS n FROM events').get()?.n).toBe(2);
    } finally {
      store.close();
    }
  });

  it('keeps committed events in a file across reopening, creating its directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analytics-store-'));
    const file = join(dir, 'nested', 'analytics.db');
    try {
      const first = new SqliteStore(file);
      first.insert(EVENTS.slice(0, 3));
      first.close();
      expect(existsSync(file)).toBe(true);
      const second = new SqliteStore(file);
      expect(second.count('pageview', { firstDay: '2026-01-01', lastDay: '2026-12-31' })).toBe(3);
      expect(second.db.prepare('PRAGMA journal_mode').get()?.journal_mode).toBe('wal');
      expect(second.db.prepare('PRAGMA secure_delete').get()?.secure_delete).toBe(1);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SqliteStore aggregations', () => {
  it('counts a type over a 年度', () => {
    const store = seeded();
    expect(store.count('pageview', FY2026)).toBe(6);
    expect(store.count('diagnosis_complete', FY2026)).toBe(3);
    expect(store.count('download', FY2026)).toBe(3);
    expect(store.count('feedback', FY2026)).toBe(4);
    expect(store.count('pageview', { firstDay: '2025-04-01', lastDay: '2026-03-31' })).toBe(1);
    expect(store.count('pageview', { firstDay: '2027-04-01', lastDay: '2028-03-31' })).toBe(1);
    store.close();
  });

  it('counts with a path prefix', () => {
    const store = seeded();
    expect(store.count('pageview', FY2026, { pathPrefix: '/guides/' })).toBe(5);
    expect(store.count('pageview', FY2026, { pathPrefix: '/guides/a/' })).toBe(3);
    expect(store.count('pageview', FY2026, { pathPrefix: '/check/' })).toBe(1);
    expect(store.count('pageview', FY2026, { pathPrefix: '/' })).toBe(6);
    expect(store.count('pageview', FY2026, { pathPrefix: '/nothing/' })).toBe(0);
    // A prefix is matched literally: no LIKE wildcards.
    expect(store.count('pageview', FY2026, { pathPrefix: '/guides/_/' })).toBe(0);
    expect(store.count('pageview', FY2026, { pathPrefix: '/guides/%' })).toBe(0);
    store.close();
  });

  it('counts with a target', () => {
    const store = seeded();
    expect(store.count('diagnosis_complete', FY2026, { target: 'bjsq57' })).toBe(2);
    expect(store.count('diagnosis_complete', FY2026, { target: 'excellent-company' })).toBe(1);
    expect(store.count('diagnosis_complete', FY2026, { target: 'bjsq57', pathPrefix: '/check/stress/' })).toBe(2);
    expect(store.count('diagnosis_complete', FY2026, { target: 'bjsq57', pathPrefix: '/guides/' })).toBe(0);
    store.close();
  });

  it('includes both ends of a day range', () => {
    const store = seeded();
    expect(store.count('pageview', { firstDay: '2026-04-01', lastDay: '2026-04-01' })).toBe(3);
    expect(store.count('pageview', { firstDay: '2026-04-15', lastDay: '2026-05-31' })).toBe(3);
    expect(store.count('pageview', { firstDay: '2026-04-02', lastDay: '2026-05-30' })).toBe(1);
    expect(store.count('pageview', { firstDay: '2026-03-31', lastDay: '2026-03-31' })).toBe(1);
    expect(store.feedback({ firstDay: '2026-04-02', lastDay: '2026-04-03' }, '/')).toEqual({ positive: 1, total: 2 });
    expect(store.feedback({ firstDay: '2026-04-03', lastDay: '2026-05-05' }, '/')).toEqual({ positive: 1, total: 2 });
    store.close();
  });

  it('counts downloads by the downloaded file, not the page', () => {
    const store = seeded();
    expect(store.countByTargetPrefix('download', FY2026, '/downloads/')).toBe(2);
    expect(store.countByTargetPrefix('download', FY2026, '/downloads/a')).toBe(1);
    expect(store.countByTargetPrefix('download', FY2026, '/files/')).toBe(1);
    expect(store.countByTargetPrefix('download', FY2026, '/guides/')).toBe(0);
    expect(store.countByTargetPrefix('download', { firstDay: '2026-04-01', lastDay: '2026-04-30' }, '/downloads/')).toBe(1);
    // Events without a target (pageviews) never match.
    expect(store.countByTargetPrefix('pageview', FY2026, '/')).toBe(0);
    store.close();
  });

  it('sums feedback under a path prefix', () => {
    const store = seeded();
    expect(store.feedback(FY2026, '/guides/')).toEqual({ positive: 2, total: 3 });
    expect(store.feedback(FY2026, '/guides/a/')).toEqual({ positive: 1, total: 2 });
    expect(store.feedback(FY2026, '/')).toEqual({ positive: 3, total: 4 });
    expect(store.feedback(FY2026, '/nothing/')).toEqual({ positive: 0, total: 0 });
    expect(store.feedback({ firstDay: '2027-04-01', lastDay: '2028-03-31' }, '/')).toEqual({ positive: 0, total: 1 });
    store.close();
  });

  it('counts per month', () => {
    const store = seeded();
    expect(store.monthly('pageview', FY2026)).toEqual([
      { key: '2026-04', count: 4 },
      { key: '2026-05', count: 2 },
    ]);
    expect(store.monthly('pageview', { firstDay: '2026-03-01', lastDay: '2027-04-30' })).toEqual([
      { key: '2026-03', count: 1 },
      { key: '2026-04', count: 4 },
      { key: '2026-05', count: 2 },
      { key: '2027-04', count: 1 },
    ]);
    expect(store.monthly('diagnosis_complete', FY2026)).toEqual([
      { key: '2026-04', count: 1 },
      { key: '2026-05', count: 2 },
    ]);
    store.close();
  });

  it('counts per path, most first, ties by path, limited', () => {
    const store = seeded();
    expect(store.byPath('pageview', FY2026, 10)).toEqual({
      rows: [
        { key: '/guides/a/', count: 3 },
        { key: '/guides/b/', count: 2 },
        { key: '/check/', count: 1 },
      ],
      others: 0,
    });
    // Bounded: the top rows and the rest summed as 「その他」.
    expect(store.byPath('pageview', FY2026, 2)).toEqual({
      rows: [
        { key: '/guides/a/', count: 3 },
        { key: '/guides/b/', count: 2 },
      ],
      others: 1,
    });
    expect(store.byPath('download', FY2026, 10)).toEqual({
      rows: [
        { key: '/downloads/', count: 1 },
        { key: '/guides/a/', count: 1 },
        { key: '/guides/b/', count: 1 },
      ],
      others: 0,
    });
    expect(store.byPath('pageview', { firstDay: '2026-05-01', lastDay: '2026-05-31' }, 10)).toEqual({
      rows: [
        { key: '/guides/a/', count: 1 },
        { key: '/guides/b/', count: 1 },
      ],
      others: 0,
    });
    store.close();
  });

  it('counts per target', () => {
    const store = seeded();
    expect(store.byTarget('diagnosis_complete', FY2026, 10)).toEqual({
      rows: [
        { key: 'bjsq57', count: 2 },
        { key: 'excellent-company', count: 1 },
      ],
      others: 0,
    });
    // Bounded: the top rows and the rest summed as 「その他」.
    expect(store.byTarget('download', FY2026, 2)).toEqual({
      rows: [
        { key: '/downloads/a.pdf', count: 1 },
        { key: '/downloads/b.xlsx', count: 1 },
      ],
      others: 1,
    });
    store.close();
  });

  it('sums feedback per path, most answers first, limited', () => {
    const store = seeded();
    expect(store.feedbackByPath(FY2026, 10)).toEqual([
      { key: '/guides/a/', positive: 1, total: 2 },
      { key: '/check/', positive: 1, total: 1 },
      { key: '/guides/b/', positive: 1, total: 1 },
    ]);
    expect(store.feedbackByPath(FY2026, 1)).toEqual([{ key: '/guides/a/', positive: 1, total: 2 }]);
    expect(store.feedbackByPath({ firstDay: '2027-04-01', lastDay: '2028-03-31' }, 10)).toEqual([{ key: '/guides/a/', positive: 0, total: 1 }]);
    store.close();
  });

  it('adds refused events to the counts per day and reason, in the same transaction as events', () => {
    const store = new SqliteStore(':memory:');
    store.insert([], [
      { day: '2026-04-01', reason: 'unknown-page', count: 2 },
      { day: '2026-04-01', reason: 'rate-limit', count: 5 },
    ]);
    store.insert([EVENTS[1]!], [{ day: '2026-04-01', reason: 'unknown-page', count: 3 }, { day: '2026-04-02', reason: 'unknown-page', count: 1 }]);
    expect(store.rejections(FY2026)).toEqual([
      { key: 'unknown-page', count: 6 },
      { key: 'rate-limit', count: 5 },
    ]);
    expect(store.rejections({ firstDay: '2026-04-02', lastDay: '2026-04-02' })).toEqual([{ key: 'unknown-page', count: 1 }]);
    expect(store.count('pageview', FY2026)).toBe(1);
    store.close();
  });

  it('drops the salts table an older version kept, and keeps no trace of it in the log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analytics-store-'));
    const file = join(dir, 'old.db');
    const salt = Buffer.alloc(32, 0x5a);
    try {
      const old = new DatabaseSync(file);
      old.exec('PRAGMA journal_mode = WAL; CREATE TABLE salts (day TEXT PRIMARY KEY, salt BLOB NOT NULL);');
      old.prepare('INSERT INTO salts VALUES (?, ?)').run('2026-04-01', salt);
      old.close();
      const store = new SqliteStore(file);
      const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name);
      expect(tables.sort()).toEqual(['events', 'rejections']);
      store.close();
      for (const f of [file, `${file}-wal`].filter(existsSync)) expect(readFileSync(f).includes(salt), f).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prunes events and refusal counts of the days before the first day kept', () => {
    const store = seeded();
    store.insert([], [{ day: '2026-03-31', reason: 'unknown-page', count: 4 }, { day: '2026-04-01', reason: 'unknown-page', count: 1 }]);
    const before = store.count('pageview', { firstDay: '2000-01-01', lastDay: '2099-12-31' });
    expect(store.prune('2026-04-01')).toBe(1); // the one event of 31 March
    expect(store.count('pageview', { firstDay: '2000-01-01', lastDay: '2099-12-31' })).toBe(before - 1);
    expect(store.count('pageview', { firstDay: '2000-01-01', lastDay: '2026-03-31' })).toBe(0);
    expect(store.rejections({ firstDay: '2000-01-01', lastDay: '2099-12-31' })).toEqual([{ key: 'unknown-page', count: 1 }]);
    store.close();
  });

  it('counts distinct visitors per day over all event types', () => {
    const store = seeded();
    expect(store.visitorsByDay({ firstDay: '2026-04-01', lastDay: '2026-04-15' })).toEqual([
      { key: '2026-04-01', count: 2 }, // v1 twice, v2
      { key: '2026-04-02', count: 1 },
      { key: '2026-04-03', count: 1 },
      { key: '2026-04-15', count: 1 }, // v3: a pageview and a completion
    ]);
    expect(store.visitorsByDay({ firstDay: '2026-05-31', lastDay: '2026-05-31' })).toEqual([{ key: '2026-05-31', count: 2 }]);
    expect(store.visitorsByDay({ firstDay: '2026-06-01', lastDay: '2026-06-30' })).toEqual([]);
    store.close();
  });
});
