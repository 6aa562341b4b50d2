import { config, type Collection, type ComponentSchema } from '@keystatic/core';
import { guideCollection } from './collections/guides';
import { kpiTargetsCollection } from './collections/kpi-targets';
import { materialsSingleton } from './collections/materials';
import { seminarCollection } from './collections/seminars';
import { topicsCollection } from './collections/topics';
import { storageFor } from './mode';
import { TOPICS } from './topics';

/**
 * The editor at /keystatic (src/cms/integration.ts adds it only in `npm run cms` or when GitHub mode
 * is configured). Every content type staff edit, with the same rules as src/content.config.ts; the
 * unit test tests/unit/cms-agreement.test.ts keeps the two in step.
 */
const guides = Object.fromEntries(TOPICS.map((topic) => [`guides-${topic.id}`, guideCollection(topic)]));
// The keys depend on content/topics/, so the collections are typed by their shape, not by name.
const collections: Record<string, Collection<Record<string, ComponentSchema>, string>> = {
  ...guides,
  seminars: seminarCollection(TOPICS),
  topics: topicsCollection,
  kpiTargets: kpiTargetsCollection,
};

export default config({
  // Local mode saves to this machine's content/; GitHub mode commits as the signed-in editor.
  storage: storageFor(import.meta.env.PUBLIC_KEYSTATIC_GITHUB_REPO),
  locale: 'ja-JP',
  ui: {
    brand: { name: '職場の健康と安全ポータル 編集' },
    navigation: {
      記事: Object.keys(guides),
      セミナー: ['seminars', 'materials'],
      設定: ['topics', 'kpiTargets'],
    },
  },
  collections,
  singletons: { materials: materialsSingleton },
});
