import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axisFor, project, spreadLabels } from '../../src/lib/group-analysis/chart-geometry';
import { formatMean, formatRate, formatRisk } from '../../src/lib/group-analysis/format';
import { disputeLine, normsNote } from '../../src/lib/group-analysis/method';
import { groupAnalysisNormsSchema, type GroupAnalysisNorms } from '../../src/lib/group-analysis/norms-schema';
import { TAB_KEY, parseSaved, serializeSaved } from '../../src/lib/group-analysis/saved-analysis';

const raw = JSON.parse(readFileSync(new URL('../../content/instruments/group-analysis-norms.json', import.meta.url), 'utf8')) as GroupAnalysisNorms;
const messages = (data: unknown) => {
  const r = groupAnalysisNormsSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
};

describe('group-analysis-norms.json', () => {
  it('passes its schema, keeps provenance and the disputed values visible', () => {
    expect(messages(raw)).toEqual([]);
    expect(raw.disputes.map(disputeLine)).toEqual([
      '男性・上司の支援の全国平均：7.5 を使用（ほかに 7.6：2つの公開実装）',
      '男性・仕事のコントロールの全国平均：7.9 を使用（ほかに 8.0：古い計算式の1つ）',
    ]);
    expect(normsNote(raw.disputes)).toContain('参考値');
    expect(raw.sources.length).toBeGreaterThanOrEqual(2);
  });
  it('a dispute whose adopted value is not the one used is refused', () => {
    const changed = structuredClone(raw);
    changed.constants.male.boss.mean = 7.6;
    expect(messages(changed)).toEqual(['disputes.0.adopted 男性・上司の支援の全国平均の adopted（7.5）が constants の値（7.6）と違います']);
  });
  it('a wrong coefficient is caught by the self-checks', () => {
    const changed = structuredClone(raw);
    changed.constants.female.quant.coefficient = 0.08;
    expect(messages(changed)).toEqual(['selfChecks.3.expected.riskA selfChecks[3] の riskA は 111 のはずですが、今の定数で計算すると 115 になります', 'selfChecks.3.expected.total selfChecks[3] の total は 111 のはずですが、今の定数で計算すると 115 になります']);
  });
  it('a missing scale is named in Japanese', () => {
    const changed = structuredClone(raw) as unknown as { constants: { female: Record<string, unknown> } };
    delete changed.constants.female.coworker;
    expect(messages(changed)).toEqual(['constants.female.coworker 女性・同僚の支援は { "mean": 8.7, "coefficient": 0.076 } の形で書いてください']);
  });
});

describe('numbers as shown', () => {
  it('means to one decimal, rates in percent, risks as whole numbers', () => {
    expect([formatMean(7.25), formatMean(8), formatRate(1, 3), formatRate(0, 0), formatRisk(117.94), formatRisk(120.5)]).toEqual(['7.3', '8.0', '33.3%', null, '118', '121']);
  });
});

describe('chart geometry', () => {
  it('axes: whole numbers around the values, within 3–12, at least 4 wide', () => {
    expect(axisFor([7.2, 8.7])).toEqual({ min: 6, max: 10, ticks: [6, 7, 8, 9, 10] });
    expect(axisFor([3.1, 11.8])).toEqual({ min: 3, max: 12, ticks: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
    expect(axisFor([11.9])).toEqual({ min: 8, max: 12, ticks: [8, 9, 10, 11, 12] });
    expect(axisFor([3.2])).toEqual({ min: 3, max: 7, ticks: [3, 4, 5, 6, 7] });
    expect(axisFor([])).toMatchObject({ min: 3, max: 12 });
  });
  it('projects values onto pixels, y upwards', () => {
    const axis = axisFor([6, 10]);
    expect(axis).toMatchObject({ min: 5, max: 11 });
    expect([project(5, axis, 0, 600), project(8, axis, 0, 600), project(11, axis, 400, 100)]).toEqual([0, 300, 100]);
  });
  it('labels are pushed apart but stay in the plot, in the order given', () => {
    expect(spreadLabels([100, 105, 300], 18, 40, 400)).toEqual([100, 118, 300]);
    expect(spreadLabels([395, 398, 50], 18, 40, 400)).toEqual([382, 400, 50]);
  });
});

describe('the tab memory of the last analysis', () => {
  const saved = {
    analysedAt: '2026-11-30T01:00:00.000Z',
    fileName: 'a.csv',
    revealed: ['経理課'],
    report: {
      summary: { encoding: 'utf-8', separator: 'comma', form: '57', rows: 1, used: 1, excluded: 0, shortOnly: 0, ignoredColumns: [], missingFor57: [], skippedAbove: 0, unreadable: 0, unclosedQuoteLine: null },
      errors: [],
      errorCount: 0,
      notes: [],
      noteCount: 0,
    },
    analysis: {
      groups: [
        {
          name: '経理課',
          people: 1,
          male: 1,
          female: 0,
          judged: 1,
          highStress: { sum: 0, conversion: 0 },
          means: { quant: 9, control: 7, boss: 7, coworker: 8 },
          risk: { a: 100, b: 100, total: 100 },
          bySex: {},
          small: true,
        },
      ],
    },
  } as const;
  const whole = { ...saved.analysis.groups[0], name: '全体' };
  const full = { ...saved, analysis: { groups: saved.analysis.groups, whole } } as unknown as Parameters<typeof serializeSaved>[0];

  it('reads back what it wrote, under a key of its own', () => {
    expect(TAB_KEY).toBe('ohp:group-analysis:tab:v1');
    expect(parseSaved(serializeSaved(full))).toEqual({ version: 1, ...full });
  });
  it('drops anything odd instead of trusting it', () => {
    const text = serializeSaved(full);
    expect(parseSaved(null)).toBeNull();
    expect(parseSaved('not json')).toBeNull();
    expect(parseSaved(text.replace('"version":1', '"version":2'))).toBeNull();
    expect(parseSaved(text.replace('"people":1', '"people":"1"'))).toBeNull();
    expect(parseSaved(text.replace('"revealed":["経理課"]', '"revealed":[1]'))).toBeNull();
    expect(parseSaved(text.replace('"analysedAt":"2026-11-30T01:00:00.000Z"', '"analysedAt":"yesterday"'))).toBeNull();
  });
});
