import type { NormDispute } from './norms-schema';
import { CHART_SCALE_INFO } from './scales';

/** What the page, the printout and the CSV say about how the figures are made. */

export const COMBINE_RULE =
  '健康リスクは、男女別の全国平均と係数で計算します。男女がいる集団では、男性・女性それぞれの平均点からその性別の定数で健康リスクA・健康リスクB・総合健康リスクを計算し、それぞれを人数で重み付けして平均した値をその集団の値にしています（公式のプログラムが男女をどう合わせるかは確認できていません）。このため総合健康リスクは、表の健康リスクA×健康リスクB÷100とわずかに違うことがあります。';

export const SHORT_FORM_RULE =
  '簡略版（23項目）だけの回答、または57項目の一部が空欄の回答は、判定図と健康リスクには含めますが、高ストレス者の判定には含めません（判定には57項目すべてが必要です）。高ストレス者の割合は、57項目すべてに回答した人に対する割合です。';

export const HIGH_STRESS_RULE =
  '高ストレス者は、厚生労働省「ストレスチェック制度実施マニュアル」の評価基準の例にある2つの方法（素点換算表を使う方法、合計点数を使う方法）で、1人ずつ判定して数えています。';

const SEX = { male: '男性', female: '女性' } as const;
const FIELD = { mean: '全国平均', coefficient: '係数' } as const;

/** 「男性・上司の支援の全国平均：7.5 を使用（ほかに 7.6：2つの公開実装）」 */
export function disputeLine(d: NormDispute): string {
  // Means read as printed (8.0, not 8); coefficients as written.
  const show = (v: number) => (d.field === 'mean' ? v.toFixed(1) : String(v));
  const others = d.alternatives.map((a) => `${show(a.value)}：${a.where}`).join('、');
  return `${SEX[d.sex]}・${CHART_SCALE_INFO[d.scale].name}の${FIELD[d.field]}：${show(d.adopted)} を使用（ほかに ${others}）`;
}

export function normsNote(disputes: readonly NormDispute[]): string {
  const base = '全国平均と係数は参考値です（公式の表を直接確かめられず、複数の公開実装の転記が一致した値です）。';
  return disputes.length === 0 ? base : `${base}資料によって違う値：${disputes.map(disputeLine).join('。')}。`;
}
