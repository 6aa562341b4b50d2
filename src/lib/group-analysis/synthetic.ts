/**
 * Synthetic answer files (no real person behind any row): the sample on the page, and the large files of
 * the benchmark. Seeded, so the same call always writes the same file. Each group leans towards more or
 * less stress on four sides (demand, control, support, reaction); each person varies around it.
 */

export interface SyntheticGroup {
  name: string;
  male: number;
  female: number;
  /** Lean of the group, about −1 (little stress) … +1 (much): */
  demand: number;
  control: number;
  support: number;
  reaction: number;
  /** How many of its people (the last ones) answer only the 23 items of the short form. */
  shortOnly?: number;
}

export interface SyntheticSpec {
  /** Item ids in questionnaire order (A1 … D2). */
  items: readonly string[];
  /** The 23 short-form items. */
  shortItems: readonly string[];
  /** Items whose stressful answer is 1 (the 合計点数 reverse items); for the others it is 4. */
  reverseItems: readonly string[];
  groups: readonly SyntheticGroup[];
  seed: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Side = 'demand' | 'control' | 'support' | 'reaction';

/** Where a person with no lean answers, in steps towards stress (0–3): most people report few symptoms. */
const CENTRE: Record<Side, number> = { demand: 1.5, control: 1.4, support: 1.3, reaction: 0.6 };

/** Which side of the model an item belongs to (stress-check.md §2.2). */
function sideOf(id: string): Side {
  const section = id[0];
  const no = Number(id.slice(1));
  if (section === 'A') return [8, 9, 10, 11, 14, 16, 17].includes(no) ? 'control' : 'demand';
  if (section === 'C') return 'support';
  return 'reaction';
}

/** Rows of cells: 集団, 性別, then one answer per item ('' where a short-form person skips it). */
export function syntheticRows(spec: SyntheticSpec): string[][] {
  const random = randomSource(spec.seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const reverse = new Set(spec.reverseItems);
  const short = new Set(spec.shortItems);
  const sides = spec.items.map(sideOf);
  const rows: string[][] = [];
  for (const group of spec.groups) {
    const size = group.male + group.female;
    for (let p = 0; p < size; p++) {
      const male = p < group.male;
      // Both spellings appear in the sample, as files from different people would have them.
      const sex = male ? (p % 4 === 3 ? '男' : '男性') : p % 4 === 3 ? '女' : '女性';
      const shortOnly = p >= size - (group.shortOnly ?? 0);
      const person = normal() * 0.5;
      const lean: Record<Side, number> = {
        demand: group.demand + person + normal() * 0.4,
        control: group.control + person + normal() * 0.4,
        support: group.support + person + normal() * 0.4,
        reaction: group.reaction + person + normal() * 0.4,
      };
      const answers = spec.items.map((id, i) => {
        if (shortOnly && !short.has(id)) return '';
        const k = Math.min(3, Math.max(0, Math.round(CENTRE[sides[i]] + lean[sides[i]] + normal() * 0.7)));
        return String(reverse.has(id) ? 4 - k : 1 + k);
      });
      rows.push([group.name, sex, ...answers]);
    }
  }
  return rows;
}

/** CSV text as Excel's 「CSV UTF-8」 writes it: BOM, CRLF; quotes only where needed. */
export function toCsvText(rows: readonly (readonly string[])[], { bom = true } = {}): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${bom ? '\uFEFF' : ''}${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}
