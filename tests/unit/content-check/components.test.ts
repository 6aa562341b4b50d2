import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanBody } from '../../../src/lib/content-check/markdown-scan';
import { literalString, scanTags } from '../../../src/lib/content-check/tags';
import { CALLOUT_TYPES, MDX_COMPONENT_NAMES } from '../../../src/lib/mdx-components';
import { guide, problemLines, projectRoot, removeFixtures } from './fixture';

afterAll(removeFixtures);

// Rule 7: the components of src/lib/mdx-components.ts, their props and allowed values.
describe('content check: MDX components in a guide body', () => {
  it('unknown components and props, missing and empty required props, values outside the list, unclosed tags', async () => {
    const body = [
      '<Callout type="メモ" kind="補足">', // 11
      '',
      '本文',
      '',
      '</Callout>',
      '',
      '<Callot type="注意">注意書き</Callot>', // 17
      '',
      '<Steps start="2">', // 19
      '',
      '1. 手順',
      '',
      '</Steps>',
      '',
      '<Download href="/materials/stress-check-annual-flow.pdf" />', // 25
      '',
      '<Term name="">説明</Term>', // 27
      '',
      '<Callout type={"根拠"} title="式で書いた種類">', // 29
      '',
      '閉じ忘れ',
      '',
      '`<Callout type="コード">` はコードなので見ない', // 33
    ].join('\n');
    expect(await problemLines({ 'content/guides/support/x.mdx': guide(undefined, body) })).toEqual([
      'content/guides/support/x.mdx:11 Callout の type「メモ」は使えません（注意 / ポイント / 根拠 のどれか）',
      'content/guides/support/x.mdx:11 Callout の kind という項目は使えません（使える項目：type, title）',
      'content/guides/support/x.mdx:17 Callot という部品は使えません（使える部品：Callout, Steps, Glossary, Term, ComparisonTable, RelatedLinks, Download, HelpContacts, CriteriaItems）',
      'content/guides/support/x.mdx:19 Steps の start という項目は使えません（Steps には項目を付けません。例：<Steps>）',
      'content/guides/support/x.mdx:25 Download の title は必須です（例：<Download href="/materials/x.pdf" title="資料名" />）',
      'content/guides/support/x.mdx:27 Term の name が空です（例：<Term name="実施者">説明</Term>）',
      'content/guides/support/x.mdx:29 Callout の閉じタグ </Callout> がありません（中身の後ろに </Callout> を書くか、中身がなければ <Callout … /> にしてください）',
    ]);
  });

  it('a closing tag without its opening tag, and a tag that never reaches its >', async () => {
    const body = ['本文', '', '</ComparisonTable>', '', '<RelatedLinks links={[{ href: "/guides/support/sanpo-centers/", label: "x" }]}'].join('\n');
    expect(await problemLines({ 'content/guides/support/x.mdx': guide(undefined, body) })).toEqual([
      'content/guides/support/x.mdx:13 閉じタグ </ComparisonTable> に対応する <ComparisonTable> がありません。どちらかを直してください',
      'content/guides/support/x.mdx:15 RelatedLinks のタグが「>」で閉じられていません（例：<RelatedLinks links={[{ href: "/guides/support/kokoro-no-mimi/", label: "こころの耳の相談窓口" }]} />）',
    ]);
  });
});

describe('the one definition of the components', () => {
  it('names exactly the components src/components/mdx/index.ts gives to guides', () => {
    const index = readFileSync(join(projectRoot, 'src', 'components', 'mdx', 'index.ts'), 'utf8');
    const given = index.match(/guideComponents = \{([^}]*)\}/)?.[1].split(',').map((s) => s.trim()).filter(Boolean);
    expect([...(given ?? [])].sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
  });

  it('is where Callout.astro takes its types from', () => {
    const callout = readFileSync(join(projectRoot, 'src', 'components', 'mdx', 'Callout.astro'), 'utf8');
    expect(callout).toContain("import type { CalloutType } from '../../lib/mdx-components';");
    expect(callout).not.toMatch(/'注意' \|/);
    expect(CALLOUT_TYPES).toEqual(['注意', 'ポイント', '根拠']);
  });
});

describe('tag scanner', () => {
  it('reads names, quoted and braced values across lines, and self-closing tags', () => {
    const text = '前\n<RelatedLinks\n  links={[{ href: "/a/", label: "}" }]}\n  title=\'関連\' />\n<a href="/b/">b</a>';
    const body = scanBody(text, 10);
    expect(scanTags(body)).toEqual([
      {
        name: 'RelatedLinks',
        closing: false,
        selfClosing: true,
        unterminated: false,
        line: 11,
        attributes: [
          { name: 'links', value: '[{ href: "/a/", label: "}" }]', expression: true, line: 12, valueOffset: text.indexOf('[{') },
          { name: 'title', value: '関連', expression: false, line: 13, valueOffset: text.indexOf('関連') },
        ],
      },
      { name: 'a', closing: false, selfClosing: false, unterminated: false, line: 14, attributes: [{ name: 'href', value: '/b/', expression: false, line: 14, valueOffset: text.indexOf('/b/') }] },
      { name: 'a', closing: true, selfClosing: false, unterminated: false, line: 14, attributes: [] },
    ]);
  });

  it('literalString reads only a plain string expression', () => {
    expect(literalString(' "注意" ')).toBe('注意');
    expect(literalString("'根拠'")).toBe('根拠');
    expect(literalString('kind')).toBeNull();
    expect(literalString('"a" + "b"')).toBeNull();
  });
});
