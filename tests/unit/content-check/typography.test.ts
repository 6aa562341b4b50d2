import { describe, expect, it } from 'vitest';
import { scanBody } from '../../../src/lib/content-check/markdown-scan';
import { typographyProblems } from '../../../src/lib/content-check/typography';

const lines = (body: string) => typographyProblems(scanBody(body, 20)).map((p) => `${p.line} ${p.message}`);

describe('content check: Japanese typography', () => {
  it('a half-width space after 。 or 、, 「少い」 and half-width brackets, each at its line', () => {
    expect(
      lines(
        [
          '面接指導を受けられます。 次に、事業者は措置を決めます。', // 20
          '負担が少い場合もあります。', // 21
          '労働基準法(第36条)の上限です。', // 22
          '大丈夫な行です。', // 23
          'これは、 読みにくい書き方です。', // 24
        ].join('\n'),
      ),
    ).toEqual([
      '20 「。」のあとに半角スペースがあります。スペースは入れずに続けてください',
      '21 「少い」は「少ない」と書いてください',
      '22 半角のかっこ「法(」があります。日本語の文では全角の「（」「）」を使ってください',
      '22 半角のかっこ「条)」があります。日本語の文では全角の「（」「）」を使ってください',
      '24 「、」のあとに半角スペースがあります。スペースは入れずに続けてください',
    ]);
  });

  it('leaves code, tags, link addresses, URLs and English text alone', () => {
    expect(
      lines(
        [
          '[こころの耳の相談窓口](/guides/support/kokoro-no-mimi/)を見てください。',
          '<RelatedLinks links={[{ href: "/x/", label: "記事(参考)" }]} />',
          '`労働基準法(第36条)` はコードです。',
          'WBGT (Wet Bulb Globe Temperature) は英語です。',
          '詳しくは https://www.mhlw.go.jp/(x) を見てください。',
          '```',
          '少い 。 x',
          '```',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
