import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema, topicSchema } from './lib/guide-schema';
import { kpiTargetSchema } from './lib/analytics/targets';
import { seminarSchema } from './lib/seminars/schema';
import topicList from '../content/topics.json';

// The contract for content/: every file staff add is checked against these schemas at build time.
const topics = defineCollection({
  loader: file('content/topics.json'),
  schema: topicSchema,
});

const guides = defineCollection({
  loader: glob({ base: './content/guides', pattern: '**/*.{md,mdx}' }),
  schema: guideSchema(topicList.map((t) => t.id)),
});

// Access-count targets per 年度 for the staff dashboard.
const kpiTargets = defineCollection({
  loader: file('content/kpi/targets.yaml'),
  schema: kpiTargetSchema,
});

// Seminars with their materials; a material whose file is missing from public/ stops the build.
const seminars = defineCollection({
  loader: glob({ base: './content/seminars', pattern: '*.md' }),
  schema: seminarSchema({
    topicIds: topicList.map((t) => t.id),
    fileExists: (publicPath) => existsSync(join('public', publicPath)),
  }),
});

export const collections = { topics, guides, kpiTargets, seminars };
