import type { z } from 'astro/zod';
import { named, requiredMessage, unknownKeyMessage } from '../content-messages';
import type { LineProblem, SourceNode } from './types';

/**
 * zod issues → problems at lines. The schemas' own messages are used as they are (they are Japanese and
 * start with the field); unknown keys get one line per key at the key's line, with the keys that are
 * allowed; any English message a schema did not replace is put into Japanese by its issue code.
 */

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

export interface IssueOptions {
  /** Line when the value has no source position (an empty file). */
  fallbackLine: number;
  /** Start each message with the issue's path (`scales[2].formula …`): for data whose messages do not name the field. */
  withPath?: boolean;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The line of the value at `path`; for a key that is absent, the line of the object that should hold it. */
export function lineAt(tree: SourceNode | null, path: Path, fallback: number): number {
  let node = tree;
  let line = tree?.line ?? fallback;
  for (const segment of path) {
    const item = typeof segment === 'number' ? node?.items?.[segment] : undefined;
    const entry = item ? undefined : node?.entries?.get(String(segment));
    if (item) {
      node = item;
      line = item.line;
    } else if (entry) {
      node = entry.node;
      line = entry.keyLine;
    } else break;
  }
  return line;
}

/** `scales[2].formula`, without the entry index of a list file (`[3].metric` → `metric`). */
export function pathLabel(path: Path): string {
  const start = path.findIndex((p) => typeof p !== 'number');
  if (start < 0) return '';
  return path
    .slice(start)
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** The keys the object schema at `path` allows, looking through optional, default, pipe and union wrappers. */
export function allowedKeysAt(schema: z.ZodType, path: Path, data: unknown): string[] {
  let current: unknown = schema;
  let value = data;
  for (const segment of path) {
    const def = defOf(unwrap(current, value));
    if (def?.type === 'object' && def.shape) current = def.shape[String(segment)];
    else if (def?.type === 'array') current = def.element;
    else if (def?.type === 'record') current = def.valueType;
    else if (def?.type === 'tuple' && typeof segment === 'number') current = def.items?.[segment];
    else return [];
    value = isRecord(value) ? value[String(segment)] : undefined;
  }
  const def = defOf(unwrap(current, value));
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
  items?: unknown[];
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
  discriminator?: string;
  values?: unknown[];
  getter?: () => unknown;
}

const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function unwrap(schema: unknown, value: unknown): unknown {
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(schema);
    if (!def) return schema;
    if (def.innerType) schema = def.innerType;
    else if (def.type === 'pipe') schema = def.in;
    else if (def.type === 'lazy' && def.getter) schema = def.getter();
    else if (def.type === 'union' && def.options) schema = pickOption(def, value);
    else return schema;
  }
  return schema;
}

/** The union member meant by the value: by the discriminator when there is one, else the first object. */
function pickOption(def: Def, value: unknown): unknown {
  const options = def.options ?? [];
  if (def.discriminator && isRecord(value)) {
    const key = def.discriminator;
    const match = options.find((o) => defOf(defOf(unwrap(o, value))?.shape?.[key])?.values?.includes(value[key]));
    if (match) return match;
  }
  return options.find((o) => defOf(unwrap(o, value))?.type === 'object') ?? options[0];
}

const EXPECTED: Record<string, string> = {
  string: '文字',
  number: '数値',
  int: '整数',
  boolean: '「true」か「false」',
  array: '[ ] で囲んだ一覧',
  object: '「項目名: 値」の組',
  date: 'YYYY-MM-DD の日付',
};

/** The value at `path` in the data that was validated (zod's final issues leave the input out). */
function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) value = isRecord(value) ? value[String(segment)] : undefined;
  return value;
}

/** Japanese for a zod message that is still English (a schema without its own message). */
function translate(issue: Issue, field: string, input: unknown, json: boolean): string {
  const key = field.split('.').at(-1)?.replace(/\[\d+\]$/, '') ?? field;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined || input === null) return requiredMessage(field, json ? `"${key}": …` : `${key}: …`);
      return `${named(field, input)}は${EXPECTED[issue.expected] ?? issue.expected}にしてください`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      const unit = issue.origin === 'string' ? `${limit}文字` : issue.origin === 'array' ? `${limit}件` : limit;
      const side = issue.inclusive === false ? (small ? 'より大きく' : 'より小さく') : small ? '以上に' : '以下に';
      return `${named(field, input)}は${unit}${side}してください`;
    }
    case 'invalid_value':
      return `${named(field, input)}は使えません（${issue.values.map(String).join(' / ')} のどれか）`;
    case 'invalid_format':
      return `${named(field, input)}の書き方が正しくありません${issue.format === 'url' ? '（例：https://www.mhlw.go.jp/）' : ''}`;
    default:
      return `${named(field, input)}の値が正しくありません`;
  }
}

export function issueProblems(issues: readonly Issue[], tree: SourceNode | null, schema: z.ZodType, data: unknown, options: IssueOptions): LineProblem[] {
  const problems: LineProblem[] = [];
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, path, data);
      const where = options.withPath ? pathLabel(path) : path.filter((p) => typeof p === 'string').join(' の ');
      for (const key of issue.keys) {
        problems.push({ line: lineAt(tree, [...path, key], options.fallbackLine), message: unknownKeyMessage(key, allowed, where) });
      }
      continue;
    }
    const label = pathLabel(path);
    const own = JAPANESE.test(issue.message) ? issue.message : translate(issue, label || '値', valueAt(data, path), Boolean(options.withPath));
    const message = options.withPath && label && !own.startsWith(label) ? `${label} ${own}` : own;
    problems.push({ line: lineAt(tree, path, options.fallbackLine), message });
  }
  return problems;
}

/** Validates `data` and turns every issue into a problem at its line; none when it is valid. */
export function validate(schema: z.ZodType, data: unknown, tree: SourceNode | null, options: IssueOptions): LineProblem[] {
  const result = schema.safeParse(data);
  return result.success ? [] : issueProblems(result.error.issues, tree, schema, data, options);
}
