import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * HTTP Basic auth for the staff dashboard: any user name, the password from the environment.
 * Both sides are hashed to equal length and compared in constant time.
 */
export function passwordMatches(authorization: string | null, password: string): boolean {
  if (!authorization || !/^basic /i.test(authorization)) return false; // the scheme name is case-insensitive
  let decoded: string;
  try {
    decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  return timingSafeEqual(digest(decoded.slice(colon + 1)), digest(password));
}
