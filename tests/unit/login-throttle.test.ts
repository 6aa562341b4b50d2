import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src/lib/analytics/login-throttle';

describe('LoginThrottle', () => {
  it('locks a client after five failures within the window, for the lock period', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(5, 60_000, 120_000, () => now);
    for (let i = 0; i < 4; i++) throttle.fail('a');
    expect(throttle.lockedFor('a')).toBe(0);
    throttle.fail('a');
    expect(throttle.lockedFor('a')).toBe(120_000);
    expect(throttle.lockedFor('b')).toBe(0);
    now += 119_999;
    expect(throttle.lockedFor('a')).toBe(1);
    now += 1;
    expect(throttle.lockedFor('a')).toBe(0);
  });

  it('forgets failures older than the window and after a success', () => {
    let now = 0;
    const throttle = new LoginThrottle(3, 1_000, 5_000, () => now);
    throttle.fail('a');
    throttle.fail('a');
    now = 1_001;
    throttle.fail('a'); // a new window: count 1
    expect(throttle.lockedFor('a')).toBe(0);
    throttle.fail('a');
    throttle.succeed('a');
    throttle.fail('a');
    throttle.fail('a');
    expect(throttle.lockedFor('a')).toBe(0);
    throttle.fail('a');
    expect(throttle.lockedFor('a')).toBe(5_000);
  });
});
