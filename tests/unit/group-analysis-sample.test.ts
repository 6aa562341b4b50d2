import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupAnalysisNormsSchema, toRuntimeNorms } from '../../src/lib/group-analysis/norms-schema';
import { analyseCsvBytes } from '../../src/lib/group-analysis/pipeline';
import { sampleCsv, templateCsv } from '../../src/lib/group-analysis/sample';
import { itemLayout } from '../../src/lib/group-analysis/short-form';
import { bjsq57Schema, toRuntimeInstrument } from '../../src/lib/stress-check/schema';
import { scoreBjsq57 } from '../../src/lib/stress-check/score';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root));
const questionnaire = JSON.parse(read('content/instruments/bjsq57.json').toString('utf8'));
const instrument = toRuntimeInstrument(bjsq57Schema.parse(questionnaire));
const layout = itemLayout(questionnaire, instrument);
const normsFile = groupAnalysisNormsSchema.parse(JSON.parse(read('content/instruments/group-analysis-norms.json').toString('utf8')));
const norms = toRuntimeNorms(normsFile);
const columns = { items: layout.all, shortItems: questionnaire.shortVersion23.items, reverseItems: questionnaire.criteria.simpleSum57.reverseItems };
const sampleBytes = read('public/materials/group-analysis-sample.csv');

describe('the files offered on the page', () => {
  it('are current: the committed files are what the script writes (node src/scripts/make-group-analysis-samples.mjs)', () => {
    expect(read('public/materials/group-analysis-template.csv').toString('utf8')).toBe(templateCsv(columns));
    expect(sampleBytes.toString('utf8')).toBe(sampleCsv(columns));
  });
});

// The sample's results, worked out here a second way: straight from the CSV cells with the formulas of
// group-analysis.md §2 written out, and the stress check's own engine per person. The expected numbers
// below were checked against this and are what the page must show (tests/e2e/group-analysis.spec.ts).
describe('the sample file', () => {
  const outcome = analyseCsvBytes(new Uint8Array(sampleBytes), { instrument, layout, norms });
  if (outcome.kind !== 'analysed') throw new Error('the sample must be analysed');
  const { analysis, report } = outcome;

  it('reads 79 rows: 74 analysed, 5 with errors, 2 short-form answers', () => {
    expect(report.summary).toMatchObject({ encoding: 'utf-8', form: '57', rows: 79, used: 74, excluded: 5, shortOnly: 2 });
    expect(report.errors.map((e) => e.message)).toEqual([
      '5行目 B12：1〜4の数字にしてください（「5」と書かれています）',
      '23行目 性別：「男性」か「女性」（「男」「女」も可）にしてください（「M」と書かれています）',
      '45行目 集団：空欄です（部署名などの集団の名前を入れてください）',
      '61行目 A2：空欄です（1〜4の数字を入れてください）',
      '77行目 C4：1〜4の数字にしてください（「a」と書かれています）',
    ]);
    expect(report.notes.map((n) => n.line)).toEqual([73, 74]);
  });

  it('gives these results per group (hidden or not, the analysis itself covers every group)', () => {
    const table = [...analysis.groups, analysis.whole].map((g) => [
      g.name,
      g.people,
      g.male,
      g.female,
      g.judged,
      g.highStress.conversion,
      g.highStress.sum,
      Math.round(g.risk.a),
      Math.round(g.risk.b),
      Math.round(g.risk.total),
      g.small,
    ]);
    expect(table).toEqual([
      ['営業部', 18, 12, 6, 18, 3, 2, 108, 101, 109, false],
      ['製造部', 25, 20, 5, 25, 4, 4, 105, 109, 114, false],
      ['総務部', 11, 4, 7, 11, 1, 1, 84, 68, 57, false],
      ['開発部', 14, 9, 5, 12, 4, 4, 94, 88, 83, false],
      ['経理課', 6, 2, 4, 6, 2, 2, 112, 135, 153, true],
      ['全体', 74, 47, 27, 72, 14, 13, 101, 97, 98, false],
    ]);
  });

  it('agrees with an independent computation from the CSV cells', () => {
    const lines = sampleBytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
    const header = lines[0].split(',');
    const at = (cells: string[], id: string) => Number(cells[header.indexOf(id)]);
    const scale = (cells: string[], ids: string[]) => 15 - ids.reduce((n, id) => n + at(cells, id), 0);
    const bad = new Set([5, 23, 45, 61, 77]);
    const people = lines
      .map((text, i) => ({ line: i + 1, cells: text.split(',') }))
      .filter(({ line, cells }) => line > 1 && cells.length > 1 && !bad.has(line))
      .map(({ cells }) => {
        const sex = cells[1].startsWith('男') ? ('male' as const) : ('female' as const);
        const full = layout.all.every((id) => cells[header.indexOf(id)] !== '');
        const verdict = full ? scoreBjsq57(instrument, Object.fromEntries(layout.all.map((id) => [id, at(cells, id)])), sex) : null;
        return {
          group: cells[0],
          sex,
          quant: scale(cells, ['A1', 'A2', 'A3']),
          control: scale(cells, ['A8', 'A9', 'A10']),
          boss: scale(cells, ['C1', 'C4', 'C7']),
          coworker: scale(cells, ['C2', 'C5', 'C8']),
          sum: verdict?.sum.highStress ?? false,
          conversion: verdict?.conversion.highStress ?? false,
        };
      });
    expect(people).toHaveLength(74);
    const constants = normsFile.constants;
    for (const g of [...analysis.groups, analysis.whole]) {
      const members = people.filter((p) => g.name === '全体' || p.group === g.name);
      const mean = (list: typeof members, key: 'quant' | 'control' | 'boss' | 'coworker') => list.reduce((n, p) => n + p[key], 0) / list.length;
      expect(g.means.quant).toBeCloseTo(mean(members, 'quant'), 10);
      expect(g.means.coworker).toBeCloseTo(mean(members, 'coworker'), 10);
      expect(g.highStress.sum).toBe(members.filter((p) => p.sum).length);
      expect(g.highStress.conversion).toBe(members.filter((p) => p.conversion).length);
      // 健康リスク per sex with that sex's constants, then weighted by headcount.
      let a = 0;
      let b = 0;
      let total = 0;
      for (const sex of ['male', 'female'] as const) {
        const list = members.filter((p) => p.sex === sex);
        if (list.length === 0) continue;
        const c = constants[sex];
        const ea = (mean(list, 'quant') - c.quant.mean) * c.quant.coefficient + (mean(list, 'control') - c.control.mean) * c.control.coefficient;
        const eb = (mean(list, 'boss') - c.boss.mean) * c.boss.coefficient + (mean(list, 'coworker') - c.coworker.mean) * c.coworker.coefficient;
        a += list.length * 100 * Math.exp(ea);
        b += list.length * 100 * Math.exp(eb);
        total += list.length * 100 * Math.exp(ea + eb);
      }
      expect(g.risk.a).toBeCloseTo(a / members.length, 10);
      expect(g.risk.b).toBeCloseTo(b / members.length, 10);
      expect(g.risk.total).toBeCloseTo(total / members.length, 10);
    }
  });
});
