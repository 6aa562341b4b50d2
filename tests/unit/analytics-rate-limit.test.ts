import { describe, expect, it, vi } from 'vitest';
import { MemoryCounters } from '../../src/lib/analytics/memory-counters';
import { RateLimiter } from '../../src/lib/analytics/rate-limit';

// Windows are aligned to the clock: 1,000,000 is the start of a 1,000 ms window.
const START = 1_000_000;

function limiter(limit: number, windowMs: number, globalLimit?: number) {
  const clock = { now: START };
  const counters = new MemoryCounters();
  const add = vi.spyOn(counters, 'add');
  return { limiter: new RateLimiter(counters, limit, windowMs, () => clock.now, globalLimit), clock, add, counters };
}

const inOrder = async (l: RateLimiter, keys: string[]) => {
  const out = [];
  for (const k of keys) out.push(await l.check(k));
  return out;
};

describe('RateLimiter (fixed windows on the clock, shared counters)', () => {
  it('allows the limit, refuses the next, and leaves other keys alone', async () => {
    const { limiter: l, clock } = limiter(3, 1000);
    expect(await inOrder(l, ['a', 'a', 'a', 'a', 'a'])).toEqual([undefined, undefined, undefined, 'client', 'client']);
    expect(await inOrder(l, ['b', 'b', 'b', 'b'])).toEqual([undefined, undefined, undefined, 'client']);
    clock.now = START + 999; // still the same window
    expect(await inOrder(l, ['a', 'c'])).toEqual(['client', undefined]);
  });

  it('allows again in the next window, which starts on the clock, not at the first event', async () => {
    const { limiter: l, clock } = limiter(3, 1000);
    clock.now = START + 900;
    expect(await inOrder(l, ['a', 'a', 'a', 'a'])).toEqual([undefined, undefined, undefined, 'client']);
    clock.now = START + 1000;
    expect(await inOrder(l, ['a', 'a', 'a', 'a'])).toEqual([undefined, undefined, undefined, 'client']);
    clock.now = START + 6000;
    expect(await l.check('a')).toBeUndefined();
  });

  it('with a limit of 1 refuses the second event', async () => {
    const { limiter: l } = limiter(1, 60_000);
    expect(await inOrder(l, ['k', 'k'])).toEqual([undefined, 'client']);
  });

  it('settles the checks of one tick together, in arrival order, with one addition per limit', async () => {
    const { limiter: l, add } = limiter(2, 1000, 4);
    const results = await Promise.all(['a', 'b', 'a', 'a', 'c', 'b', 'd'].map((k) => l.check(k)));
    // a: 1st, 2nd allowed, 3rd over its own limit; then the global cap of 4 stops the 5th allowed event.
    expect(results).toEqual([undefined, undefined, undefined, 'client', undefined, 'global', 'global']);
    expect(add).toHaveBeenCalledTimes(2);
    expect(add.mock.calls[0]![0]).toEqual([
      { key: 'rate:1000:1000:a', delta: 3, expiresAt: START + 1000 },
      { key: 'rate:1000:1000:b', delta: 2, expiresAt: START + 1000 },
      { key: 'rate:1000:1000:c', delta: 1, expiresAt: START + 1000 },
      { key: 'rate:1000:1000:d', delta: 1, expiresAt: START + 1000 },
    ]);
    expect(add.mock.calls[1]![0]).toEqual([{ key: 'rate:1000:1000:*', delta: 6, expiresAt: START + 1000 }]);
  });

  it('refuses a client already over its limit without asking the counters again in that window', async () => {
    const { limiter: l, add, clock } = limiter(1, 1000);
    expect(await inOrder(l, ['a', 'a'])).toEqual([undefined, 'client']);
    const calls = add.mock.calls.length;
    expect(await Promise.all(Array.from({ length: 50 }, () => l.check('a')))).toEqual(Array(50).fill('client'));
    expect(add.mock.calls.length).toBe(calls);
    clock.now = START + 1000;
    expect(await l.check('a')).toBeUndefined();
  });

  it('counts what other processes added to the same counters (one limit for all collectors)', async () => {
    const counters = new MemoryCounters();
    const clock = { now: START };
    const first = new RateLimiter(counters, 3, 1000, () => clock.now, 5);
    const second = new RateLimiter(counters, 3, 1000, () => clock.now, 5);
    expect(await inOrder(first, ['a', 'a'])).toEqual([undefined, undefined]);
    expect(await inOrder(second, ['a', 'a'])).toEqual([undefined, 'client']);
    expect(await inOrder(second, ['b', 'c'])).toEqual([undefined, undefined]);
    expect(await inOrder(first, ['d', 'e'])).toEqual(['global', 'global']); // 5 allowed in all
  });

  it('rejects the checks of a tick when the counters cannot be reached, and works again after', async () => {
    const { limiter: l, add } = limiter(3, 1000);
    add.mockRejectedValueOnce(new Error('connection refused'));
    const results = await Promise.allSettled([l.check('a'), l.check('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await l.check('a')).toBeUndefined();
  });
});

describe('MemoryCounters', () => {
  it('adds, starts again once a counter has expired, and forgets expired counters', async () => {
    const counters = new MemoryCounters();
    expect(await counters.add([{ key: 'x', delta: 2, expiresAt: 5000 }, { key: 'y', delta: 1, expiresAt: 9000 }], 1000)).toEqual([2, 1]);
    expect(await counters.add([{ key: 'x', delta: 3, expiresAt: 5000 }], 1500)).toEqual([5]);
    expect(await counters.add([{ key: 'x', delta: 1, expiresAt: 8000 }], 5000)).toEqual([1]); // x had expired
    expect(counters.size).toBe(2);
    await counters.add([], 10_000);
    expect(counters.size).toBe(0);
  });
});
