import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema, topicSchema } from './lib/guide-schema';
import { kpiTargetSchema } from './lib/analytics/targets';
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

export const collections = { topics, guides, kpiTargets };
