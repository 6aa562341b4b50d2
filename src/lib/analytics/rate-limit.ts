/** Why an event was refused by the limiter: its client sent too many, or everybody together did. */
export type Limited = 'client' | 'global';

/**
 * Fixed-window counters kept in memory: one per client key, and one for all clients together, so
 * neither one flood nor many clients at once can fill the store. Over a limit, the collector answers
 * 429 until the window ends.
 */
export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly globalLimit = Number.POSITIVE_INFINITY,
  ) {}

  /** Counts one event for `key`; undefined when it may go on, otherwise which limit it is over. */
  check(key: string): Limited | undefined {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.counts.clear(); // also forgets every key, so memory stays bounded
      this.total = 0;
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count > this.limit) return 'client';
    this.total++;
    return this.total > this.globalLimit ? 'global' : undefined;
  }

  /** Counts one event for `key`; false when it is over either limit. */
  allow(key: string): boolean {
    return this.check(key) === undefined;
  }
}
