import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBody, japaneseCharCount } from '../../src/lib/text-stats';
import { readTopics } from '../support/topics';

// The guidance set itself: enough articles, each with real substance and its sources.
const guidesDir = join(import.meta.dirname, '..', '..', 'content', 'guides');
const topics = readTopics();
const articles = topics.flatMap((t) =>
  readdirSync(join(guidesDir, t.id))
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .map((f) => ({ topic: t.id, file: `${t.id}/${f}`, source: readFileSync(join(guidesDir, t.id, f), 'utf8') })),
);

describe('guidance content', () => {
  it('has at least 14 articles and at least two in every topic', () => {
    expect(articles.length).toBeGreaterThanOrEqual(14);
    for (const t of topics) expect(articles.filter((a) => a.topic === t.id).length, t.id).toBeGreaterThanOrEqual(2);
  });

  for (const { file, source } of articles) {
    it(`${file} holds at least 1,200 Japanese characters of guidance`, () => {
      expect(japaneseCharCount(articleBody(source))).toBeGreaterThanOrEqual(1200);
    });

    it(`${file} starts its sections at ## and never skips a heading level`, () => {
      const levels = articleBody(source)
        .split('\n')
        .map((line) => line.match(/^(#{1,6}) /)?.[1].length)
        .filter((n): n is number => n !== undefined);
      expect(levels[0]).toBe(2);
      expect(levels.every((level, i) => level >= 2 && (i === 0 || level <= levels[i - 1] + 1))).toBe(true);
    });
  }
});
