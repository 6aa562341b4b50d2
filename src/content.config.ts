import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema, topicSchema } from './lib/guide-schema';
import { kpiTargetSchema } from './lib/analytics/targets';
import { seminarSchema } from './lib/seminars/schema';

// The contract for content/: every file staff add is checked against these schemas at build time.
// Topics and KPI targets are one file each (content/topics/<id>.json, content/kpi/targets/<id>.yaml), so the
// editor at /keystatic can create and change them one by one.
const topics = defineCollection({
  loader: glob({ base: './content/topics', pattern: '*.json' }),
  schema: topicSchema,
});

/**
 * The topic ids in menu order, for the schemas of guides and seminars: the file names, as the glob loader
 * names the entries (the content check makes each file's `id` equal to its name and reports unreadable files).
 */
function topicIds(): string[] {
  const dir = 'content/topics';
  const order = (name: string) => {
    try {
      const { order } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { order?: unknown };
      return typeof order === 'number' ? order : Number.MAX_SAFE_INTEGER;
    } catch {
      return Number.MAX_SAFE_INTEGER;
    }
  };
  return readdirSync(dir)
    .filter((name) => /^[a-z0-9-]+\.json$/.test(name))
    .map((name) => ({ id: name.slice(0, -'.json'.length), order: order(name) }))
    .sort((a, b) => a.order - b.order)
    .map((t) => t.id);
}
const topicIdList = topicIds();

const guides = defineCollection({
  loader: glob({ base: './content/guides', pattern: '**/*.{md,mdx}' }),
  schema: guideSchema(topicIdList),
});

// Access-count targets per 年度 for the staff dashboard.
const kpiTargets = defineCollection({
  loader: glob({ base: './content/kpi/targets', pattern: '*.yaml' }),
  schema: kpiTargetSchema,
});

// Seminars with their materials; a material whose file is missing from public/ stops the build.
const seminars = defineCollection({
  loader: glob({ base: './content/seminars', pattern: '*.md' }),
  schema: seminarSchema({
    topicIds: topicIdList,
    fileExists: (publicPath) => existsSync(join('public', publicPath)),
  }),
});

export const collections = { topics, guides, kpiTargets, seminars };
