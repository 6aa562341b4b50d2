import type { z } from 'astro/zod';
import { topicSchema } from '../guide-schema';
import { kpiTargetSchema } from '../analytics/targets';
import { siteConfigSchema } from '../site-config';
import type { LineProblem, ParsedSource } from './types';
import { lineAt, validate } from './zod-issues';

/**
 * One entry per file (content/topics/<id>.json, content/kpi/targets/<id>.yaml): the file validated with
 * its schema, and its `id` equal to the file name, which keeps ids unique across files. One file per entry
 * is what the editor at /keystatic writes.
 */
export interface EntryFileCheck {
  problems: LineProblem[];
  /** The entry's data when the file could be read (checked or not). */
  data: unknown;
}

function checkEntryFile(name: string, parsed: ParsedSource, schema: z.ZodType, shape: string): EntryFileCheck {
  if (parsed.problems.length > 0 && parsed.data === undefined) return { problems: parsed.problems, data: undefined };
  const problems = [...parsed.problems];
  const { data, tree } = parsed;
  const fallbackLine = tree?.line ?? 1;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { problems: [...problems, { line: fallbackLine, message: shape }], data: undefined };
  problems.push(...validate(schema, data, tree, { fallbackLine }));
  const stem = name.replace(/\.[^.]*$/, '');
  const id = (data as { id?: unknown }).id;
  if (typeof id === 'string' && id !== stem) {
    const extension = name.slice(stem.length);
    problems.push({
      line: lineAt(tree, ['id'], fallbackLine),
      message: `id「${id}」とファイル名「${name}」が違います。ファイル名を ${id}${extension} にするか、id を ${stem} にしてください`,
    });
  }
  return { problems, data };
}

export const checkTopicFile = (name: string, parsed: ParsedSource): EntryFileCheck =>
  checkEntryFile(name, parsed, topicSchema, 'トピックのファイルは { } で囲んだ1件にしてください（例：{ "id": "overwork", "title": "過重労働・長時間労働", "summary": "…", "order": 5 }）');

export const checkKpiTargetFile = (name: string, parsed: ParsedSource): EntryFileCheck =>
  checkEntryFile(name, parsed, kpiTargetSchema, '目標のファイルは「項目名: 値」の並びで1件にしてください（例：id: fy2026-portal-pageviews）');

/** content/site.json: the operator and the policy date shown in the footer and the policy pages. */
export function checkSiteConfig(parsed: ParsedSource): LineProblem[] {
  if (parsed.problems.length > 0 && parsed.data === undefined) return parsed.problems;
  return [...parsed.problems, ...validate(siteConfigSchema, parsed.data, parsed.tree ?? null, { fallbackLine: parsed.tree?.line ?? 1 })];
}
