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
    const where = { step: 0, screen: 'questions', company: '' };
    expect(parseSavedDiagnosis(raw, criteria)).toEqual({ version: 1, manufacturing: true, required: { [r1.id]: false }, items: { [i1.id]: true }, ...where });
    expect(parseSavedDiagnosis(JSON.stringify({ version: 1, manufacturing: 'yes' }), criteria)).toEqual({
      version: 1,
      manufacturing: null,
      required: {},
      items: {},
      ...where,
    });
    expect(parseSavedDiagnosis('oops', criteria)).toBeNull();
    expect(parseSavedDiagnosis(JSON.stringify({ version: 3 }), criteria)).toBeNull();
    expect(DIAGNOSIS_KEY).toBe('ohp:excellent-company:v1');
  });

  it('keeps where the person was in the tab: a step that exists, the result, a company name', () => {
    const kept = (record: object) => parseSavedDiagnosis(JSON.stringify({ version: 1, manufacturing: true, ...record }), criteria);
    // 製造業等: industry, 必要項目 and six areas = 8 steps (0–7).
    expect(kept({ step: 7, screen: 'result', company: '株式会社テスト' })).toMatchObject({ step: 7, screen: 'result', company: '株式会社テスト' });
    expect(kept({ step: 8 })).toMatchObject({ step: 0, screen: 'questions' });
    expect(parseSavedDiagnosis(JSON.stringify({ version: 1, manufacturing: false, step: 7 }), criteria)).toMatchObject({ step: 0 });
    expect(kept({ step: 1.5, screen: 'done', company: 42 })).toMatchObject({ step: 0, screen: 'questions', company: '' });
    expect(kept({ company: 'あ'.repeat(150) })?.company).toHaveLength(100);
  });
});
