import { describe, expect, it } from 'vitest';
import { articleBody, japaneseCharCount } from '../../src/lib/text-stats';

describe('text stats', () => {
  it('drops the frontmatter', () => {
    expect(articleBody('---\ntitle: 題名\n---\n本文です。')).toBe('本文です。');
    expect(articleBody('本文のみ')).toBe('本文のみ');
  });

  it('counts Japanese characters only, not tags, link targets or ASCII', () => {
    expect(japaneseCharCount('## 見出し\n\n<Callout type="注意">\n\n本文、です。\n\n</Callout> [リンク](/guides/a/) abc 123')).toBe(
      3 + 6 + 3,
    );
  });
});
