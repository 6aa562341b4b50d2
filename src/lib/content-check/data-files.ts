import type { z } from 'astro/zod';
import { topicSchema } from '../guide-schema';
import { kpiTargetSchema } from '../analytics/targets';
import { siteConfigSchema } from '../site-config';
import type { LineProblem, ParsedSource } from './types';
import { lineAt, validate } from './zod-issues';

/** A list file (topics.json, targets.yaml): each entry validated on its own, ids unique across entries. */
export interface ListCheck {
  problems: LineProblem[];
  count: number;
  /** The valid-looking ids, in order. */
  ids: string[];
}

function checkList(parsed: ParsedSource, schema: z.ZodType, notList: string): ListCheck {
  if (parsed.problems.length > 0 && parsed.data === undefined) return { problems: parsed.problems, count: 0, ids: [] };
  const problems = [...parsed.problems];
  const { data, tree } = parsed;
  if (data === null || data === undefined) return { problems, count: 0, ids: [] };
  if (!Array.isArray(data)) return { problems: [...problems, { line: tree?.line ?? 1, message: notList }], count: 0, ids: [] };
  const ids: string[] = [];
  const firstLine = new Map<string, number>();
  data.forEach((entry, i) => {
    const itemTree = tree?.items?.[i] ?? null;
    problems.push(...validate(schema, entry, itemTree, { fallbackLine: itemTree?.line ?? tree?.line ?? 1 }));
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const line = lineAt(itemTree, ['id'], itemTree?.line ?? 1);
    const first = firstLine.get(id);
    if (first !== undefined) problems.push({ line, message: `id「${id}」が重複しています（${first} 行目と同じです）。別の id にしてください` });
    else firstLine.set(id, line);
    if (/^[a-z0-9-]+$/.test(id) && !ids.includes(id)) ids.push(id);
  });
  return { problems, count: data.length, ids };
}

export const checkTopics = (parsed: ParsedSource): ListCheck =>
  checkList(parsed, topicSchema, 'topics.json は [ ] で囲んだ一覧にしてください（例：[{ "id": "overwork", "title": "過重労働・長時間労働", "summary": "…", "order": 5 }]）');

export const checkKpiTargets = (parsed: ParsedSource): ListCheck =>
  checkList(parsed, kpiTargetSchema, 'targets.yaml は「- id: …」で始まる目標の並びにしてください（例：- id: fy2026-portal-pageviews）');

/** content/site.json: the operator and the policy date shown in the footer and the policy pages. */
export function checkSiteConfig(parsed: ParsedSource): LineProblem[] {
  if (parsed.problems.length > 0 && parsed.data === undefined) return parsed.problems;
  return [...parsed.problems, ...validate(siteConfigSchema, parsed.data, parsed.tree ?? null, { fallbackLine: parsed.tree?.line ?? 1 })];
}
