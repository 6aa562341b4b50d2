import type { Topic } from '../lib/guide-schema';

/**
 * The topics, read from content/topics/*.json when the editor is bundled (the config runs in the browser,
 * which cannot list folders). A topic added in the editor gets its article list after the next reload in
 * `npm run cms`, or after the next deployment in GitHub mode.
 */
const files = import.meta.glob<Topic>('/content/topics/*.json', { eager: true, import: 'default' });

export const TOPICS: readonly Topic[] = Object.values(files).sort((a, b) => a.order - b.order);
