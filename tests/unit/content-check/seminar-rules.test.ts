import { afterAll, describe, expect, it } from 'vitest';
import { problemLines, removeFixtures, seminar, seminarWith } from './fixture';

afterAll(removeFixtures);

const S = 'content/seminars/2026-12-test.md';

// Rule 11: the seminar rules of the schema (order of times, prefecture, how to apply), at the right lines.
describe('content check: seminar rules', () => {
  it('an end before the start, a venue seminar without prefecture, apply with neither url nor contact', async () => {
    expect(
      await problemLines({
        [S]: seminarWith({ 'end:': 'end: 2026-12-10T13:30', 'prefecture:': null, 'apply:': 'apply: { tel: 06-0000-0000 }', '  contact:': null }),
      }),
    ).toEqual([
      `${S}:2 prefecture は会場・ハイブリッドのセミナーでは必須です（例：prefecture: 大阪府）`,
      `${S}:6 end「2026-12-10T13:30」は start（2026-12-10T14:00）より後の日時にしてください`,
      `${S}:12 apply の tel という項目は使えません（使える項目：url, contact, email）`,
      `${S}:12 apply には url か contact のどちらかを書いてください（例：apply: { contact: 事務局（seminar@example.jp） }）`,
    ]);
  });

  it('apply with neither, other fields wrong at the same time, and values outside their lists', async () => {
    expect(
      await problemLines({
        [S]: seminarWith({
          'programme:': 'programme: メンタルヘルスセミナー',
          'format:': 'format: ハイブリッド',
          'prefecture:': 'prefecture: 大阪',
          'capacity:': 'capacity: 120名',
          'apply:': 'apply: {}',
          '  contact:': null,
          'status:': 'status: 募集中',
          '    kind:': '    kind: スライド',
        }),
      }),
    ).toEqual([
      `${S}:3 programme「メンタルヘルスセミナー」は使えません（安全衛生優良企業 事例発表会 / 安全衛生優良企業 企業向けセミナー / メンタルヘルス対策セミナー / 受動喫煙防止対策 説明会 / 過労死等防止対策推進シンポジウム のどれか）`,
      `${S}:9 prefecture「大阪」は都道府県名で書いてください（例：prefecture: 大阪府）`,
      `${S}:11 capacity「120名」は正の整数にしてください（例：capacity: 120）`,
      `${S}:13 apply には url か contact のどちらかを書いてください（例：apply: { contact: 事務局（seminar@example.jp） }）`,
      `${S}:14 status「募集中」は使えません（受付中 / 満席 / 終了 のどれか）`,
      `${S}:19 materials の kind「スライド」は使えません（当日資料 / 配布資料 / 講演資料 のどれか）`,
    ]);
  });

  it('an online seminar needs no prefecture; an apply url must be http(s)', async () => {
    expect(
      await problemLines({
        [S]: seminarWith({ 'format:': 'format: オンライン', 'prefecture:': null, 'apply:': 'apply: { url: ftp://example.jp/apply }', '  contact:': null }),
      }),
    ).toEqual([`${S}:12 apply の url「ftp://example.jp/apply」は http:// か https:// で始まる URL にしてください（例：url: https://example.jp/apply）`]);
  });

  it('links in a seminar body are checked like those in guides', async () => {
    expect(await problemLines({ [S]: seminar(undefined, '詳しくは[記事](/guides/support/no-such/)を見てください。\n') })).toEqual([
      `${S}:22 リンク先「/guides/support/no-such/」のページがありません（このトピックの記事：/guides/support/kokoro-no-mimi/, /guides/support/sanpo-centers/）`,
    ]);
  });
});
