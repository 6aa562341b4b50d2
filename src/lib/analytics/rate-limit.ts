import type { Counters } from './store';

/** Why an event was refused by the limiter: its client sent too many, or everybody together did. */
export type Limited = 'client' | 'global';

interface Pending {
  key: string;
  resolve: (limited: Limited | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Fixed windows aligned to the clock, counted in the store's shared counters: one count per client
 * key and one for all clients together, so neither one flood nor many clients at once can fill the
 * store, and N collectors sharing the store refuse exactly as one would. Checks that arrive together
 * are settled with one or two round trips to the counters. A client once over its limit is refused
 * without asking the counters again until the window ends, so a flood costs almost nothing.
 */
export class RateLimiter {
  private pending: Pending[] = [];
  private flushing = false;
  private window = -1;
  private knownOver = new Set<string>();
  private globalOver = false;

  constructor(
    private readonly counters: Counters,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly globalLimit = Number.POSITIVE_INFINITY,
  ) {}

  /** Counts one event for `key`; resolves undefined when it may go on, otherwise which limit it is over. */
  check(key: string): Promise<Limited | undefined> {
    return new Promise((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      await this.settle(batch);
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
    if (this.pending.length > 0) setImmediate(() => void this.flush());
    else this.flushing = false;
  }

  private async settle(batch: Pending[]): Promise<void> {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.knownOver.clear(); // also forgets every key, so memory stays bounded
      this.globalOver = false;
    }
    const expiresAt = (window + 1) * this.windowMs;
    const asking = batch.filter((p) => !this.knownOver.has(p.key));
    for (const p of batch) if (this.knownOver.has(p.key)) p.resolve('client');
    if (asking.length === 0) return;

    // Per client: the n-th event of the window is allowed while n ≤ limit.
    const perKey = new Map<string, number>();
    for (const p of asking) perKey.set(p.key, (perKey.get(p.key) ?? 0) + 1);
    const keys = [...perKey.keys()];
    const totals = await this.counters.add(
      keys.map((key) => ({ key: `rate:${this.windowMs}:${window}:${key}`, delta: perKey.get(key)!, expiresAt })),
      now,
    );
    const next = new Map(keys.map((key, i) => [key, totals[i]! - perKey.get(key)! + 1]));
    const withinClient: Pending[] = [];
    for (const p of asking) {
      const n = next.get(p.key)!;
      next.set(p.key, n + 1);
      if (n > this.limit) {
        this.knownOver.add(p.key);
        p.resolve('client');
      } else withinClient.push(p);
    }
    if (withinClient.length === 0) return;
    if (!Number.isFinite(this.globalLimit)) return withinClient.forEach((p) => p.resolve(undefined));
    if (this.globalOver) return withinClient.forEach((p) => p.resolve('global'));

    // All clients together: only events within their client's limit count, so one flood cannot use it up.
    const [total] = await this.counters.add([{ key: `rate:${this.windowMs}:${window}:*`, delta: withinClient.length, expiresAt }], now);
    let n = total! - withinClient.length;
    for (const p of withinClient) p.resolve(++n > this.globalLimit ? 'global' : undefined);
    if (n > this.globalLimit) this.globalOver = true;
  }
}
