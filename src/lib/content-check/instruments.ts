import { z } from 'astro/zod';
import { excellentCompanySchema } from '../excellent-company/schema';
import { groupAnalysisNormsSchema } from '../group-analysis/norms-schema';
import { bjsq57Schema } from '../stress-check/schema';
import { parseJson } from './json-source';
import { linkProblems } from './links';
import type { RouteIndex } from './routes';
import type { LineProblem, ParsedSource } from './types';
import { lineAt, validate } from './zod-issues';

/**
 * The self-assessment data in content/instruments/: each file the pages import, with the schema the page
 * parses it with (src/pages/check/*.astro; group-analysis-norms.json is the 判定図's national means and
 * coefficients, read by the 集団分析 page). bjsq57-explanations.json has no schema of its own in the
 * site (the page passes its `scales` straight to the island), so its shape is checked here.
 */

const explanationsSchema = z.strictObject({
  note: z.string({ error: 'note は文字で書いてください（例："note": "結果画面の説明文"）' }).optional(),
  scales: z.record(
    z.string(),
    z
      .string({ error: 'scales の説明は文字で書いてください（例："job_control": "仕事のやり方を自分で決められる度合いです。"）' })
      .min(1, { error: 'scales の説明が空です（例："job_control": "仕事のやり方を自分で決められる度合いです。"）' }),
    { error: 'scales は必須です（例："scales": { "job_control": "仕事のやり方を自分で決められる度合いです。" }）' },
  ),
});

export const INSTRUMENT_FILES = ['bjsq57.json', 'bjsq57-explanations.json', 'excellent-company.json', 'group-analysis-norms.json'] as const;
export type InstrumentFile = (typeof INSTRUMENT_FILES)[number];

const SCHEMAS: Record<InstrumentFile, z.ZodType> = {
  'bjsq57.json': bjsq57Schema,
  'bjsq57-explanations.json': explanationsSchema,
  'excellent-company.json': excellentCompanySchema,
  'group-analysis-norms.json': groupAnalysisNormsSchema,
};

export const isInstrumentFile = (name: string): name is InstrumentFile => (INSTRUMENT_FILES as readonly string[]).includes(name);

/** Problems per file name; `texts` holds every file found in the folder (null text: could not be read). */
export function checkInstruments(texts: ReadonlyMap<string, string | null>, routes: RouteIndex): Map<string, LineProblem[]> {
  const result = new Map<string, LineProblem[]>();
  const parsed = new Map<string, ParsedSource>();
  for (const [name, text] of texts) {
    if (!isInstrumentFile(name)) {
      result.set(name, [{ line: 1, message: `ファイル「${name}」を読み込むページがありません（自己診断のデータは ${INSTRUMENT_FILES.join(', ')} です。新しい自己診断は開発担当に相談してください）` }]);
      continue;
    }
    const source = parseJson(text ?? '');
    parsed.set(name, source);
    const problems = [...source.problems];
    if (source.data !== undefined) problems.push(...validate(SCHEMAS[name], source.data, source.tree, { fallbackLine: 1, withPath: true }));
    result.set(name, problems);
  }
  for (const name of INSTRUMENT_FILES) {
    if (!texts.has(name)) result.set(name, [{ line: 1, message: `ファイル「${name}」がありません（自己診断のページが読み込みます。content/instruments/ に戻してください）` }]);
  }

  // 評価項目 link to the guide that explains them: the guide must exist.
  const criteria = parsed.get('excellent-company.json');
  const items = (criteria?.data as { items?: unknown } | undefined)?.items;
  if (criteria && Array.isArray(items)) {
    const links = items.flatMap((item, i) => {
      const guide = (item as { guide?: unknown } | null)?.guide;
      return typeof guide === 'string' && guide.startsWith('/')
        ? [{ href: guide, line: lineAt(criteria.tree, ['items', i, 'guide'], 1), field: `items[${i}].guide`, fix: 'guide', file: false }]
        : [];
    });
    result.get('excellent-company.json')?.push(...linkProblems(links, routes, []));
  }

  // Every scale of the questionnaire needs its explanation, and every explanation a scale.
  const questionnaire = parsed.get('bjsq57.json')?.data as { scales?: unknown } | undefined;
  const explanations = parsed.get('bjsq57-explanations.json');
  const explained = (explanations?.data as { scales?: unknown } | undefined)?.scales;
  if (explanations && Array.isArray(questionnaire?.scales) && explained && typeof explained === 'object') {
    const ids = questionnaire.scales.map((s) => (s as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
    const problems = result.get('bjsq57-explanations.json') ?? [];
    const scalesLine = lineAt(explanations.tree, ['scales'], 1);
    for (const id of ids) {
      if (!Object.hasOwn(explained, id)) problems.push({ line: scalesLine, message: `scales に尺度「${id}」の説明がありません（例："${id}": "…の度合いです。"）` });
    }
    for (const id of Object.keys(explained)) {
      if (!ids.includes(id)) {
        problems.push({ line: lineAt(explanations.tree, ['scales', id], scalesLine), message: `scales の「${id}」という尺度は bjsq57.json にありません（尺度の id：${ids.join(', ')}）` });
      }
    }
  }
  return result;
}
