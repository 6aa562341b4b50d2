import { afterAll, describe, expect, it } from 'vitest';
import { guide, guideWith, problemLines, removeFixtures } from './fixture';

afterAll(removeFixtures);

// Rule 5: where a guide lives decides its address, so folder, topic and file name must agree.
describe('content check: guide location, topic and file name', () => {
  it('a topic that differs from the folder, and a topic that does not exist', async () => {
    expect(
      await problemLines({
        'content/guides/support/wrong-folder.mdx': guideWith('topic', 'topic: overwork'),
        'content/guides/support/no-such-topic.mdx': guideWith('topic', 'topic: mental-health'),
      }),
    ).toEqual([
      'content/guides/support/no-such-topic.mdx:4 topic「mental-health」は content/topics/ のトピックにありません（stress-check, return-to-work, passive-smoking, excellent-company, overwork, support のどれか）',
      'content/guides/support/wrong-folder.mdx:4 topic「overwork」がフォルダ名「support」と違います（topic: support にするか、ファイルを content/guides/overwork/ に移してください）',
    ]);
  });

  it('a folder that is no topic', async () => {
    expect(await problemLines({ 'content/guides/mental-health/x.mdx': guide() })).toEqual([
      'content/guides/mental-health/x.mdx:1 フォルダ「content/guides/mental-health/」は content/topics/ のトピックではありません（stress-check, return-to-work, passive-smoking, excellent-company, overwork, support のどれかのフォルダに置いてください）',
    ]);
  });

  it('a guide not exactly one folder deep, a file name that is not a-z0-9-, a file that is no article', async () => {
    expect(
      await problemLines({
        'content/guides/top-level.mdx': guide(),
        'content/guides/support/2026/deep.mdx': guide(),
        'content/guides/support/Kokoro_Mimi.mdx': guide(),
        'content/guides/support/notes.txt': 'メモ\n',
      }),
    ).toEqual([
      'content/guides/support/2026/deep.mdx:1 ファイルの場所「content/guides/support/2026/deep.mdx」が違います。記事は content/guides/<トピック>/<ファイル名>.mdx に置いてください（例：content/guides/support/deep.mdx）',
      'content/guides/support/Kokoro_Mimi.mdx:1 ファイル名「Kokoro_Mimi.mdx」は半角英小文字・数字・ハイフン（a-z, 0-9, -）で付けてください（例：kokoro-mimi.mdx）',
      'content/guides/support/notes.txt:1 ファイル「notes.txt」は記事として読み込まれません。記事は拡張子 .mdx で保存してください（例：content/guides/support/notes.mdx）',
      'content/guides/top-level.mdx:1 ファイルの場所「content/guides/top-level.mdx」が違います。記事は content/guides/<トピック>/<ファイル名>.mdx に置いてください（例：content/guides/support/top-level.mdx）',
    ]);
  });

  it('seminar files: a name that is not a-z0-9-, and a file the seminar collection does not read', async () => {
    const text = guide(); // the content does not matter: the name is refused before it is read
    expect(await problemLines({ 'content/seminars/Osaka_Seminar.md': text.replace(/[\s\S]*/, ''), 'content/seminars/x.mdx': text })).toEqual([
      'content/seminars/Osaka_Seminar.md:1 ファイル名「Osaka_Seminar.md」は半角英小文字・数字・ハイフン（a-z, 0-9, -）で付けてください（例：2026-06-mental-health-osaka.md）',
      'content/seminars/Osaka_Seminar.md:1 frontmatter がありません。ファイルの1行目を --- にして、その下に項目（例：title: 題名）を書き、--- の行で閉じてください',
      'content/seminars/x.mdx:1 ファイル「x.mdx」はセミナーとして読み込まれません。content/seminars/ の直下に拡張子 .md で置いてください（例：content/seminars/x.md）',
    ]);
  });
});
