import type { Counters } from './store';

export interface LoginThrottleOptions {
  /** Wrong passwords from one address, within the current and the previous window, that lock it. */
  maxFailures?: number;
  windowMs?: number;
  /** Wrong passwords from all addresses together, within the same two windows, that start the back-off. */
  globalFailures?: number;
  /** During the back-off, all addresses together may try once per this period. */
  backOffMs?: number;
}

/**
 * Slows down guessing of the staff password, counted in the store's shared counters so every
 * collector process sees the same failures. Per client address: five wrong passwords within the
 * current and the previous 15-minute window lock that address (and never any other) until those
 * windows have passed, i.e. for 15 to 30 minutes. Across all addresses: once many wrong passwords
 * arrive (a guess spread over many addresses), everyone together may try only once a second, so the
 * guessing rate stays low while staff can still log in.
 */
export class LoginThrottle {
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly globalFailures: number;
  private readonly backOffMs: number;

  constructor(
    private readonly counters: Counters,
    options: LoginThrottleOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.maxFailures = options.maxFailures ?? 5;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.globalFailures = options.globalFailures ?? 50;
    this.backOffMs = options.backOffMs ?? 1_000;
  }

  /**
   * Call before checking a password. Resolves to 0 when `key` may try now (during a back-off this
   * uses up the shared try), otherwise to the milliseconds until it may.
   */
  async admit(key: string): Promise<number> {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    const [ownCurrent, ownPrevious, allCurrent, allPrevious] = await this.counters.add([
      this.failures(key, window, 0),
      this.failures(key, window - 1, 0),
      this.failures('*', window, 0),
      this.failures('*', window - 1, 0),
    ], now);
    const windowEnd = (window + 1) * this.windowMs;
    if (ownCurrent! >= this.maxFailures) return windowEnd + this.windowMs - now;
    if (ownCurrent! + ownPrevious! >= this.maxFailures) return windowEnd - now;
    if (allCurrent! + allPrevious! < this.globalFailures) return 0;
    const slot = Math.floor(now / this.backOffMs);
    const [tries] = await this.counters.add([{ key: `login:try:${slot}`, delta: 1, expiresAt: (slot + 1) * this.backOffMs }], now);
    return tries! > 1 ? (slot + 1) * this.backOffMs - now : 0;
  }

  async fail(key: string): Promise<void> {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    await this.counters.add([this.failures(key, window, 1), this.failures('*', window, 1)], now);
  }

  /** A right password clears that address's failures (not the count of all addresses). */
  async succeed(key: string): Promise<void> {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    const [current, previous] = await this.counters.add([this.failures(key, window, 0), this.failures(key, window - 1, 0)], now);
    if (current! + previous! === 0) return;
    await this.counters.add([this.failures(key, window, -current!), this.failures(key, window - 1, -previous!)], now);
  }

  /** A window's failure counter lives through the next window, where it counts as the previous one. */
  private failures(key: string, window: number, delta: number) {
    return { key: `login:${this.windowMs}:${window}:${key}`, delta, expiresAt: (window + 2) * this.windowMs };
  }
}
