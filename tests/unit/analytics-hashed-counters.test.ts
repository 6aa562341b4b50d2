import { describe, expect, it } from 'vitest';
import { counterKey, counterName, HashedCounters } from '../../src/lib/analytics/hashed-counters';
import { MemoryCounters } from '../../src/lib/analytics/memory-counters';
import type { CounterIncrement, Counters } from '../../src/lib/analytics/store';

/** Counters that remember the names they were given, to see what a shared store would hold. */
class Recording implements Counters {
  readonly names: string[] = [];
  private readonly inner = new MemoryCounters();
  add(increments: readonly CounterIncrement[], now: number) {
    this.names.push(...increments.map((i) => i.key));
    return this.inner.add(increments, now);
  }
}

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('hashed counter names', () => {
  it('never hands a client address to the store, and counts per address as before', async () => {
    const store = new Recording();
    const counters = new HashedCounters(store, counterKey(SECRET));
    const expires = 60_000;
    expect(await counters.add([{ key: 'rate:60000:1:203.0.113.7', delta: 2, expiresAt: expires }], 0)).toEqual([2]);
    expect(await counters.add([{ key: 'rate:60000:1:203.0.113.7', delta: 1, expiresAt: expires }, { key: 'rate:60000:1:2001:db8:1:2::/64', delta: 1, expiresAt: expires }], 0)).toEqual([3, 1]);
    expect(store.names).toHaveLength(3);
    for (const name of store.names) {
      expect(name).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(name).not.toContain('203.0.113');
      expect(name).not.toContain('2001:db8');
    }
    expect(store.names[0]).toBe(store.names[1]);
    expect(store.names[2]).not.toBe(store.names[0]);
  });

  it('names a counter alike in every process with the same secret, and differently with another', () => {
    expect(counterName(counterKey(SECRET), 'login:1:198.51.100.1')).toBe(counterName(counterKey(SECRET), 'login:1:198.51.100.1'));
    expect(counterName(counterKey(SECRET), 'login:1:198.51.100.1')).not.toBe(counterName(counterKey(`${SECRET}x`), 'login:1:198.51.100.1'));
    // Without a secret each process has its own random key.
    expect(counterName(counterKey(undefined), 'x')).not.toBe(counterName(counterKey(undefined), 'x'));
  });
});
