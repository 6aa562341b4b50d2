import type { PgStore } from './pg-store';
import type { SqliteStore } from './sqlite-store';

export interface CopyResult {
  /** The SQLite file's name (store_info), under which PostgreSQL remembers how far it was copied. */
  storeId: string;
  events: number;
  rejections: number;
  /** Events an earlier run had already copied. */
  alreadyCopied: number;
}

/**
 * Copies the events and refusal counts of a SQLite store into PostgreSQL, in batches of one
 * transaction each. PostgreSQL remembers, per SQLite file, the last row copied, so running the copy
 * again (or after an interruption) adds only what is new: nothing twice, nothing lost.
 */
export async function copySqliteToPostgres(
  source: SqliteStore,
  target: PgStore,
  { batchSize = 5_000, progress = (_copied: number, _total: number) => {} } = {},
): Promise<CopyResult> {
  const storeId = source.storeId();
  const start = await target.copiedFrom(storeId);
  const total = source.eventCountAfter(start.lastEventId);
  const result: CopyResult = { storeId, events: 0, rejections: 0, alreadyCopied: source.eventCountAfter(0) - total };
  let after = start.lastEventId;
  let rejections = start.rejectionsCopied ? null : source.allRejections();
  for (;;) {
    const batch = source.eventsAfter(after, batchSize);
    if (batch.length === 0 && rejections === null) break;
    const added = await target.copyBatch(storeId, batch, rejections);
    result.events += added.events;
    result.rejections += added.rejections;
    rejections = null;
    after = batch.at(-1)?.id ?? after;
    progress(result.events, total);
    if (batch.length < batchSize) break;
  }
  return result;
}
