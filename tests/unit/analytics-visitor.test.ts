import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIN_SECRET_LENGTH, MemorySaltStore, SecretSaltStore, saltForDay, visitorHash, type SaltStore } from '../../src/lib/analytics/visitor';

const SALT = Buffer.alloc(32, 1);
const OTHER_SALT = Buffer.alloc(32, 2);
const IP = '203.0.113.77';
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

describe('visitorHash', () => {
  it('is 32 lower-case hex characters', () => {
    expect(visitorHash(SALT, IP, UA)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is the first 128 bits of sha256(salt NUL ip NUL user agent)', () => {
    const expected = createHash('sha256').update(Buffer.concat([SALT, Buffer.from(`\u0000${IP}\u0000${UA}`)])).digest('hex').slice(0, 32);
    expect(visitorHash(SALT, IP, UA)).toBe(expected);
  });

  it('is deterministic', () => {
    expect(visitorHash(SALT, IP, UA)).toBe(visitorHash(Buffer.alloc(32, 1), '203.0.113.77', UA));
  });

  it('differs by salt, IP and user agent', () => {
    const base = visitorHash(SALT, IP, UA);
    expect(visitorHash(OTHER_SALT, IP, UA)).not.toBe(base);
    expect(visitorHash(SALT, '203.0.113.78', UA)).not.toBe(base);
    expect(visitorHash(SALT, IP, `${UA} Edg/124.0`)).not.toBe(base);
  });

  it('keeps IP and user agent apart (no ambiguity at the boundary)', () => {
    expect(visitorHash(SALT, '10.0.0.1', '2x')).not.toBe(visitorHash(SALT, '10.0.0.12', 'x'));
  });

  it('does not contain the IP or the user agent', () => {
    const hash = visitorHash(SALT, IP, UA);
    expect(hash.includes(IP)).toBe(false);
    expect(hash.includes('Mozilla')).toBe(false);
  });
});

describe('saltForDay', () => {
  /** An in-memory salt store that records what it is asked to do. */
  function memorySalts() {
    const salts = new Map<string, Buffer>();
    const replaced: string[] = [];
    const store: SaltStore = {
      get: (day) => salts.get(day),
      replace: (day, salt) => {
        replaced.push(day);
        salts.clear();
        salts.set(day, salt);
      },
    };
    return { store, salts, replaced };
  }

  it('creates a salt at the first event of a day and reuses it that day', () => {
    const { store, replaced } = memorySalts();
    let calls = 0;
    const random = () => Buffer.alloc(32, ++calls);
    const first = saltForDay(store, '2026-04-01', random);
    expect(first).toEqual(Buffer.alloc(32, 1));
    expect(saltForDay(store, '2026-04-01', random)).toEqual(Buffer.alloc(32, 1));
    expect(calls).toBe(1);
    expect(replaced).toEqual(['2026-04-01']);
  });

  it('creates a new salt on a new day', () => {
    const { store, salts, replaced } = memorySalts();
    let calls = 0;
    const random = () => Buffer.alloc(32, ++calls);
    saltForDay(store, '2026-04-01', random);
    expect(saltForDay(store, '2026-04-02', random)).toEqual(Buffer.alloc(32, 2));
    expect(replaced).toEqual(['2026-04-01', '2026-04-02']);
    expect([...salts.keys()]).toEqual(['2026-04-02']);
  });

  it('draws 32 random bytes by default, different each day', () => {
    const { store } = memorySalts();
    const a = saltForDay(store, '2026-04-01');
    const b = saltForDay(store, '2026-04-02');
    expect(a.length).toBe(32);
    expect(b.length).toBe(32);
    expect(a.equals(b)).toBe(false);
  });

  it('with MemorySaltStore: one salt at a time, the old one wiped when the day changes', () => {
    const store = new MemorySaltStore();
    const day1 = Buffer.alloc(32, 0xa1);
    const day2 = Buffer.alloc(32, 0xb1);
    expect(saltForDay(store, '2026-04-01', () => day1)).toEqual(Buffer.alloc(32, 0xa1));
    expect(saltForDay(store, '2026-04-01', () => Buffer.alloc(32, 0xa2))).toBe(day1);
    expect(saltForDay(store, '2026-04-02', () => day2)).toBe(day2);
    expect(store.get('2026-04-01')).toBeUndefined();
    expect(store.get('2026-04-02')).toBe(day2);
    expect(day1).toEqual(Buffer.alloc(32, 0)); // the old salt's bytes are overwritten, not just dropped
  });
});

describe('SecretSaltStore: every collector derives the same salt from the secret', () => {
  const SECRET = 'x'.repeat(31) + 'y'; // 32 characters
  it('gives the HMAC-SHA256 of the day under the secret, the same in every process, another each day', () => {
    const a = new SecretSaltStore(SECRET);
    const b = new SecretSaltStore(SECRET);
    const expected = createHmac('sha256', SECRET).update('visitor-salt\u00002026-04-01').digest();
    expect(a.get('2026-04-01')).toEqual(expected);
    expect(b.get('2026-04-01')).toEqual(expected);
    expect(saltForDay(b, '2026-04-01')).toEqual(expected); // never needs a random one
    expect(a.get('2026-04-02').equals(expected)).toBe(false);
    expect(new SecretSaltStore(`${SECRET}!`).get('2026-04-01').equals(expected)).toBe(false);
  });

  it('so the same visitor hashes alike on two collectors', () => {
    const hash = (store: SecretSaltStore) => visitorHash(saltForDay(store, '2026-04-01'), '203.0.113.7', 'UA');
    expect(hash(new SecretSaltStore(SECRET))).toBe(hash(new SecretSaltStore(SECRET)));
    const random = () => visitorHash(saltForDay(new MemorySaltStore(), '2026-04-01'), '203.0.113.7', 'UA');
    expect(random()).not.toBe(random()); // without the secret, each process has its own salt
  });

  it('refuses a secret shorter than 32 characters, saying how to make one', () => {
    expect(() => new SecretSaltStore('short')).toThrow('ANALYTICS_SALT_SECRET は 32 文字以上にしてください（例：openssl rand -base64 32）');
    expect(MIN_SECRET_LENGTH).toBe(32);
  });
});
