import { afterAll, describe, expect, it } from 'vitest';
import { guide, problemLines, removeFixtures, seminarWith } from './fixture';

afterAll(removeFixtures);

// Rule 8: every file a guide or seminar offers for download must be in public/.
describe('content check: missing download files', () => {
  it('Download, Markdown links and images in a guide, and seminar materials', async () => {
    const body = [
      '<Download href="/materials/x.pdf" title="資料" />', // 11
      '',
      '[チェックリスト](/materials/checklist.xlsx) と [あるファイル](/materials/stress-check-annual-flow.pdf)', // 13
      '',
      '![図](/images/flow.png)', // 15
      '',
      '<Download href="https://example.jp/a.pdf" title="外の資料" />', // 17
    ].join('\n');
    expect(
      await problemLines({
        'content/guides/support/x.mdx': guide(undefined, body),
        'content/seminars/2026-12-test.md': seminarWith({ '    file:': '    file: /materials/seminar-slides.pdf' }),
      }),
    ).toEqual([
      'content/guides/support/x.mdx:11 ファイル public/materials/x.pdf がありません（public/materials/ に置くか、href を直してください）',
      'content/guides/support/x.mdx:13 ファイル public/materials/checklist.xlsx がありません（public/materials/ に置くか、リンク先を直してください）',
      'content/guides/support/x.mdx:15 ファイル public/images/flow.png がありません（public/images/ に置くか、リンク先を直してください）',
      'content/guides/support/x.mdx:17 Download の href「https://example.jp/a.pdf」はサイト内のファイルにしてください（public/materials/ に置いて、例：/materials/x.pdf）',
      'content/seminars/2026-12-test.md:19 ファイル public/materials/seminar-slides.pdf がありません（public/materials/ に置くか、file を直してください）',
    ]);
  });

  it('a file that is there is fine, wherever it is linked from', async () => {
    expect(
      await problemLines({
        'public/materials/new-sheet.pdf': '%PDF-1.4\n',
        'content/guides/support/x.mdx': guide(undefined, '<Download href="/materials/new-sheet.pdf" title="新しい資料" />\n\n[同じ資料](/materials/new-sheet.pdf)\n'),
        'content/seminars/2026-12-test.md': seminarWith({ '    file:': '    file: /materials/new-sheet.pdf' }),
      }),
    ).toEqual([]);
  });
});
