import type { ComponentSchema } from '@keystatic/core';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import './cms-browser-build';
import config from '../../src/cms/keystatic.config';
import { mdxBlocks } from '../../src/cms/mdx-blocks';
import { METRIC_KINDS } from '../../src/cms/fields/metric';
import { MATERIAL_PATH } from '../../src/cms/patterns';
import { kpiTargetSchema } from '../../src/lib/analytics/targets';
import { guideSchema, topicSchema } from '../../src/lib/guide-schema';
import { MDX_COMPONENTS } from '../../src/lib/mdx-components';
import { seminarSchema } from '../../src/lib/seminars/schema';
import { TOPICS } from '../../src/cms/topics';

// One set of rules: the editor's fields and the zod schemas of src/content.config.ts are compared
// field by field, read from the objects themselves: the same keys, the same required fields, the same
// choices, the same length and number limits, the same patterns (by feeding both the same samples).
// Rules across fields (an official source among the sources, url or contact, prefecture for 会場, end after
// start, whole counts except for feedback-share) are the content check's; the staff guide says so.

type Zod = z.ZodType;
type Field = ComponentSchema;
const def = (s: Zod) => (s as unknown as { _zod: { def: Record<string, any> } })._zod.def;
const unwrap = (s: Zod): Zod => (['default', 'optional', 'prefault'].includes(def(s).type) ? unwrap(def(s).innerType) : s);
const zodShape = (s: Zod): Record<string, Zod> => (unwrap(s) as unknown as { shape: Record<string, Zod> }).shape;
const zodElement = (s: Zod): Zod => def(unwrap(s)).element;
const zodRequired = (s: Zod) => !s.safeParse(undefined).success;
const zodEnum = (s: Zod): string[] | undefined => {
  const inner = def(unwrap(s)).type === 'array' ? unwrap(zodElement(s)) : unwrap(s);
  return def(inner).type === 'enum' ? (inner as unknown as { options: string[] }).options : undefined;
};
const zodMinItems = (s: Zod) => (def(unwrap(s)).checks ?? []).find((c: any) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;

type AnyField = Record<string, any>;
const f = (field: Field) => field as AnyField;
/** The editor's value for a key that is not in the file (a new entry or an absent optional key). */
const emptyValue = (field: Field) => (f(field).formKind === 'slug' ? f(field).parse(undefined, undefined) : f(field).parse(undefined));
const accepts = (field: Field, value: unknown) => {
  try {
    f(field).validate(value, undefined);
    return true;
  } catch {
    return false;
  }
};
/** Required in the editor: it cannot be saved empty, or it always writes a value (a choice with no empty option). */
function cmsRequired(field: Field): boolean {
  if (field.kind === 'array') return (field.validation?.length?.min ?? 0) > 0;
  if (field.kind === 'object') return true;
  if ('options' in field) return f(field).serialize(emptyValue(field)).value !== undefined;
  return !accepts(field, emptyValue(field));
}

/** Text the editor types into a field, as its parsed value (a slug field holds a name and a slug). */
const typed = (field: Field, text: string) => (f(field).formKind === 'slug' && typeof emptyValue(field) === 'object' ? { name: text, slug: 'a-slug' } : text);

function compareField(field: Field, schema: Zod, path: string) {
  expect(cmsRequired(field), `${path}: required`).toBe(zodRequired(schema));
  if (!cmsRequired(field) && field.kind === 'form') {
    // What the editor writes for an empty optional field (nothing, or an empty list) is valid.
    expect(schema.safeParse(f(field).serialize(emptyValue(field)).value).success, `${path}: empty`).toBe(true);
  }
  if ('options' in field) {
    const values = (f(field).options as { value: string }[]).map((o) => o.value);
    const allowed = zodEnum(schema);
    if (allowed) expect([...values].sort(), `${path}: choices`).toEqual([...allowed].sort());
    else for (const value of values) expect(schema.safeParse(value).success, `${path}: ${value}`).toBe(true);
    return;
  }
  if (field.kind === 'object') return compareObject(field.fields, schema, path);
  if (field.kind === 'array') {
    expect(field.validation?.length?.min ?? 0, `${path}: fewest items`).toBe(zodMinItems(schema));
    return compareField(field.element, zodElement(schema), `${path}[]`);
  }
  const inner = unwrap(schema) as unknown as { minLength?: number | null; maxLength?: number | null; minValue?: number | null; maxValue?: number | null };
  if (def(unwrap(schema)).type === 'string') {
    // Lengths at and beside each limit of the schema.
    const limits = [inner.minLength, inner.maxLength].filter((n): n is number => typeof n === 'number');
    for (const length of new Set([1, ...limits.flatMap((n) => [n - 1, n, n + 1])].filter((n) => n >= 1))) {
      const text = 'あ'.repeat(length);
      expect(accepts(field, typed(field, text)), `${path}: ${length} characters`).toBe(schema.safeParse(text).success);
    }
  }
  if (def(unwrap(schema)).type === 'number') {
    const limits = [inner.minValue, inner.maxValue].filter((n): n is number => typeof n === 'number' && Math.abs(n) < 1e9);
    for (const n of new Set([-1, 0, 1, 0.5, ...limits.flatMap((m) => [m - 1, m, m + 1])])) {
      if (f(field).parse(n) === null) continue;
      expect(accepts(field, n), `${path}: ${n}`).toBe(schema.safeParse(n).success);
    }
  }
}

function compareObject(fields: Record<string, Field>, schema: Zod, path: string, contentField?: string) {
  const shape = zodShape(schema);
  const keys = Object.keys(fields).filter((k) => k !== contentField);
  expect(keys.sort(), `${path}: keys`).toEqual(Object.keys(shape).sort());
  for (const key of keys) {
    if (key === 'metric') continue; // compared on its own below
    compareField(fields[key], shape[key], path ? `${path}.${key}` : key);
  }
}

const topicIds = TOPICS.map((t) => t.id);
const collections = config.collections!;

describe('the editor and the zod schemas agree', () => {
  it('guides: one collection per topic, each with the guide schema', () => {
    const guideKeys = Object.keys(collections).filter((k) => k.startsWith('guides-'));
    expect(guideKeys).toEqual(topicIds.map((id) => `guides-${id}`));
    for (const id of topicIds) {
      const collection = collections[`guides-${id}`];
      expect(collection.path).toBe(`content/guides/${id}/*`);
      compareObject(collection.schema, guideSchema(topicIds), `guides-${id}`, 'body');
      // The topic offered is the folder's own, so folder and frontmatter cannot disagree.
      expect(f(collection.schema.topic).options.map((o: { value: string }) => o.value)).toEqual([id]);
    }
  });

  it('seminars, topics and KPI targets', () => {
    compareObject(collections.seminars.schema, seminarSchema({ topicIds, fileExists: () => true }), 'seminars', 'body');
    expect(f(collections.seminars.schema.topic).options.map((o: { value: string }) => o.value)).toEqual(topicIds);
    compareObject(collections.topics.schema, topicSchema, 'topics');
    compareObject(collections.kpiTargets.schema, kpiTargetSchema, 'kpiTargets');
  });

  it('the KPI metric: the same kinds, and for each kind the keys the schema allows', () => {
    const union = zodShape(kpiTargetSchema).metric as unknown as { options: Zod[] };
    const kinds = union.options.map((o) => def(zodShape(o).kind).values[0]);
    expect([...METRIC_KINDS].sort()).toEqual([...kinds].sort());
    const metric = f(collections.kpiTargets.schema.metric);
    for (const option of union.options) {
      const kind = def(zodShape(option).kind).values[0] as string;
      for (const value of [
        { kind, pathPrefix: '/guides/', instrument: '' },
        { kind, pathPrefix: '/guides/', instrument: 'bjsq57' },
      ]) {
        expect(option.safeParse(metric.serialize(metric.validate(value)).value).success, `metric ${kind}`).toBe(true);
      }
      // A path that does not start with / is refused by both (completions has no path at all).
      if (kind !== 'completions') {
        expect(accepts(collections.kpiTargets.schema.metric, { kind, pathPrefix: 'guides/', instrument: '' })).toBe(option.safeParse({ kind, pathPrefix: 'guides/' }).success);
      }
    }
    const instrument = zodShape(union.options.find((o) => def(zodShape(o).kind).values[0] === 'completions')!).instrument;
    expect([...metric.instruments].sort()).toEqual([...(zodEnum(instrument) ?? [])].sort());
  });

  it('patterns: file names, materials, https sources, application pages and e-mail addresses', () => {
    const seminar = zodShape(seminarSchema({ topicIds, fileExists: () => true }));
    const apply = zodShape(seminar.apply);
    const material = zodShape(zodElement(seminar.materials));
    const source = zodShape(zodElement(zodShape(guideSchema(topicIds)).sources));
    const guide = collections[`guides-${topicIds[0]}`].schema;
    const s = collections.seminars.schema;
    const cases: [Field, Zod, string[]][] = [
      [guide.sources && f(guide.sources).element.fields.url, source.url, ['https://kokoro.mhlw.go.jp/', 'https://www.mhlw.go.jp/a?b=1#c', 'http://www.mhlw.go.jp/', 'kokoro.mhlw.go.jp', 'https://', 'https://a b.jp/', 'ftp://x.jp/']],
      [f(s.apply).fields.url, apply.url, ['https://example.jp/apply', 'http://example.jp/', 'example.jp', 'mailto:a@b.jp', 'https://']],
      [f(s.apply).fields.email, apply.email, ['seminar@example.jp', 'a.b+c@ex-ample.co.jp', 'seminar@', 'seminar.example.jp', 'a@b', 'a b@example.jp']],
      [f(s.materials).element.fields.file, material.file, ['/materials/a.pdf', '/materials/A_b-1.csv', '/materials/日本.pdf', '/materials/sub/a.pdf', 'materials/a.pdf', '/materials/a b.pdf', '/materials/']],
    ];
    for (const [field, schema, samples] of cases) {
      for (const sample of samples) expect(accepts(field, sample), sample).toBe(schema.safeParse(sample).success);
    }
    // The Download block's file uses the same rule as a seminar's material.
    for (const sample of cases[3][2]) expect(accepts(mdxBlocks.Download.schema.href, sample), sample).toBe(MATERIAL_PATH.test(sample));
  });
});

describe('the article components offered in the editor are the ones the site renders', () => {
  it('same names, same props, same required props and the same Callout types', () => {
    expect(Object.keys(mdxBlocks).sort()).toEqual(Object.keys(MDX_COMPONENTS).sort());
    for (const [name, component] of Object.entries(MDX_COMPONENTS)) {
      const block = mdxBlocks[name as keyof typeof mdxBlocks] as { schema: Record<string, Field> };
      expect(Object.keys(block.schema).sort(), name).toEqual(Object.keys(component.props).sort());
      for (const [prop, rule] of Object.entries(component.props) as [string, { required: boolean; values?: readonly string[] }][]) {
        const field = block.schema[prop];
        expect(cmsRequired(field), `${name}.${prop} required`).toBe(rule.required);
        if (rule.values) expect(f(field).options.map((o: { value: string }) => o.value), `${name}.${prop}`).toEqual([...rule.values]);
      }
    }
  });
});
