import type { AnalyticsStore, RejectionCount, StoredEvent } from './store';

/**
 * Groups the events that arrive together into one insert. `write` resolves only after the insert
 * holding the event has committed, so an event answered 202 is already stored. One insert is in
 * flight at a time; what arrives meanwhile waits and goes in the next one (group commit), so a slow
 * database gets fewer, larger inserts instead of a queue of small ones.
 * Refused events are only counted: the counts per day and reason ride along with the next batch.
 */
export class BatchWriter {
  private queue: { event: StoredEvent; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private refused = new Map<string, RejectionCount>();
  private writing = false;

  constructor(
    private readonly store: AnalyticsStore,
    private readonly maxBatch = 1000,
  ) {}

  write(event: StoredEvent): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      this.start();
    });
  }

  /** Counts one refused event; never fails the request that was refused. */
  countRejection(day: string, reason: string): void {
    const key = `${day}\u0000${reason}`;
    const current = this.refused.get(key);
    if (current) current.count++;
    else this.refused.set(key, { day, reason, count: 1 });
    this.start();
  }

  /** Resolves once everything handed over so far has been written (or has failed). */
  async idle(): Promise<void> {
    while (this.writing) await new Promise((r) => setImmediate(r));
  }

  /** Waits for the end of the current tick, so the events of one tick share an insert. */
  private start(): void {
    if (this.writing) return;
    this.writing = true;
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 || this.refused.size > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      const refused = [...this.refused.values()];
      this.refused = new Map();
      try {
        await this.store.insert(
          batch.map((b) => b.event),
          refused,
        );
        for (const b of batch) b.resolve();
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    this.writing = false;
  }
}
