import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_KEY, diagnosisSteps, parseSavedDiagnosis, runningAreaScore } from '../../src/lib/excellent-company/progress';
import { excellentCompanySchema, toRuntimeCriteria } from '../../src/lib/excellent-company/schema';

const criteria = toRuntimeCriteria(
  excellentCompanySchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../content/instruments/excellent-company.json'), 'utf8'))),
);
const idsOf = (area: string) => criteria.items.filter((i) => i.area === area).map((i) => i.id);

describe('diagnosis steps', () => {
  it('has industry, 必要項目 and the five common areas, plus area 3 for 製造業等', () => {
    const names = (m: boolean | null) => diagnosisSteps(criteria, m).map((s) => (s.kind === 'area' ? s.areaId : s.kind));
    expect(names(false)).toEqual(['industry', 'required', '1', '2-1', '2-2', '2-3', '2-4']);
    expect(names(null)).toEqual(['industry', 'required', '1', '2-1', '2-2', '2-3', '2-4']);
    expect(names(true)).toEqual(['industry', 'required', '1', '2-1', '2-2', '2-3', '2-4', '3']);
  });
});

describe('running area score', () => {
  it('counts ○ points and answered items, with the 6割 mark rounded up', () => {
    const ids = idsOf('2-1');
    const items = Object.fromEntries(ids.map((id, i) => [id, i < 7 ? true : i < 9 ? false : undefined]));
    expect(runningAreaScore(criteria, '2-1', items)).toEqual({ score: 7, max: 12, needed: 8, answered: 9, count: 12 });
    expect(runningAreaScore(criteria, '2-4', {})).toEqual({ score: 0, max: 2, needed: 2, answered: 0, count: 2 });
    expect(runningAreaScore(criteria, '1', {}).needed).toBe(3);
  });
});

describe('saved diagnosis', () => {
  it('keeps known boolean answers and drops the rest', () => {
    const [r1] = criteria.required;
    const [i1, i2] = criteria.items;
    const raw = JSON.stringify({ version: 1, manufacturing: true, required: { [r1.id]: false, X: true }, items: { [i1.id]: true, [i2.id]: 'yes' } });
    expect(parseSavedDiagnosis(raw, criteria)).toEqual({ version: 1, manufacturing: true, required: { [r1.id]: false }, items: { [i1.id]: true } });
    expect(parseSavedDiagnosis(JSON.stringify({ version: 1, manufacturing: 'yes' }), criteria)).toEqual({
      version: 1,
      manufacturing: null,
      required: {},
      items: {},
    });
    expect(parseSavedDiagnosis('oops', criteria)).toBeNull();
    expect(parseSavedDiagnosis(JSON.stringify({ version: 3 }), criteria)).toBeNull();
    expect(DIAGNOSIS_KEY).toBe('ohp:excellent-company:v1');
  });
});
