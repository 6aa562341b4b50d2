import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src/lib/analytics/login-throttle';
import { MemoryCounters } from '../../src/lib/analytics/memory-counters';

const W = 60_000; // the window in these tests; START is the beginning of one
const START = 10 * W;

function throttle(options: { globalFailures?: number } = {}, counters = new MemoryCounters()) {
  const clock = { now: START };
  return { t: new LoginThrottle(counters, { maxFailures: 5, windowMs: W, globalFailures: options.globalFailures ?? 50, backOffMs: 1_000 }, () => clock.now), clock };
}

const failTimes = async (t: LoginThrottle, key: string, n: number) => {
  for (let i = 0; i < n; i++) await t.fail(key);
};

describe('LoginThrottle (shared counters, windows on the clock)', () => {
  it('locks an address after five failures in a window until the next window has passed; others are not locked', async () => {
    const { t, clock } = throttle();
    await failTimes(t, 'a', 4);
    expect(await t.admit('a')).toBe(0);
    await t.fail('a');
    expect(await t.admit('a')).toBe(2 * W); // to the end of the next window
    expect(await t.admit('b')).toBe(0);
    clock.now = START + W + 30_000; // next window: the five still count as the previous window's
    expect(await t.admit('a')).toBe(30_000);
    clock.now = START + 2 * W;
    expect(await t.admit('a')).toBe(0);
  });

  it('counts failures in the current and the previous window together', async () => {
    const { t, clock } = throttle();
    clock.now = START + W - 1_000;
    await failTimes(t, 'a', 3);
    clock.now = START + W + 5_000;
    await failTimes(t, 'a', 2);
    expect(await t.admit('a')).toBe(W - 5_000); // until the three of the previous window age out
    clock.now = START + 2 * W;
    expect(await t.admit('a')).toBe(0);
  });

  it('forgets an address’s failures after its right password', async () => {
    const { t } = throttle();
    await failTimes(t, 'a', 4);
    await t.succeed('a');
    await failTimes(t, 'a', 4);
    expect(await t.admit('a')).toBe(0);
    await t.fail('a');
    expect(await t.admit('a')).toBe(2 * W);
  });

  it('after many failures from many addresses, all together may try once a second, and later freely again', async () => {
    const { t, clock } = throttle({ globalFailures: 10 });
    for (let i = 0; i < 10; i++) await t.fail(`198.51.100.${i}`);
    clock.now = START + 200;
    expect(await t.admit('192.0.2.1')).toBe(0); // the one try of this second
    expect(await t.admit('192.0.2.2')).toBe(800);
    expect(await t.admit('192.0.2.1')).toBe(800);
    clock.now = START + 1_000;
    expect(await t.admit('192.0.2.2')).toBe(0);
    clock.now = START + 2 * W; // the failures have left both windows
    expect(await t.admit('192.0.2.3')).toBe(0);
    expect(await t.admit('192.0.2.4')).toBe(0);
  });

  it('two processes sharing the counters see each other’s failures', async () => {
    const counters = new MemoryCounters();
    const first = throttle({}, counters).t;
    const second = throttle({}, counters).t;
    await failTimes(first, 'a', 3);
    await failTimes(second, 'a', 2);
    expect(await first.admit('a')).toBe(2 * W);
    expect(await second.admit('a')).toBe(2 * W);
  });
});
