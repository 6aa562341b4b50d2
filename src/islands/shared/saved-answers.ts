/**
 * Opt-in saving of answers in this browser only. localStorage may be missing or blocked (private modes,
 * policies); the tools then work without saving instead of failing.
 */
export function savedAnswers(key: string) {
  return {
    read(): string | null {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    write(value: string): void {
      try {
        localStorage.setItem(key, value);
      } catch {
        /* saving is optional */
      }
    },
    remove(): void {
      try {
        localStorage.removeItem(key);
      } catch {
        /* nothing was saved */
      }
    },
  };
}
