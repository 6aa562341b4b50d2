import { readSavedRecord, savedObject } from '../saved-record';
import { isAnswered } from './steps';

/**
 * Progress saved in this browser only (localStorage), when the person opts in. Whatever is read back
 * is checked: unknown items, bad values or a different version are dropped rather than trusted.
 */
export type SavedSex = 'male' | 'female';
export interface SavedProgress {
  version: 1;
  sex: SavedSex | null;
  step: number;
  answers: Record<string, number>;
}

export const PROGRESS_KEY = 'ohp:stress-check:v1';

export function serializeProgress(progress: Omit<SavedProgress, 'version'>): string {
  return JSON.stringify({ version: 1, ...progress });
}

export function parseSavedProgress(raw: string | null, itemIds: readonly string[], stepCount: number): SavedProgress | null {
  const data = readSavedRecord(raw, 1);
  if (!data) return null;
  const { sex, step, answers } = data;
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
  };
}
