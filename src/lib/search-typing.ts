/**
 * When to search while someone types. A word committed after a pause (the usual case in Japanese,
 * where the IME commits a whole word at once, or a paste) is searched at once; keystrokes that follow
 * each other quickly wait until the typing pauses for `debounceMs`, so not every letter starts a search.
 */
export const TYPING_DEBOUNCE_MS = 250;

/** Milliseconds to wait before searching for an input made at `now`, the previous one at `previousInputAt`. */
export function typingDelay(now: number, previousInputAt: number | undefined, debounceMs = TYPING_DEBOUNCE_MS): number {
  if (previousInputAt === undefined || now - previousInputAt >= debounceMs) return 0;
  return debounceMs;
}
