import { describe, expect, it } from 'vitest';
import { excerptParts, excerptText } from '../../src/lib/search-excerpt';

describe('excerptText', () => {
  it('turns the 「. 」 Pagefind puts between blocks into a Japanese full stop', () => {
    expect(excerptText('<mark>ストレスチェック</mark>. <mark>ストレスチェック</mark>を受ける方へ：仕組みと結果の守られ方. 職場の<mark>ストレスチェック</mark>で何を聞かれ')).toBe(
      'ストレスチェック。ストレスチェックを受ける方へ：仕組みと結果の守られ方。職場のストレスチェックで何を聞かれ',
    );
  });

  it('drops the separator after punctuation that already ends the phrase', () => {
    expect(excerptText('10人未満の集団の結果の扱い. 集計します。. 次に、. 確認？. はい')).toBe('10人未満の集団の結果の扱い。集計します。次に、確認？はい');
  });

  it('never starts with 。 or other closing punctuation, nor with a separator', () => {
    expect(excerptText('。次に産業医が確認します')).toBe('次に産業医が確認します');
    expect(excerptText('. 」、。 面接指導の申出')).toBe('面接指導の申出');
    expect(excerptText('<mark>。</mark>面接')).toBe('面接');
  });

  it('ends a block that closes the excerpt with 。', () => {
    expect(excerptText('煙を屋外に排気している.')).toBe('煙を屋外に排気している。');
    expect(excerptText('煙を屋外に排気している. ')).toBe('煙を屋外に排気している。');
  });

  it('leaves full stops inside numbers and English text alone', () => {
    expect(excerptText('風速0.2m/s以上の気流')).toBe('風速0.2m/s以上の気流');
    expect(excerptText('see Dr. Smith. Then')).toBe('see Dr. Smith. Then');
  });

  it('treats a separator next to English as one when Japanese follows', () => {
    expect(excerptText('WBGT. 暑さ指数')).toBe('WBGT。暑さ指数');
  });

  it('collapses runs of spaces', () => {
    expect(excerptText('年間の流れ   チェックリスト')).toBe('年間の流れ チェックリスト');
  });
});

describe('excerptParts', () => {
  it('keeps the marked words apart and decodes what Pagefind escaped', () => {
    expect(excerptParts('。<mark>喫煙</mark>専用室. &lt;標識&gt;を<mark>掲示</mark>')).toEqual([
      { text: '喫煙', mark: true },
      { text: '専用室。<標識>を', mark: false },
      { text: '掲示', mark: true },
    ]);
  });

  it('sees through <mark> when deciding about a separator', () => {
    expect(excerptParts('<mark>面接指導</mark>. 次')).toEqual([
      { text: '面接指導', mark: true },
      { text: '。次', mark: false },
    ]);
  });

  it('never produces markup from the text: other tags are dropped, escaped text stays text', () => {
    expect(excerptParts('&lt;script&gt;<b>x</b>')).toEqual([{ text: '<script>x', mark: false }]);
    expect(excerptParts('')).toEqual([]);
  });
});
