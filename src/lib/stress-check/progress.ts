import { readSavedRecord, savedObject } from '../saved-record';
import { isAnswered } from './steps';

/**
 * Progress saved in this browser only (localStorage), when the person opts in. Whatever is read back
 * is checked: unknown items, bad values or a different version are dropped rather than trusted.
 */
export type SavedSex = 'male' | 'female';
/** Which screen the person was on: the tab's memory brings them back to it. */
export type SavedScreen = 'start' | 'questions' | 'result';
export interface SavedProgress {
  version: 1;
  sex: SavedSex | null;
  step: number;
  answers: Record<string, number>;
  screen: SavedScreen;
}

/** Opt-in "continue later on this device" (localStorage). */
export const PROGRESS_KEY = 'ohp:stress-check:v1';
/** The tab's own memory (sessionStorage): always on, ends with the tab. */
export const TAB_KEY = 'ohp:stress-check:tab:v1';

export function serializeProgress(progress: Omit<SavedProgress, 'version' | 'screen'> & { screen?: SavedScreen }): string {
  return JSON.stringify({ version: 1, ...progress });
}

export function parseSavedProgress(raw: string | null, itemIds: readonly string[], stepCount: number): SavedProgress | null {
  const data = readSavedRecord(raw, 1);
  if (!data) return null;
  const { sex, step, answers, screen } = data;
  const source = savedObject(answers);
  const clean: Record<string, number> = {};
  for (const id of itemIds) {
    const value = source[id];
    if (typeof value === 'number' && isAnswered({ [id]: value }, id)) clean[id] = value;
  }
  return {
    version: 1,
    sex: sex === 'male' || sex === 'female' ? sex : null,
    step: Number.isInteger(step) && (step as number) >= 0 && (step as number) < stepCount ? (step as number) : 0,
    answers: clean,
    screen: screen === 'questions' || screen === 'result' ? screen : 'start',
  };
}
