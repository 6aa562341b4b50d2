import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Visitors are counted with a hash of (daily secret salt + IP + user agent). The salt is random,
 * lives for one JST day in this process's memory only and is then dropped, so a hash cannot be
 * linked across days, and the database alone (without the salt) cannot tell whose rows are whose.
 * Neither the IP nor the user agent is stored.
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

/**
 * Today's salt in memory, never on disk: a copy of the database file cannot be used to re-identify
 * anyone. A restart starts a new salt, so a visitor seen before and after it counts twice that day.
 */
export class MemorySaltStore implements SaltStore {
  private current: { day: string; salt: Buffer } | undefined;

  get(day: string): Buffer | undefined {
    return this.current?.day === day ? this.current.salt : undefined;
  }

  replace(day: string, salt: Buffer): void {
    this.current?.salt.fill(0);
    this.current = { day, salt };
  }
}

/** The shortest ANALYTICS_SALT_SECRET accepted: about 190 bits of randomness in base64. */
export const MIN_SECRET_LENGTH = 32;

/**
 * For several collector processes: each day's salt is derived from a secret that every process gets
 * from its environment (HMAC-SHA256 of the day), so they all hash a visitor alike. The secret and the
 * salts are never written anywhere; a copy of the database without the secret cannot be re-identified.
 * Whoever holds both the secret and the database could test a guessed address against any day, so the
 * secret is kept like a password and changed when someone who knew it leaves.
 */
export class SecretSaltStore implements SaltStore {
  private current: { day: string; salt: Buffer } | undefined;

  constructor(private readonly secret: string) {
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new Error(`ANALYTICS_SALT_SECRET は ${MIN_SECRET_LENGTH} 文字以上にしてください（例：openssl rand -base64 32）`);
    }
  }

  get(day: string): Buffer {
    if (this.current?.day !== day) {
      this.current?.salt.fill(0);
      this.current = { day, salt: createHmac('sha256', this.secret).update(`visitor-salt\u0000${day}`).digest() };
    }
    return this.current.salt;
  }

  /** Nothing to keep: the salt of any day can be derived again. */
  replace(): void {}
}
