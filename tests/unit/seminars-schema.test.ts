import { describe, expect, it } from 'vitest';
import { PREFECTURES, prefectureCode } from '../../src/lib/seminars/filters';
import { FORMATS, MATERIAL_KINDS, PROGRAMMES, STATUSES, seminarSchema } from '../../src/lib/seminars/schema';

/** The tests mutate the raw front matter freely. */
type Raw = any;

const schema = seminarSchema({ topicIds: ['stress-check', 'overwork'], fileExists: (p) => p === '/materials/a.pdf' });

/** A complete, valid seminar as it would be written in content/seminars/*.md. */
const valid: Raw = {
  title: '職場のメンタルヘルス対策セミナー（大阪会場）',
  programme: 'メンタルヘルス対策セミナー',
  topic: 'stress-check',
  start: '2026-06-18T14:00',
  end: '2026-06-18T16:30',
  format: '会場',
  venue: '大阪府立労働センター 2階ホール',
  prefecture: '大阪府',
  audience: ['事業者・人事労務'],
  capacity: 120,
  fee: '無料',
  apply: { contact: '大阪労働局 健康課 06-0000-0000' },
  status: '終了',
  published: '2026-05-01',
  materials: [{ title: '当日スライド', file: '/materials/a.pdf', kind: '当日資料' }],
};

