import { createHmac, randomBytes } from 'node:crypto';
import type { CounterIncrement, Counters } from './store';

/**
 * The rate limit and the lock-out count per client address, and their counters may live in a shared
 * database (PostgreSQL): so every counter name is replaced by a keyed hash before it reaches the
 * store, and the store never holds an address. Processes that share the key (derived from
 * ANALYTICS_SALT_SECRET) name a counter alike, so they still count together.
 */
export class HashedCounters implements Counters {
  constructor(
    private readonly inner: Counters,
    private readonly key: Buffer,
  ) {}

  add(increments: readonly CounterIncrement[], now: number): Promise<number[]> {
    return this.inner.add(
      increments.map((i) => ({ ...i, key: counterName(this.key, i.key) })),
      now,
    );
  }
}

/** 128 bits of HMAC-SHA256, base64url: short enough for an index, long enough never to collide. */
export function counterName(key: Buffer, name: string): string {
  return createHmac('sha256', key).update(name).digest('base64url').slice(0, 22);
}

/**
 * The key counter names are hashed with: derived from the secret when there is one (every process
 * alike, never stored), otherwise random for this process (then processes do not share counters,
 * which the runtime warns about).
 */
export function counterKey(secret: string | undefined): Buffer {
  return secret ? createHmac('sha256', secret).update('counter-names').digest() : randomBytes(32);
}
