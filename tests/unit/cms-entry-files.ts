import type { ComponentSchema } from '@keystatic/core';
import { dump, load } from 'js-yaml';

/**
 * Opens and saves an entry the way Keystatic's editor does (@keystatic/core 0.6.9: app/required-files.ts
 * loadDataFile, form/parse-props.ts parseProps, form/serialize-props.ts serializeProps,
 * app/updating.tsx serializeEntryToFiles), with the field objects of our own config. Keystatic keeps
 * these steps inside its React app, so the tests repeat the few lines that glue the fields together;
 * every value itself goes through the real fields' parse, validate and serialize.
 */

type Schema = Record<string, ComponentSchema>;
type Stored = unknown;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface EntryFormat {
  /** The key of the content field (the Markdown body), when the entry has one. */
  contentField?: string;
  data: 'yaml' | 'json';
}

/** `---\n<yaml>\n---\n<body>` as Keystatic splits it. */
function splitFrontmatter(text: string): { frontmatter: string; content: string } {
  const match = text.match(/^---(?:\r?\n([^]*?))?\r?\n---\r?\n?/);
  return match ? { frontmatter: match[1] ?? '', content: text.slice(match[0].length) } : { frontmatter: '', content: text };
}

/** The editor's state for one entry, as Keystatic makes it when the entry is opened. Throws what the editor shows. */
export function openEntry(schema: Schema, format: EntryFormat, text: string, slug: { field: string; value: string } | undefined): Record<string, unknown> {
  let stored: Record<string, Stored>;
  let content: string | undefined;
  if (format.contentField) {
    const split = splitFrontmatter(text);
    stored = (load(split.frontmatter) ?? {}) as Record<string, Stored>;
    content = split.content;
  } else {
    stored = (format.data === 'json' ? JSON.parse(text) : load(text)) as Record<string, Stored>;
  }
  const parse = (field: ComponentSchema, value: Stored, path: string[]): unknown => {
    const v = value === null ? undefined : value;
    if (field.kind === 'form') {
      if (path.length === 1 && slug && path[0] === slug.field) return (field as any).parse(v, { slug: slug.value });
      if (field.formKind === 'content') {
        return field.parse(v as never, { content: encoder.encode(content ?? ''), other: new Map(), external: new Map(), slug: slug?.value });
      }
      if (field.formKind === 'asset') throw new Error('asset fields are opened with their file (see the materials test)');
      return (field as any).parse(v, undefined);
    }
    if (field.kind === 'object') {
      const object = (v ?? {}) as Record<string, Stored>;
      const unknown = Object.keys(object).filter((k) => !(k in field.fields));
      if (unknown.length) throw new Error(`${path.join('.') || 'entry'}: Key on object value "${unknown[0]}" is not allowed`);
      return Object.fromEntries(Object.entries(field.fields).map(([k, f]) => [k, parse(f, object[k], [...path, k])]));
    }
    if (field.kind === 'array') return ((v ?? []) as Stored[]).map((item, i) => parse(field.element, item, [...path, String(i)]));
    throw new Error(`${field.kind} fields are not used in this config`);
  };
  return parse({ kind: 'object', fields: schema }, stored, []) as Record<string, unknown>;
}

/** The messages Keystatic would show instead of saving; empty when the editor lets the entry be saved. */
export function validateEntry(schema: Schema, state: Record<string, unknown>, slugField?: string): string[] {
  const problems: string[] = [];
  const walk = (field: ComponentSchema, value: unknown, path: string[]) => {
    if (field.kind === 'form') {
      try {
        if (path.length === 1 && path[0] === slugField) (field as any).validate(value, { slugField: { slugs: new Set(), glob: '*' } });
        else (field as any).validate(value, undefined);
      } catch (error) {
        problems.push(`${path.join('.')}: ${error instanceof Error ? error.message : error}`);
      }
      return;
    }
    if (field.kind === 'object') for (const [k, f] of Object.entries(field.fields)) walk(f, (value as Record<string, unknown>)[k], [...path, k]);
    if (field.kind === 'array') {
      const list = value as unknown[];
      const { min = 0, max = Infinity } = field.validation?.length ?? {};
      if (list.length < min || list.length > max) problems.push(`${path.join('.')}: ${list.length} items`);
      list.forEach((item, i) => walk(field.element, item, [...path, String(i)]));
    }
  };
  walk({ kind: 'object', fields: schema }, state, []);
  return problems;
}

/** The files Keystatic writes for the state: the entry's own file, and the slug it is saved under. */
export function saveEntry(schema: Schema, format: EntryFormat, state: Record<string, unknown>, slugField?: string): { text: string; slug?: string } {
  let content: string | undefined;
  let slug: string | undefined;
  const serialize = (field: ComponentSchema, value: unknown, path: string[]): unknown => {
    if (field.kind === 'form') {
      if (path.length === 1 && path[0] === slugField) {
        const out = (field as any).serializeWithSlug(value) as { slug: string; value: unknown };
        slug = out.slug;
        return out.value;
      }
      if (field.formKind === 'content') {
        const out = field.serialize(value as never, { slug });
        content = decoder.decode(out.content);
        return out.value;
      }
      return (field as any).serialize(value).value;
    }
    if (field.kind === 'object') {
      const entries = Object.entries(field.fields).map(([k, f]) => [k, serialize(f, (value as Record<string, unknown>)[k], [...path, k])] as const);
      return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
    }
    if (field.kind === 'array') return (value as unknown[]).map((item, i) => serialize(field.element, item, [...path, String(i)]) ?? null);
    throw new Error(`${field.kind} fields are not used in this config`);
  };
  // The slug field comes first in our schemas, so `slug` is known before the body is serialised.
  const data = serialize({ kind: 'object', fields: schema }, state, []);
  const dataText = format.data === 'json' ? `${JSON.stringify(data, null, 2)}\n` : dump(data);
  return { text: format.contentField ? `---\n${dataText}---\n${content ?? ''}` : dataText, slug };
}

/** A new entry's state, as Keystatic makes it when staff press 作成 (every field's default). */
export function newEntry(schema: Schema): Record<string, unknown> {
  const initial = (field: ComponentSchema): unknown => {
    if (field.kind === 'form') return field.defaultValue();
    if (field.kind === 'object') return Object.fromEntries(Object.entries(field.fields).map(([k, f]) => [k, initial(f)]));
    if (field.kind === 'array') return [];
    throw new Error(`${field.kind} fields are not used in this config`);
  };
  return initial({ kind: 'object', fields: schema }) as Record<string, unknown>;
}

/** The editor state of a Markdown body written as text (what staff would type and insert). */
export function bodyFrom(field: ComponentSchema, text: string): unknown {
  if (field.kind !== 'form' || field.formKind !== 'content') throw new Error('not a content field');
  return field.parse(undefined as never, { content: encoder.encode(text), other: new Map(), external: new Map(), slug: undefined });
}
