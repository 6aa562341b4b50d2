import type { Collection, ComponentSchema } from '@keystatic/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import './cms-browser-build';
import config from '../../src/cms/keystatic.config';
import { guideSchema } from '../../src/lib/guide-schema';
import { problemLines, projectRoot, removeFixtures } from './content-check/fixture';
import { openEntry, saveEntry, validateEntry } from './cms-entry-files';

// Every existing entry opens in the editor without an error, can be saved as it is, and the saved file
// passes the content check; a new article made in the editor lands at the right path and passes too.
afterAll(removeFixtures);

const collections = config.collections as Record<string, Collection<Record<string, ComponentSchema>, string>>;
const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const stems = (dir: string, ext: string) =>
  readdirSync(join(projectRoot, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length));
const topicIds = stems('content/topics', '.json');

/** Opens, checks and saves one file of a collection; returns the saved text. */
function roundTrip(key: string, dir: string, stem: string, ext: string, contentField?: string) {
  const collection = collections[key];
  const format = { contentField, data: (typeof collection.format === 'object' ? collection.format.data : collection.format) ?? 'yaml' } as const;
  const state = openEntry(collection.schema, format, read(`${dir}/${stem}${ext}`), { field: collection.slugField, value: stem });
  expect(validateEntry(collection.schema, state, collection.slugField), `${dir}/${stem}${ext}`).toEqual([]);
  const saved = saveEntry(collection.schema, format, state, collection.slugField);
  expect(saved.slug).toBe(stem);
  return saved.text;
}

describe('the editor opens and saves every existing entry unchanged in meaning', () => {
  it('guides: the saved files pass the content check, with the same frontmatter', async () => {
    const files: Record<string, string> = {};
    for (const topic of topicIds) {
      for (const stem of stems(`content/guides/${topic}`, '.mdx')) {
        const path = `content/guides/${topic}/${stem}.mdx`;
        const text = roundTrip(`guides-${topic}`, `content/guides/${topic}`, stem, '.mdx', 'body');
        const frontmatter = (t: string) => guideSchema(topicIds).parse(load(t.split(/^---$/m)[1]));
        expect(frontmatter(text), path).toEqual(frontmatter(read(path)));
        files[path] = text;
      }
    }
    expect(Object.keys(files).length).toBeGreaterThan(10);
    expect(await problemLines(files)).toEqual([]);
  });

  it('seminars: the saved files pass the content check', async () => {
    const files: Record<string, string> = {};
    for (const stem of stems('content/seminars', '.md')) files[`content/seminars/${stem}.md`] = roundTrip('seminars', 'content/seminars', stem, '.md', 'body');
    expect(await problemLines(files)).toEqual([]);
  });

  it('topics and KPI targets: saved byte for byte as they are', () => {
    for (const stem of topicIds) expect(roundTrip('topics', 'content/topics', stem, '.json')).toBe(read(`content/topics/${stem}.json`));
    for (const stem of stems('content/kpi/targets', '.yaml')) {
      expect(roundTrip('kpiTargets', 'content/kpi/targets', stem, '.yaml')).toBe(read(`content/kpi/targets/${stem}.yaml`));
    }
  });
});
