/**
 * Locks the staff login for a client after repeated wrong passwords, so the password cannot be
 * guessed at speed. Kept in memory: a restart clears it, which is acceptable for a single staff page.
 */
export class LoginThrottle {
  private failures = new Map<string, { count: number; first: number; lockedUntil: number }>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly lockMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it is not locked. */
  lockedFor(key: string): number {
    const entry = this.failures.get(key);
    return entry ? Math.max(0, entry.lockedUntil - this.now()) : 0;
  }

  fail(key: string): void {
    const now = this.now();
    const entry = this.failures.get(key);
    const fresh = !entry || now - entry.first > this.windowMs;
    const next = fresh ? { count: 1, first: now, lockedUntil: 0 } : { ...entry, count: entry.count + 1 };
    if (next.count >= this.maxFailures) next.lockedUntil = now + this.lockMs;
    this.failures.set(key, next);
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!); // bounded memory
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
