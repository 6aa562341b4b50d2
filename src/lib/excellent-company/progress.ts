import { readSavedRecord, savedObject } from '../saved-record';
import type { AnswerMap, EvaluableCriteria } from './evaluate';

/** The steps of the diagnosis: the industry question, the 必要項目, then one step per counted area. */
export type Step = { kind: 'industry' } | { kind: 'required' } | { kind: 'area'; areaId: string };

export function diagnosisSteps(criteria: EvaluableCriteria, manufacturing: boolean | null): Step[] {
  const areas = criteria.areas.filter((a) => manufacturing === true || !a.manufacturingOnly);
  return [{ kind: 'industry' }, { kind: 'required' }, ...areas.map((a) => ({ kind: 'area' as const, areaId: a.id }))];
}

export interface RunningScore {
  score: number;
  max: number;
  needed: number;
  answered: number;
  count: number;
}

/** The score so far in one area (○ answers only), shown while the area is being answered. */
export function runningAreaScore(criteria: EvaluableCriteria, areaId: string, items: AnswerMap): RunningScore {
  const inArea = criteria.items.filter((i) => i.area === areaId);
  const max = inArea.reduce((n, i) => n + i.points, 0);
  const percent = Math.round(criteria.passRules.areaRatio * 100);
  return {
    score: inArea.filter((i) => items[i.id] === true).reduce((n, i) => n + i.points, 0),
    max,
    needed: Math.floor((max * percent + 99) / 100),
    answered: inArea.filter((i) => typeof items[i.id] === 'boolean').length,
    count: inArea.length,
  };
}

/** Saved answers read back from this browser's storage; anything unknown or malformed is dropped. */
export interface SavedDiagnosis {
  version: 1;
  manufacturing: boolean | null;
  required: Record<string, boolean>;
  items: Record<string, boolean>;
  /** Where the person was (the tab's memory only): the step's index, or the result. */
  step: number;
  screen: 'questions' | 'result';
  /** The company name typed for the printout, kept in the tab only. */
  company: string;
}

/** Opt-in "continue later on this device" (localStorage). */
export const DIAGNOSIS_KEY = 'ohp:excellent-company:v1';
/** The tab's own memory (sessionStorage): always on, ends with the tab. */
export const DIAGNOSIS_TAB_KEY = 'ohp:excellent-company:tab:v1';
const MAX_COMPANY_NAME = 100;

export function parseSavedDiagnosis(raw: string | null, criteria: EvaluableCriteria): SavedDiagnosis | null {
  const record = readSavedRecord(raw, 1);
  if (!record) return null;
  const pick = (source: unknown, ids: string[]) => {
    const map = savedObject(source);
    return Object.fromEntries(ids.filter((id) => typeof map[id] === 'boolean').map((id) => [id, map[id] as boolean]));
  };
  const manufacturing = typeof record.manufacturing === 'boolean' ? record.manufacturing : null;
  const stepCount = diagnosisSteps(criteria, manufacturing).length;
  const step = record.step;
  return {
    version: 1,
    manufacturing,
    required: pick(record.required, criteria.required.map((r) => r.id)),
    items: pick(record.items, criteria.items.map((i) => i.id)),
    step: Number.isInteger(step) && (step as number) >= 0 && (step as number) < stepCount ? (step as number) : 0,
    screen: record.screen === 'result' ? 'result' : 'questions',
    company: typeof record.company === 'string' ? record.company.slice(0, MAX_COMPANY_NAME) : '',
  };
}
