import { afterAll, describe, expect, it } from 'vitest';
import type { YAMLError } from 'yaml';
import { explainYamlError } from '../../../src/lib/content-check/yaml-errors';
import { guide, GUIDE_FRONTMATTER, guideWith, problemLines, removeFixtures } from './fixture';

afterAll(removeFixtures);

const at = (name: string) => `content/guides/support/${name}.mdx`;

// Rule 3: YAML syntax errors in plain Japanese, at the line to fix; never the parser's English.
describe('content check: YAML syntax errors', () => {
  it('explains each slip at its line, for every broken file at once', async () => {
    const lines = await problemLines({
      [at('colon')]: guideWith('title', 'title: 職場の健康: 入門'),
      [at('indent')]: guideWith('description', '  description: 字下げがずれた説明です。長さは十分です。'),
      [at('tab')]: guideWith('description', '\tdescription: タブで字下げした説明です。長さは十分です。'),
      [at('quote')]: guideWith('title', 'title: "閉じていない題名'),
      [at('bracket')]: guideWith('audience', 'audience: [働く方, 産業保健スタッフ'),
      [at('duplicate')]: guide([...GUIDE_FRONTMATTER, 'title: 二つ目の題名']),
    });
    expect(lines).toEqual([
      `${at('bracket')}:5 audience の [ が閉じられていません。最後に ] を付けてください（例：audience: [働く方, 産業保健スタッフ]）`,
      `${at('colon')}:2 title の値に「: 」（コロンと空白）が入っています。値全体を "…" で囲んでください（例：title: "職場の健康: 入門"）`,
      `${at('duplicate')}:10 title が2回書かれています（最初は 2 行目）。1つにまとめてください`,
      `${at('indent')}:3 description の字下げ（行頭の空白）が前の行と合っていません。同じ階層の項目は行頭の位置をそろえ、字下げは半角スペースにしてください`,
      `${at('quote')}:2 title の " が閉じられていません。値の最後にも " を付けてください（例：title: "…"）`,
      `${at('tab')}:3 description の行頭にタブ文字があります。字下げは半角スペースにしてください`,
    ]);
  });

  it('catches the slips of Japanese input that YAML would accept or misplace', async () => {
    expect(
      await problemLines({
        [at('full-width-colon')]: guideWith('topic', 'topic：support'),
        [at('no-space')]: guideWith('topic', 'topic:support'),
        [at('full-width-indent')]: guideWith('    url', '　　url: https://kokoro.mhlw.go.jp/'),
        [at('bracket-value')]: guideWith('title', 'title: [重要] お知らせ'),
        [at('no-colon')]: guideWith('topic', 'topic support'),
      }),
    ).toEqual([
      `${at('bracket-value')}:2 title の値が「[」で始まっているため途中で切れています。値全体を "…" で囲んでください（例：title: "[重要] お知らせ"）`,
      `${at('full-width-colon')}:4 topic の後ろのコロンが全角「：」です。半角の「: 」（コロンと半角スペース）にしてください（例：topic: …）`,
      `${at('full-width-indent')}:9 url の行頭に全角スペースがあります。字下げは半角スペースにしてください`,
      `${at('no-colon')}:4 「topic support」の行に「: 」がありません。「項目名: 値」の形にしてください（例：topic: support）`,
      `${at('no-space')}:4 topic の「:」の後ろに半角スペースがありません（例：topic: support）`,
    ]);
  });

  it('a frontmatter without its closing --- or without any ---', async () => {
    expect(
      await problemLines({
        [at('unclosed')]: ['---', ...GUIDE_FRONTMATTER, '', '本文です。'].join('\n'),
        [at('none')]: '本文だけの記事です。\n',
      }),
    ).toEqual([
      `${at('none')}:1 frontmatter がありません。ファイルの1行目を --- にして、その下に項目（例：title: 題名）を書き、--- の行で閉じてください`,
      `${at('unclosed')}:1 frontmatter の終わりの --- がありません。最後の項目の次の行に --- だけの行を書いてください`,
    ]);
  });

  it('an error the parser reports in words we do not know still gets a Japanese line with a hint', async () => {
    expect(await problemLines({ [at('stray-bracket')]: guide([...GUIDE_FRONTMATTER, ']']) })).toEqual([
      `${at('stray-bracket')}:10 この行の書き方を YAML として読めません。字下げ（行頭の空白）、「: 」（コロンと空白）、" や [ ] の閉じ忘れを確かめてください`,
    ]);
    const unknown = { code: 'SOMETHING_NEW', message: 'Something new went wrong', linePos: [{ line: 2, col: 1 }] } as unknown as YAMLError;
    expect(explainYamlError(unknown, ['title: a', 'topic: b'])).toEqual({
      line: 2,
      message: 'topic の書き方を YAML として読めません。字下げ（行頭の空白）、「: 」（コロンと空白）、" や [ ] の閉じ忘れを確かめてください',
    });
  });
});
