declare global {
  interface Window {
    /** Set by src/components/EarlyActions.astro when a button is pressed before its island hydrated. */
    __ohpEarlyAction?: string;
  }
}

/**
 * The action a person asked for before the island became interactive (a tap on 「チェックを始める」 on a
 * slow phone), taken once so the island can carry it out instead of dropping it.
 */
export function takeEarlyAction(): string | undefined {
  const action = window.__ohpEarlyAction;
  delete window.__ohpEarlyAction;
  return action;
}
