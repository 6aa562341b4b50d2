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

describe('LoginThrottle: one address never locks another; many failing addresses slow everyone', () => {
  it('five wrong passwords lock only their own address', () => {
    const throttle = new LoginThrottle(5, 60_000, 120_000, () => 0);
    for (let i = 0; i < 5; i++) throttle.fail('203.0.113.9');
    expect(throttle.lockedFor('203.0.113.9')).toBe(120_000);
    expect(throttle.lockedFor('198.51.100.1')).toBe(0);
  });

  it('after many failures from many addresses, each may try once a second, and after the window freely again', () => {
    let now = 0;
    const throttle = new LoginThrottle(5, 60_000, 120_000, () => now, 10, 1_000);
    for (let i = 0; i < 10; i++) throttle.fail(`198.51.100.${i}`);
    expect(throttle.lockedFor('192.0.2.1')).toBe(0);
    throttle.attempt(); // the one try this second
    expect(throttle.lockedFor('192.0.2.1')).toBe(1_000);
    expect(throttle.lockedFor('192.0.2.2')).toBe(1_000);
    now = 1_000;
    expect(throttle.lockedFor('192.0.2.2')).toBe(0);
    now = 60_001; // the failures have left the window
    throttle.attempt();
    expect(throttle.lockedFor('192.0.2.3')).toBe(0);
  });
});
