import { createHash, randomBytes } from 'node:crypto';

/**
 * Visitors are counted with a hash of (daily secret salt + IP + user agent). The salt is random,
 * lives for one JST day and is then deleted, so a hash cannot be linked across days or reversed
 * to an address. Neither the IP nor the user agent is stored.
 */
export function visitorHash(salt: Buffer, ip: string, userAgent: string): string {
  return createHash('sha256').update(salt).update('\u0000').update(ip).update('\u0000').update(userAgent).digest('hex').slice(0, 32);
}

export interface SaltStore {
  /** The salt for `day`, if one exists. */
  get(day: string): Buffer | undefined;
  /** Stores the salt for `day` and deletes every other day's salt. */
  replace(day: string, salt: Buffer): void;
}

/** Returns today's salt, creating it (and deleting older ones) at the first event of a new day. */
export function saltForDay(store: SaltStore, day: string, random: () => Buffer = () => randomBytes(32)): Buffer {
  const existing = store.get(day);
  if (existing) return existing;
  const salt = random();
  store.replace(day, salt);
  return salt;
}
