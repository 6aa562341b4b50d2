/**
 * Slows down guessing of the staff password. Per client address: five wrong passwords within the
 * window lock that address for the lock period, and never any other address. Across all addresses:
 * once many wrong passwords arrive in the window (a guess spread over many addresses), every address
 * may try only once per `backOffMs`, so the guessing rate stays low while staff can still log in.
 * Kept in memory: a restart clears it, which is acceptable for a single staff page.
 */
export class LoginThrottle {
  private failures = new Map<string, { count: number; first: number; lockedUntil: number }>();
  private recent: number[] = [];
  private nextAttempt = 0;

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly lockMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
    private readonly globalFailures = 50,
    private readonly backOffMs = 1_000,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  lockedFor(key: string): number {
    const now = this.now();
    const entry = this.failures.get(key);
    const own = entry ? Math.max(0, entry.lockedUntil - now) : 0;
    if (own > 0 || !this.backingOff(now)) return own;
    return Math.max(0, this.nextAttempt - now);
  }

  /** Call before checking a password, when lockedFor was 0: during a back-off it uses the one try. */
  attempt(): void {
    const now = this.now();
    if (this.backingOff(now)) this.nextAttempt = now + this.backOffMs;
  }

  fail(key: string): void {
    const now = this.now();
    const entry = this.failures.get(key);
    const fresh = !entry || now - entry.first > this.windowMs;
    const next = fresh ? { count: 1, first: now, lockedUntil: 0 } : { ...entry, count: entry.count + 1 };
    if (next.count >= this.maxFailures) next.lockedUntil = now + this.lockMs;
    this.failures.set(key, next);
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!); // bounded memory
    this.recent.push(now);
    if (this.recent.length > this.globalFailures * 2) this.recent.splice(0, this.recent.length - this.globalFailures * 2);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private backingOff(now: number): boolean {
    this.recent = this.recent.filter((t) => now - t <= this.windowMs);
    return this.recent.length >= this.globalFailures;
  }
}
