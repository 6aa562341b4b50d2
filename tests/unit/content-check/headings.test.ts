import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareGuide } from '../../../src/lib/content-check/guides';
import { findHeadings, headingText } from '../../../src/lib/content-check/headings';
import { scanBody } from '../../../src/lib/content-check/markdown-scan';
import { guide, problemLines, projectRoot, removeFixtures } from './fixture';

afterAll(removeFixtures);

// Rule 6: the title is the page's h1, so a body starts its sections at ## and does not skip a level.
describe('content check: headings in a guide body', () => {
  it('a # heading, a jump from ## to ####, a === heading and a # without its space; code blocks are left alone', async () => {
    const body = [
      '# はじめに', // 11
      '',
      '## 制度の概要', // 13
      '',
      '#### 細かい点', // 15
      '',
      '```md', // 17
      '# コードの中の見出し',
      '```',
      '',
      '大きな見出し', // 21
      '===',
      '',
      '##申し出の方法', // 24
      '',
      '###　全角スペースの見出し', // 26
      '',
    ].join('\n');
    expect(await problemLines({ 'content/guides/support/x.mdx': guide(undefined, body) })).toEqual([
      'content/guides/support/x.mdx:11 見出し「# はじめに」は使えません。題名がページの見出し（#）になるので、本文の見出しは ## から始めてください（例：## はじめに）',
      'content/guides/support/x.mdx:15 見出し「#### 細かい点」の階層が飛んでいます（前の見出しは ##）。### にしてください（例：### 細かい点）',
      'content/guides/support/x.mdx:21 見出し「大きな見出し」は下の行の === で # の見出しになっています。題名がページの見出しなので、=== の行を消して ## で書いてください（例：## 大きな見出し）',
      'content/guides/support/x.mdx:24 見出し「##申し出の方法」は # の後ろに空白がないため見出しになりません。半角スペースを入れてください（例：## 申し出の方法）',
      'content/guides/support/x.mdx:26 見出し「###　全角スペースの見出し」は # の後ろが全角スペースのため見出しになりません。半角スペースを入れてください（例：### 全角スペースの見出し）',
    ]);
  });

  it('the first heading at ### skips ##', async () => {
    expect(await problemLines({ 'content/guides/support/x.mdx': guide(undefined, '### いきなり小見出し\n') })).toEqual([
      'content/guides/support/x.mdx:11 見出し「### いきなり小見出し」の階層が飛んでいます（前の見出しは #）。## にしてください（例：## いきなり小見出し）',
    ]);
  });
});

/** Heading ids as Astro's MDX processor makes them (the oracle: it is what the build uses). */
async function astroHeadings(body: string): Promise<string[]> {
  const mdx = satteri();
  if (!mdx.createMdxRenderer) throw new Error('@astrojs/markdown-satteri has no MDX renderer');
  const processor = await mdx.createMdxRenderer({ syntaxHighlight: false, gfm: true, smartypants: true } as never, { optimize: false } as never);
  const { code } = await processor.process(body, join(projectRoot, 'x.mdx'), {});
  const headings = JSON.parse(code.match(/getHeadings\(\) \{ return (.*); \}/)?.[1] ?? '[]') as { depth: number; slug: string }[];
  return headings.map((h) => `${h.depth} ${h.slug}`);
}
const ours = (body: string) => findHeadings(scanBody(body, 1)).map((h) => `${h.depth} ${h.id}`);

describe('heading ids are the ids Astro gives', () => {
  it('for every heading of every real guide', async () => {
    const root = join(projectRoot, 'content', 'guides');
    let count = 0;
    for (const topic of readdirSync(root)) {
      for (const file of readdirSync(join(root, topic))) {
        const prepared = prepareGuide(`${topic}/${file}`, readFileSync(join(root, topic, file), 'utf8'));
        const expected = await astroHeadings(prepared.split.body);
        expect(prepared.headings.map((h) => `${h.depth} ${h.id}`), file).toEqual(expected);
        count += expected.length;
      }
    }
    expect(count).toBeGreaterThan(90);
  });

  it('for headings with inline Markdown, HTML, entities, smart punctuation and repeats', async () => {
    const tricky = [
      '## 第1ステップ：病気休業開始及び休業中のケア',
      '## 「高ストレス」の判定が意味すること',
      '## Hello *world* and `code_span`',
      '## see [the *guide*](/x "t") and ![img](/a.png)',
      "## it's 'single' and \"double\" -- a --- b ... c",
      '## a &lt;b&gt; &#x41; &amp; Q&A',
      '## <abbr title="x">ABBR</abbr> and <Term name="x">用語</Term>',
      '## snake_case and _em_ and __strong__ and \\_kept\\_',
      '## foo #bar ##',
      '## 同じ見出し',
      '## 同じ見出し',
      '    ## four spaces are still a heading in MDX',
      '段落の見出し\n---',
      '```\n## not a heading\n```',
      '## 50人未満（努力義務）・義務化 {1 + 1}',
    ].join('\n\n');
    expect(ours(tricky)).toEqual(await astroHeadings(tricky));
    expect(ours(tricky)).toHaveLength(14);
  });

  it('headingText keeps code as written and drops link and tag syntax', () => {
    expect(headingText('Hello *world* and `a_b_`')).toBe('Hello world and a_b_');
    expect(headingText('[記事](/guides/x/) と <Term name="x">用語</Term>')).toBe('記事 と 用語');
  });
});
