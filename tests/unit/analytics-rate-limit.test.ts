import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/lib/analytics/rate-limit';

describe('RateLimiter (fixed window, injected clock)', () => {
  it('allows the limit, refuses the next, and leaves other keys alone', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, 1000, () => now);
    expect([limiter.allow('a'), limiter.allow('a'), limiter.allow('a')]).toEqual([true, true, true]);
    expect(limiter.allow('a')).toBe(false);
    expect(limiter.allow('a')).toBe(false);
    expect(limiter.allow('b')).toBe(true);
    expect(limiter.allow('b')).toBe(true);
    expect(limiter.allow('b')).toBe(true);
    expect(limiter.allow('b')).toBe(false);
    now += 999; // still the same window
    expect(limiter.allow('a')).toBe(false);
    expect(limiter.allow('c')).toBe(true);
  });

  it('allows again in a new window', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, 1000, () => now);
    for (let i = 0; i < 3; i++) limiter.allow('a');
    expect(limiter.allow('a')).toBe(false);
    now += 1000;
    expect([limiter.allow('a'), limiter.allow('a'), limiter.allow('a'), limiter.allow('a')]).toEqual([true, true, true, false]);
    now += 5000;
    expect(limiter.allow('a')).toBe(true);
  });

  it('with a limit of 1 refuses the second event', () => {
    const limiter = new RateLimiter(1, 60_000, () => 5_000_000);
    expect(limiter.allow('k')).toBe(true);
    expect(limiter.allow('k')).toBe(false);
  });
});

describe('RateLimiter: a global cap over all clients', () => {
  it('refuses everyone over the global limit, tells which limit was hit, and starts again next window', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, () => now, 3);
    expect(['a', 'a', 'a', 'b', 'c', 'd'].map((k) => limiter.check(k))).toEqual([undefined, undefined, 'client', undefined, 'global', 'global']);
    now = 1000;
    expect(limiter.check('d')).toBeUndefined();
  });
});
