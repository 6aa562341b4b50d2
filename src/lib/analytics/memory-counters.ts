import type { CounterIncrement, Counters } from './store';

/**
 * Counters in this process's memory, for the SQLite store (one machine, one collector process).
 * Expired counters are swept at most once a second, so memory stays bounded by what is live.
 */
export class MemoryCounters implements Counters {
  private counts = new Map<string, { count: number; expiresAt: number }>();
  private sweptAt = 0;

  async add(increments: readonly CounterIncrement[], now: number): Promise<number[]> {
    if (Math.abs(now - this.sweptAt) >= 1000) this.sweep(now);
    return increments.map(({ key, delta, expiresAt }) => {
      const current = this.counts.get(key);
      const live = current && current.expiresAt > now ? current : { count: 0, expiresAt };
      live.count += delta;
      live.expiresAt = Math.max(live.expiresAt, expiresAt);
      this.counts.set(key, live);
      return live.count;
    });
  }

  /** How many counters are held (for tests of the bound). */
  get size(): number {
    return this.counts.size;
  }

  private sweep(now: number): void {
    this.sweptAt = now;
    for (const [key, value] of this.counts) if (value.expiresAt <= now) this.counts.delete(key);
  }
}
