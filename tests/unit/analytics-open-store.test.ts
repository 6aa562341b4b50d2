import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseStore } from '../../src/lib/analytics/open-store';
import { SqliteStore } from '../../src/lib/analytics/sqlite-store';

describe('chooseStore: which store the environment asks for', () => {
  it('is the SQLite file by default, or ANALYTICS_DB', async () => {
    expect(chooseStore({})).toMatchObject({ kind: 'sqlite', where: resolve('./data/analytics.db') });
    const choice = chooseStore({ ANALYTICS_DB: ':memory:', ANALYTICS_DATABASE_URL: '  ' });
    expect(choice).toMatchObject({ kind: 'sqlite', where: ':memory:' }); // for tests: no file at all
    expect(chooseStore({ ANALYTICS_DB: 'x/a.db' })).toMatchObject({ kind: 'sqlite', where: resolve('x/a.db') });
  });

  it('is PostgreSQL for a postgres:// or postgresql:// URL, named without its password', () => {
    expect(chooseStore({ ANALYTICS_DATABASE_URL: 'postgres://portal:s3cret@db.example.jp:5432/analytics' })).toMatchObject({
      kind: 'postgres',
      where: 'PostgreSQL db.example.jp:5432/analytics',
    });
    expect(chooseStore({ ANALYTICS_DATABASE_URL: 'postgresql://db/analytics' }).kind).toBe('postgres');
    expect(JSON.stringify(chooseStore({ ANALYTICS_DATABASE_URL: 'postgres://u:s3cret@db/a' }))).not.toContain('s3cret');
  });

  it('refuses a URL it cannot use, saying what to write', () => {
    expect(() => chooseStore({ ANALYTICS_DATABASE_URL: 'mysql://db/analytics' })).toThrow('ANALYTICS_DATABASE_URL は postgres:// で始めてください（mysql: は使えません）');
    expect(() => chooseStore({ ANALYTICS_DATABASE_URL: 'db.example.jp' })).toThrow('ANALYTICS_DATABASE_URL を URL として読めません');
  });

  it('opens the SQLite store it chose', async () => {
    const store = await chooseStore({ ANALYTICS_DB: ':memory:' }).open();
    expect(store).toBeInstanceOf(SqliteStore);
    await store.close();
  });
});
