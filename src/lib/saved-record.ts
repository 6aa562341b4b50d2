/**
 * Reads back something a tool saved in this browser: JSON of the expected version, as a plain record.
 * Anything else (missing, not JSON, another version, not an object) is null, never trusted.
 */
export function readSavedRecord(raw: string | null, version: number): Record<string, unknown> | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== version) return null;
  return data as Record<string, unknown>;
}

/** A nested object of a saved record, or an empty one when it is missing or not an object. */
export const savedObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