/** The valid seminar with one change applied, then parsed; the field paths and messages of the failure. */
const problems = (change: (data: Raw) => void) => {
  const data = structuredClone(valid);
  change(data);
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

/** The message for a start or end that is not written as 2026-06-18T14:00. */
const timeForm = (field: string, value: string) => `${field}「${value}」は 2026-06-18T14:00 の形（日本時間）で書いてください`;
const FILE_FORM = (value: string) =>
  `materials.0.file: materials の file「${value}」は /materials/ の下のファイル名（半角英数字）にしてください（例：file: /materials/stress-check-annual-flow.pdf）`;
const PREFECTURE_FORM = (value: string) => `prefecture: prefecture「${value}」は都道府県名で書いてください（例：prefecture: 大阪府）`;

describe('seminar schema: accepted seminars', () => {
  it('parses a complete seminar and turns published into a Date', () => {
    const data = schema.parse(structuredClone(valid));
    expect(data).toEqual({ ...valid, published: new Date('2026-05-01T00:00:00.000Z') });
    expect(data.published).toBeInstanceOf(Date);
    expect(data.published.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(data.materials).toEqual([{ title: '当日スライド', file: '/materials/a.pdf', kind: '当日資料' }]);
  });

  it('defaults materials to an empty list', () => {
    const { materials: _omitted, ...withoutMaterials } = structuredClone(valid);
    const data = schema.parse(withoutMaterials);
    expect(data.materials).toEqual([]);
    expect(problems((d) => delete d.materials)).toEqual([]);
  });

  it('accepts an online seminar without a prefecture', () => {
    expect(
      problems((d) => {
        d.format = 'オンライン';
        delete d.prefecture;
      }),
    ).toEqual([]);
    const data = schema.parse({ ...structuredClone(valid), format: 'オンライン', prefecture: undefined });
    expect(data.prefecture).toBeUndefined();
    expect(data.format).toBe('オンライン');
  });

  it('accepts an apply url alone, every programme, format, status and material kind', () => {
    expect(problems((d) => (d.apply = { url: 'https://example.jp/apply' }))).toEqual([]);
    expect(problems((d) => (d.apply = { url: 'https://example.jp/apply', contact: '電話 06-0000-0000' }))).toEqual([]);
    for (const p of PROGRAMMES) expect(problems((d) => (d.programme = p.name))).toEqual([]);
    for (const f of FORMATS) expect(problems((d) => (d.format = f.name))).toEqual([]);
    for (const s of STATUSES) expect(problems((d) => (d.status = s))).toEqual([]);
    for (const k of MATERIAL_KINDS) expect(problems((d) => (d.materials[0].kind = k))).toEqual([]);
    expect(problems((d) => (d.topic = 'overwork'))).toEqual([]);
    expect(problems((d) => (d.prefecture = '北海道'))).toEqual([]);
    expect(problems((d) => (d.prefecture = '神奈川県'))).toEqual([]);
    expect(problems((d) => (d.prefecture = '東京都'))).toEqual([]);
  });

  it('accepts an apply email beside the contact text, or with the url', () => {
    expect(problems((d) => (d.apply = { contact: '事務局', email: 'seminar@example.jp' }))).toEqual([]);
    expect(problems((d) => (d.apply = { url: 'https://example.jp/apply', email: 'seminar@example.jp' }))).toEqual([]);
    expect(schema.parse({ ...structuredClone(valid), apply: { contact: '事務局', email: 'seminar@example.jp' } }).apply).toEqual({
      contact: '事務局',
      email: 'seminar@example.jp',
    });
  });

  it('accepts an end one minute after the start, and an end on a later day', () => {
    expect(problems((d) => (d.end = '2026-06-18T14:01'))).toEqual([]);
    expect(problems((d) => (d.end = '2026-06-19T10:00'))).toEqual([]);
  });
});

describe('seminar schema: rejected seminars (Japanese messages)', () => {
  it('a material whose file is missing from public/', () => {
    const result = schema.safeParse({ ...structuredClone(valid), materials: [{ title: '配布資料', file: '/materials/b.pdf', kind: '配布資料' }] });
    expect(result.success).toBe(false);
    const issues = result.error!.issues;
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(['materials', 0, 'file']);
    expect(issues[0].message).toBe('ファイル public/materials/b.pdf がありません（public/materials/ に置くか、file を直してください）');
  });

  it('reports the missing file at its own index', () => {
    expect(
      problems((d) => d.materials.push({ title: '講演資料', file: '/materials/b.pdf', kind: '講演資料' })),
    ).toEqual(['materials.1.file: ファイル public/materials/b.pdf がありません（public/materials/ に置くか、file を直してください）']);
  });

  it('a material file outside /materials/', () => {
    for (const file of ['/docs/a.pdf', 'materials/a.pdf', '/materials/sub/a.pdf', '/materials/資料.pdf']) {
      expect(problems((d) => (d.materials[0].file = file))).toEqual([FILE_FORM(file)]);
    }
  });

  it('a material file outside /materials/ gets only the location message, not also a "not found" one', () => {
    expect(problems((d) => (d.materials[0].file = '/docs/a.pdf'))).toEqual([FILE_FORM('/docs/a.pdf')]);
  });

  it('a material of an unknown kind', () => {
    expect(problems((d) => (d.materials[0].kind = 'スライド'))).toEqual([
      'materials.0.kind: materials の kind「スライド」は使えません（当日資料 / 配布資料 / 講演資料 のどれか）',
    ]);
  });

  it('a material without a title, or with an unknown key', () => {
    expect(problems((d) => (d.materials[0].title = ''))).toEqual(['materials.0.title: materials の title が空です（例：title: 当日資料）']);
    const extra = schema.safeParse({ ...structuredClone(valid), materials: [{ ...valid.materials[0], size: '2MB' }] });
    expect(extra.error!.issues.map((i) => [i.code, i.path, (i as any).keys])).toEqual([['unrecognized_keys', ['materials', 0], ['size']]]);
  });

  it('an unknown programme', () => {
    expect(problems((d) => (d.programme = 'メンタルヘルスセミナー'))).toEqual([
      'programme: programme「メンタルヘルスセミナー」は使えません（安全衛生優良企業 事例発表会 / 安全衛生優良企業 企業向けセミナー / メンタルヘルス対策セミナー / 受動喫煙防止対策 説明会 / 過労死等防止対策推進シンポジウム のどれか）',
    ]);
    // The ASCII id is for URLs only; the front matter uses the name.
    expect(problems((d) => (d.programme = 'mental-health'))).toHaveLength(1);
  });

  it('a topic that is not one of the topic ids', () => {
    expect(problems((d) => (d.topic = 'smoking'))).toEqual(['topic: topic「smoking」は content/topics/ のトピックにありません（stress-check, overwork のどれか）']);
  });

  it('a start not in the 2026-06-18T14:00 form', () => {
    for (const start of ['2026-06-18 14:00', '2026-06-18T14:00:00', '2026-06-18T14:00+09:00']) {
      expect(problems((d) => (d.start = start))).toEqual([`start: ${timeForm('start', start)}`]);
    }
    expect(problems((d) => (d.end = '2026/06/18 16:30'))).toEqual([`end: ${timeForm('end', '2026/06/18 16:30')}`]);
  });

  it('a start written as a YAML date-time (a Date object)', () => {
    expect(problems((d) => (d.start = new Date('2026-06-18T05:00:00Z')))).toEqual([`start: ${timeForm('start', '2026-06-18T05:00:00Z')}`]);
    expect(problems((d) => delete d.start)).toEqual(['start: start は必須です（例：start: 2026-06-18T14:00）']);
  });

  it('a malformed start does not also claim the end is before the start', () => {
    // '2026-6-18T14:00' compares as a string greater than '2026-06-18T16:30'.
    expect(problems((d) => (d.start = '2026-6-18T14:00'))).toEqual([`start: ${timeForm('start', '2026-6-18T14:00')}`]);
  });

  it('an impossible month, day or hour in the right form', () => {
    // These match the pattern but are no JST time: jstInstant gives NaN (13月, 25時) or rolls over (6月31日 → 7月1日),
    // so isPast never turns true and the .ics gets an invalid DTSTART.
    const noDay = (start: string, end: string) => [
      `start: start「${start}」は存在しない日付です（例：2026-06-18T14:00）`,
      `end: end「${end}」は存在しない日付です（例：2026-06-18T14:00）`,
    ];
    expect(problems((d) => Object.assign(d, { start: '2026-13-01T14:00', end: '2026-13-01T16:30' }))).toEqual(noDay('2026-13-01T14:00', '2026-13-01T16:30'));
    expect(problems((d) => Object.assign(d, { start: '2026-06-31T14:00', end: '2026-06-31T16:30' }))).toEqual(noDay('2026-06-31T14:00', '2026-06-31T16:30'));
    expect(problems((d) => (d.end = '2026-06-18T25:00'))).toEqual(['end: end「2026-06-18T25:00」は存在しない時刻です（00:00〜23:59。例：2026-06-18T14:00）']);
  });

  it('an end before, or equal to, the start', () => {
    for (const end of ['2026-06-18T13:30', '2026-06-18T14:00', '2026-06-17T23:59']) {
      expect(problems((d) => (d.end = end))).toEqual([`end: end「${end}」は start（2026-06-18T14:00）より後の日時にしてください`]);
    }
  });

  it('a venue or hybrid seminar without a prefecture', () => {
    expect(problems((d) => delete d.prefecture)).toEqual(['prefecture: prefecture は会場・ハイブリッドのセミナーでは必須です（例：prefecture: 大阪府）']);
    expect(
      problems((d) => {
        d.format = 'ハイブリッド';
        delete d.prefecture;
      }),
    ).toEqual(['prefecture: prefecture は会場・ハイブリッドのセミナーでは必須です（例：prefecture: 大阪府）']);
  });

  it('a prefecture not written as a prefecture name', () => {
    expect(problems((d) => (d.prefecture = '大阪'))).toEqual([PREFECTURE_FORM('大阪')]);
    expect(problems((d) => (d.prefecture = 'Osaka'))).toEqual([PREFECTURE_FORM('Osaka')]);
  });

  it('accepts all 47 prefecture names', () => {
    for (const p of PREFECTURES) expect(problems((d) => (d.prefecture = p)), p).toEqual([]);
  });

  it('a prefecture of the right shape that does not exist (a typo)', () => {
    // '大坂府' passes /^.{2,3}[都道府県]$/, then prefectureCode throws while the filter pages are built.
    expect(() => prefectureCode('大坂府')).toThrow('都道府県名「大坂府」を認識できません');
    expect(problems((d) => (d.prefecture = '大坂府'))).toEqual([PREFECTURE_FORM('大坂府')]);
    expect(problems((d) => (d.prefecture = '東京府'))).toEqual([PREFECTURE_FORM('東京府')]);
  });

  it('apply with neither url nor contact', () => {
    expect(problems((d) => (d.apply = {}))).toEqual(['apply: apply には url か contact のどちらかを書いてください（例：apply: { contact: 事務局（seminar@example.jp） }）']);
  });

  it('an apply url that is not http(s), or an empty contact', () => {
    const paths = (change: (d: Raw) => void) => problems(change).map((p) => p.split(': ')[0]);
    expect(paths((d) => (d.apply = { url: 'ftp://example.jp/apply' }))).toEqual(['apply.url']);
    expect(paths((d) => (d.apply = { url: 'javascript:alert(1)' }))).toEqual(['apply.url']);
    expect(paths((d) => (d.apply = { contact: '' }))).toEqual(['apply.contact', 'apply']);
  });

  it('an apply email that is not an address, in Japanese', () => {
    for (const email of ['seminar.example.jp', 'mailto:seminar@example.jp', '事務局', 'a@b']) {
      expect(problems((d) => (d.apply = { contact: '事務局', email }))).toEqual([
        `apply.email: apply の email「${email}」はメールアドレスにしてください（例：email: seminar@example.jp）`,
      ]);
    }
    // email alone is not enough: contact (the text shown) or url is still needed.
    expect(problems((d) => (d.apply = { email: 'seminar@example.jp' }))).toEqual([
      'apply: apply には url か contact のどちらかを書いてください（例：apply: { contact: 事務局（seminar@example.jp） }）',
    ]);
  });

  it('a bad status', () => {
    expect(problems((d) => (d.status = '募集中'))).toEqual(['status: status「募集中」は使えません（受付中 / 満席 / 終了 のどれか）']);
  });

  it('an unknown key, reported at the top level with the key named', () => {
    const result = schema.safeParse({ ...structuredClone(valid), speaker: '山田太郎' });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toHaveLength(1);
    expect(result.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['speaker'], path: [] });
    const inApply = schema.safeParse({ ...structuredClone(valid), apply: { contact: '電話', tel: '06' } });
    expect(inApply.error!.issues.map((i) => [i.code, i.path, (i as any).keys])).toEqual([['unrecognized_keys', ['apply'], ['tel']]]);
  });

  it('gives every rejection message in Japanese, unknown keys and numbers included', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    // zod's English defaults; 'Invalid option: expected one of "働く方"|…' quotes Japanese values but is still English.
    const zodEnglish = /Invalid|Unrecognized|Too (big|small)|expected/;
    const cases: [string, (d: Raw) => void][] = [
      ['unknown key', (d) => (d.speaker = '山田太郎')],
      ['unknown material key', (d) => (d.materials[0].size = '2MB')],
      ['capacity 1.5', (d) => (d.capacity = 1.5)],
      ['capacity as text', (d) => (d.capacity = '120名')],
      ['title over 80 characters', (d) => (d.title = 'あ'.repeat(81))],
      ['empty fee', (d) => (d.fee = '')],
      ['apply url not http(s)', (d) => (d.apply = { url: 'ftp://example.jp/apply' })],
      ['unknown audience', (d) => (d.audience = ['学生'])],
    ];
    const english = cases.flatMap(([name, change]) => problems(change).filter((p) => !japanese.test(p) || zodEnglish.test(p)).map((p) => `${name} → ${p}`));
    expect(english).toEqual([]);
  });

  it('a capacity of 0 (or below)', () => {
    expect(problems((d) => (d.capacity = 0))).toEqual(['capacity: capacity「0」は正の整数にしてください（例：capacity: 120）']);
    expect(problems((d) => (d.capacity = -5))).toEqual(['capacity: capacity「-5」は正の整数にしてください（例：capacity: 120）']);
  });

  it('a missing title, an empty audience and a bad published date', () => {
    expect(problems((d) => (d.title = ''))).toEqual(['title: title が空です（例：title: メンタルヘルス対策セミナー 大阪会場）']);
    expect(problems((d) => delete d.title)).toEqual(['title: title は必須です（例：title: メンタルヘルス対策セミナー 大阪会場）']);
    expect(problems((d) => (d.audience = []))).toEqual(['audience: audience が空です。1つ以上書いてください（例：audience: [事業者・人事労務]）']);
    expect(problems((d) => (d.published = '5月1日'))).toEqual(['published: published「5月1日」は YYYY-MM-DD の形で書いてください（例：2026-11-29）']);
    expect(problems((d) => (d.published = '2026-02-29'))).toEqual(['published: published「2026-02-29」は存在しない日付です（例：2026-11-29）']);
  });
});
