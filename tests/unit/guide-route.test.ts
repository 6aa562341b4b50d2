import { describe, expect, it } from 'vitest';
import { byOrderThenTitle, guideRoute } from '../../src/lib/guide-route';

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
