import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TopicFile {
  id: string;
  title: string;
  summary: string;
  order: number;
}

/** The topics as staff keep them, content/topics/<id>.json, in menu order. */
export function readTopics(): TopicFile[] {
  const dir = join(import.meta.dirname, '..', '..', 'content', 'topics');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as TopicFile)
    .sort((a, b) => a.order - b.order);
}
