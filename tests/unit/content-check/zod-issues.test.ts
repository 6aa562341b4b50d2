import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { kpiTargetSchema } from '../../../src/lib/analytics/targets';
import { parseYaml } from '../../../src/lib/content-check/yaml-source';
import { allowedKeysAt, lineAt, pathLabel, validate } from '../../../src/lib/content-check/zod-issues';

describe('zod issues → lines and Japanese messages', () => {
  const yaml = ['name: 例', 'size: 0', 'kind: z', 'tags: [a]', 'nested:', '  - { a: 1 }', 'extra: 1'].join('\n');
  const { data, tree } = parseYaml(yaml, 1);

  it('puts English messages of a schema without its own into Japanese, at the value’s line', () => {
    const schema = z.strictObject({
      name: z.string(),
      size: z.number().gt(0),
      kind: z.enum(['x', 'y']),
      tags: z.array(z.string()).min(2),
      nested: z.array(z.strictObject({ a: z.boolean() })),
      missing: z.string(),
    });
    expect(validate(schema, data, tree, { fallbackLine: 2 })).toEqual([
      { line: 3, message: 'size「0」は0より大きくしてください' },
      { line: 4, message: 'kind「z」は使えません（x / y のどれか）' },
      { line: 5, message: 'tags は2件以上にしてください' },
      { line: 7, message: 'nested[0].a「1」は「true」か「false」にしてください' },
      { line: 2, message: 'missing は必須です（例：missing: …）' },
      { line: 8, message: 'extra という項目は使えません（使える項目：name, size, kind, tags, nested, missing）' },
    ]);
  });

  it('finds a line for a path, falling back to the object when the key is absent', () => {
    expect(lineAt(tree, ['nested', 0, 'a'], 99)).toBe(7);
    expect(lineAt(tree, ['nested', 3], 99)).toBe(6);
    expect(lineAt(tree, ['absent'], 99)).toBe(2);
    expect(lineAt(null, ['x'], 99)).toBe(99);
    expect(pathLabel([2, 'metric', 'kind'])).toBe('metric.kind');
    expect(pathLabel(['sections', 0, 'items', 3, 'id'])).toBe('sections[0].items[3].id');
  });

  it('knows the allowed keys through discriminated unions, by the value’s kind', () => {
    const target = { metric: { kind: 'completions' } };
    expect(allowedKeysAt(kpiTargetSchema, ['metric'], target)).toEqual(['kind', 'instrument']);
    expect(allowedKeysAt(kpiTargetSchema, ['metric'], { metric: { kind: 'downloads' } })).toEqual(['kind', 'pathPrefix']);
    expect(allowedKeysAt(kpiTargetSchema, [], target)).toEqual(['id', 'label', 'fiscalYear', 'metric', 'target', 'note']);
  });
});
