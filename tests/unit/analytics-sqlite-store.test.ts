import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/lib/analytics/sqlite-store';
import type { StoredEvent } from '../../src/lib/analytics/store';
import { describeStore } from './analytics-store-suite';

const rawRows = (store: SqliteStore) => store.db.prepare('SELECT * FROM events ORDER BY id').all().map((r) => ({ ...r }));

describeStore('SqliteStore', async () => {
  const store = new SqliteStore(':memory:');
  return { store, rows: async () => rawRows(store).map((r) => ({ ...r, useful: r.useful === null ? null : r.useful === 1 })) };
});

const event = (id: number, day = '2026-04-01'): StoredEvent => ({ ts: Date.parse(`${day}T03:00:00Z`), day, type: 'pageview', path: `/p/${id}/`, target: null, useful: null, visitor: `v${id}` });

describe('SqliteStore: the file', () => {
  it('stores useful as 1 / 0 / NULL', async () => {
    const store = new SqliteStore(':memory:');
    await store.insert([{ ...event(1), type: 'feedback', useful: true }, { ...event(2), type: 'feedback', useful: false }, event(3)]);
    expect(rawRows(store).map((r) => r.useful)).toEqual([1, 0, null]);
    await store.close();
  });

  it('keeps committed events in a file across reopening, creating its directory, with the same name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analytics-store-'));
    const file = join(dir, 'nested', 'analytics.db');
    try {
      const first = new SqliteStore(file);
      await first.insert([event(1), event(2), event(3)]);
      const id = first.storeId();
      await first.close();
      expect(existsSync(file)).toBe(true);
      const second = new SqliteStore(file);
      expect(await second.count('pageview', { firstDay: '2026-01-01', lastDay: '2026-12-31' })).toBe(3);
      expect(second.storeId()).toBe(id);
      expect(second.db.prepare('PRAGMA journal_mode').get()?.journal_mode).toBe('wal');
      expect(second.db.prepare('PRAGMA secure_delete').get()?.secure_delete).toBe(1);
      await second.close();
      expect(new SqliteStore(':memory:').storeId()).not.toBe(id); // each file its own name
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads events after a row id, in order, a page at a time, and every refusal count', async () => {
    const store = new SqliteStore(':memory:');
    await store.insert([event(1), event(2), { ...event(3), type: 'feedback', useful: false }], [{ day: '2026-04-02', reason: 'rate-limit', count: 4 }]);
    expect(store.eventsAfter(0, 2).map((e) => e.id)).toEqual([1, 2]);
    expect(store.eventsAfter(2, 2)).toEqual([{ ...event(3), type: 'feedback', useful: false, id: 3 }]);
    expect(store.eventsAfter(3, 2)).toEqual([]);
    expect(store.allRejections()).toEqual([{ day: '2026-04-02', reason: 'rate-limit', count: 4 }]);
    await store.close();
  });

  it('drops the salts table an older version kept, and keeps no trace of it in the log', async () => {
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
      expect(tables.sort()).toEqual(['events', 'rejections', 'store_info']);
      await store.close();
      for (const f of [file, `${file}-wal`].filter(existsSync)) expect(readFileSync(f).includes(salt), f).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
