import { describe, expect, it } from 'vitest';
import { byOrderThenTitle, guideRoute, guidesByTopic } from '../../src/lib/guide-route';

describe('guideRoute', () => {
  it('maps content/guides/<topic>/<slug> to its URL parts', () => {
    expect(guideRoute('overwork/overtime-limits', 'overwork')).toEqual({ topic: 'overwork', slug: 'overtime-limits' });
  });

  it('refuses an article whose folder and topic disagree, naming both', () => {
    expect(() => guideRoute('overwork/overtime-limits', 'support')).toThrow(
      'content/guides/overwork/overtime-limits: frontmatter の topic「support」がフォルダ名「overwork」と一致しません',
    );
  });

  it('refuses nested folders and files outside a topic folder', () => {
    expect(() => guideRoute('overwork/a/b', 'overwork')).toThrow(/フォルダは1階層です/);
    expect(() => guideRoute('loose', 'overwork')).toThrow(/フォルダは1階層です/);
  });
});

describe('byOrderThenTitle', () => {
  it('sorts by order, then by title', () => {
    const entries = [
      { data: { order: 2, title: 'い' } },
      { data: { order: 1, title: 'う' } },
      { data: { order: 2, title: 'あ' } },
    ];
    expect(entries.sort(byOrderThenTitle).map((e) => e.data.title)).toEqual(['う', 'あ', 'い']);
  });
});

describe('guidesByTopic', () => {
  const topic = (id: string, order: number) => ({ id, data: { order } });
  const guide = (id: string, topicId: string, order: number, title: string) => ({ id, data: { topic: topicId, order, title } });

  it('orders topics by their order, and each topic’s articles by order then title', () => {
    const sections = guidesByTopic(
      [topic('overwork', 2), topic('stress-check', 1)],
      [guide('o1', 'overwork', 1, 'あ'), guide('s2', 'stress-check', 2, 'い'), guide('s1b', 'stress-check', 1, 'か'), guide('s1a', 'stress-check', 1, 'あ')],
    );
    expect(sections.map(({ topic: t, guides }) => [t.id, guides.map((g) => g.id)])).toEqual([
      ['stress-check', ['s1a', 's1b', 's2']],
      ['overwork', ['o1']],
    ]);
  });

  it('leaves the lists it was given as they were', () => {
    const topics = [topic('b', 2), topic('a', 1)];
    guidesByTopic(topics, []);
    expect(topics.map((t) => t.id)).toEqual(['b', 'a']);
  });
});
