import { GROUP_COLUMN, SEX_COLUMN } from './columns';
import { syntheticRows, toCsvText, type SyntheticGroup } from './synthetic';

/**
 * The two files offered on the page (public/materials/, written by src/scripts/make-group-analysis-samples.mjs):
 * the template (header only) and a synthetic sample with five groups of different sizes (one under 10),
 * both sexes in both spellings, two short-form answers, an empty line and five rows with mistakes.
 */

export interface QuestionnaireColumns {
  items: readonly string[];
  shortItems: readonly string[];
  reverseItems: readonly string[];
}

export const SAMPLE_GROUPS: readonly SyntheticGroup[] = [
  { name: '営業部', male: 12, female: 6, demand: 0.6, control: 0.3, support: 0.2, reaction: 0.4 },
  { name: '製造部', male: 20, female: 5, demand: 0.2, control: 0.5, support: 0.1, reaction: 0.1 },
  { name: '総務部', male: 4, female: 7, demand: -0.4, control: -0.3, support: -0.4, reaction: -0.3 },
  { name: '開発部', male: 9, female: 5, demand: 0.4, control: -0.5, support: -0.2, reaction: 0.2, shortOnly: 2 },
  { name: '経理課', male: 2, female: 4, demand: 0.1, control: 0, support: 0.5, reaction: 0.3 },
];

export const templateCsv = (q: QuestionnaireColumns): string => toCsvText([[GROUP_COLUMN, SEX_COLUMN, ...q.items]]);

export function sampleRows(q: QuestionnaireColumns): string[][] {
  const header = [GROUP_COLUMN, SEX_COLUMN, ...q.items];
  const good = syntheticRows({ ...q, groups: SAMPLE_GROUPS, seed: 20261130 });
  // Five more people, each row then spoiled in one way a real file goes wrong.
  const spare = syntheticRows({ ...q, groups: [{ name: '営業部', male: 3, female: 2, demand: 0, control: 0, support: 0, reaction: 0 }], seed: 7 });
  const set = (row: string[], column: string, value: string) => row.map((v, i) => (i === header.indexOf(column) ? value : v));
  const bad = [
    set(spare[0], 'B12', '5'), // out of range
    set(set(spare[1], GROUP_COLUMN, '製造部'), SEX_COLUMN, 'M'), // not a sex the file may use
    set(spare[2], GROUP_COLUMN, ''), // no group
    set(set(spare[3], GROUP_COLUMN, '総務部'), 'A2', ''), // an item of the 判定図 left blank
    set(set(spare[4], GROUP_COLUMN, '開発部'), 'C4', 'a'), // not a number
  ];
  // The bad rows spread through the file, and one empty line in the middle.
  const badBefore = new Map([
    [3, bad[0]],
    [20, bad[1]],
    [40, bad[2]],
    [55, bad[3]],
    [70, bad[4]],
  ]);
  const rows: string[][] = [header];
  good.forEach((row, i) => {
    const spoiled = badBefore.get(i);
    if (spoiled) rows.push(spoiled);
    if (i === 30) rows.push([]);
    rows.push(row);
  });
  return rows;
}

export const sampleCsv = (q: QuestionnaireColumns): string => toCsvText(sampleRows(q));
