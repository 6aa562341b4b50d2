import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema, topicSchema } from './lib/guide-schema';
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

export const collections = { topics, guides };
