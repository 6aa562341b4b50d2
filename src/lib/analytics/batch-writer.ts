import type { AnalyticsStore, RejectionCount, StoredEvent } from './store';

/**
 * Groups the events that arrive together into one transaction. `write` resolves only after the
 * transaction holding the event has committed, so an event answered 202 is already on disk.
 * Refused events are only counted: the counts per day and reason ride along with the next batch.
 */
export class BatchWriter {
  private queue: { event: StoredEvent; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private refused = new Map<string, RejectionCount>();
  private scheduled = false;

  constructor(
    private readonly store: AnalyticsStore,
    private readonly maxBatch = 500,
  ) {}

  write(event: StoredEvent): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      if (this.queue.length >= this.maxBatch) this.flush();
      else this.schedule();
    });
  }

  /** Counts one refused event; never fails the request that was refused. */
  countRejection(day: string, reason: string): void {
    const key = `${day}\u0000${reason}`;
    const current = this.refused.get(key);
    if (current) current.count++;
    else this.refused.set(key, { day, reason, count: 1 });
    this.schedule();
  }

  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    const refused = [...this.refused.values()];
    this.queue = [];
    this.refused = new Map();
    if (batch.length === 0 && refused.length === 0) return;
    try {
      this.store.insert(
        batch.map((b) => b.event),
        refused,
      );
      for (const b of batch) b.resolve();
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }
}
