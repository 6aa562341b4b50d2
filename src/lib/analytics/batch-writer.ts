import type { AnalyticsStore, StoredEvent } from './store';

/**
 * Groups the events that arrive together into one transaction. `write` resolves only after the
 * transaction holding the event has committed, so an event answered 202 is already on disk.
 */
export class BatchWriter {
  private queue: { event: StoredEvent; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;

  constructor(
    private readonly store: AnalyticsStore,
    private readonly maxBatch = 500,
  ) {}

  write(event: StoredEvent): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      if (this.queue.length >= this.maxBatch) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    try {
      this.store.insert(batch.map((b) => b.event));
      for (const b of batch) b.resolve();
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }
}
