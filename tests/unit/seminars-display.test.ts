import { describe, expect, it } from 'vitest';
import { applyAction, contactText, placeLabel, placeRows } from '../../src/lib/seminars/display';

describe('placeLabel: where, in a few words on a card', () => {
  it('names the prefecture and how to attend, never 「オンライン」 twice', () => {
    expect(placeLabel({ format: '会場', prefecture: '大阪府' })).toBe('大阪府・会場');
    expect(placeLabel({ format: 'ハイブリッド', prefecture: '東京都' })).toBe('東京都・会場とオンライン');
    expect(placeLabel({ format: 'オンライン' })).toBe('オンライン');
    expect(placeLabel({ format: 'オンライン', prefecture: '宮城県' })).toBe('宮城県・オンライン');
  });
});

describe('placeRows: the rows of the seminar page', () => {
  it('gives an online seminar one row, its venue text', () => {
    expect(placeRows({ format: 'オンライン', venue: 'オンライン（Web会議システム）' })).toEqual([{ term: '開催形式', text: 'オンライン（Web会議システム）' }]);
    expect(placeRows({ format: 'オンライン', venue: 'Zoom' })).toEqual([{ term: '開催形式', text: 'オンライン（Zoom）' }]);
  });

  it('gives the others format, prefecture and venue', () => {
    expect(placeRows({ format: 'ハイブリッド', prefecture: '東京都', venue: '東京都内の会議室とオンライン' })).toEqual([
      { term: '開催形式', text: 'ハイブリッド（会場とオンライン）' },
      { term: '都道府県', text: '東京都' },
      { term: '会場', text: '東京都内の会議室とオンライン' },
    ]);
    expect(placeRows({ format: '会場', prefecture: '大阪府', venue: '大阪市内の会議室' }).map((r) => r.text)).toEqual(['会場', '大阪府', '大阪市内の会議室']);
  });
});

describe('contactText: whom to ask', () => {
  it('adds the address when the contact does not already show it', () => {
    expect(contactText({ contact: '事務局', email: 'seminar@example.jp' })).toBe('事務局（seminar@example.jp）');
    expect(contactText({ contact: '事務局（seminar@example.jp）', email: 'seminar@example.jp' })).toBe('事務局（seminar@example.jp）');
    expect(contactText({ contact: '電話 06-0000-0000' })).toBe('電話 06-0000-0000');
    expect(contactText({ email: 'seminar@example.jp' })).toBe('seminar@example.jp');
    expect(contactText({ url: 'https://example.jp/apply' })).toBeUndefined();
  });
});

describe('applyAction: 「申し込む」', () => {
  const seminar = { title: '受動喫煙防止対策 説明会 名古屋会場', format: '会場' };

  it('goes to the apply page when there is one', () => {
    expect(applyAction({ url: 'https://example.jp/apply', email: 'seminar@example.jp' }, seminar)).toEqual({ href: 'https://example.jp/apply', label: '申し込む' });
  });

  it('otherwise writes an e-mail with the seminar in the subject and the questions in the body', () => {
    const action = applyAction({ contact: '事務局', email: 'seminar@example.jp' }, seminar)!;
    expect(action.label).toBe('メールで申し込む');
    const mail = new URL(action.href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('seminar@example.jp');
    expect(mail.searchParams.get('subject')).toBe('【申込】受動喫煙防止対策 説明会 名古屋会場');
    expect(mail.searchParams.get('body')).toBe('セミナー：受動喫煙防止対策 説明会 名古屋会場\r\nお名前：\r\n会社・団体名：\r\n部署・役職：\r\n');
    expect(action.href).not.toContain('+'); // spaces as %20: mail programs do not read + as a space
  });

  it('asks how a hybrid seminar will be attended', () => {
    const mail = new URL(applyAction({ email: 'a@example.jp' }, { ...seminar, format: 'ハイブリッド' })!.href);
    expect(mail.searchParams.get('body')).toContain('参加方法（会場／オンライン）：');
  });

  it('has nothing to offer with only a contact text', () => {
    expect(applyAction({ contact: '電話 06-0000-0000' }, seminar)).toBeNull();
  });
});
