/**
 * Answers kept in this browser only. Two places:
 * - `sessionStorage` (always): the tab's own memory, so a link, Back or a reload never loses what
 *   the person answered; it ends with the tab and nothing is sent anywhere.
 * - `localStorage` (opt-in, with a delete button): to continue later on this device.
 * Storage may be missing or blocked (private modes, policies); the tools then work without it.
 */
export function savedAnswers(key: string, area: 'localStorage' | 'sessionStorage' = 'localStorage') {
  const store = () => globalThis[area];
  return {
    read(): string | null {
      try {
        return store().getItem(key);
      } catch {
        return null;
      }
    },
    write(value: string): void {
      try {
        store().setItem(key, value);
      } catch {
        /* keeping answers is a convenience, never a requirement */
      }
    },
    remove(): void {
      try {
        store().removeItem(key);
      } catch {
        /* nothing was kept */
      }
    },
  };
}
