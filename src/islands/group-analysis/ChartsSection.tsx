import type { Analysis, GroupResult } from '../../lib/group-analysis/analyse';
import { formatMean, formatRisk } from '../../lib/group-analysis/format';
import type { RuntimeNorms } from '../../lib/group-analysis/risk';
import { CHART_SCALE_INFO, type ChartScale } from '../../lib/group-analysis/scales';
import { isShown } from '../../lib/group-analysis/ten-person-rule';
import { JudgementChart } from './JudgementChart';

interface Props {
  analysis: Analysis;
  revealed: ReadonlySet<string>;
  norms: RuntimeNorms;
}

interface ChartSpec {
  id: string;
  title: string;
  x: ChartScale;
  y: ChartScale;
  risk: 'a' | 'b';
  riskLabel: string;
  reading: string;
}

/** The two charts of the 仕事のストレス判定図 (group-analysis.md §2): x and y as the official charts have them. */
const CHARTS: ChartSpec[] = [
  {
    id: 'ga-chart-a',
    title: '量-コントロール判定図',
    x: 'control',
    y: 'quant',
    risk: 'a',
    riskLabel: '健康リスクA',
    reading: '仕事の量的負担が大きい（上）ほど、仕事のコントロールが小さい（左）ほど、健康リスクが高くなります。左上ほど注意が必要です。',
  },
  {
    id: 'ga-chart-b',
    title: '職場の支援判定図',
    x: 'coworker',
    y: 'boss',
    risk: 'b',
    riskLabel: '健康リスクB',
    reading: '上司の支援（縦）と同僚の支援（横）が小さいほど、健康リスクが高くなります。左下ほど注意が必要です。',
  },
];

export function ChartsSection({ analysis, revealed, norms }: Props) {
  const shown: GroupResult[] = [...analysis.groups, analysis.whole].filter((g) => isShown(g, revealed));
  return (
    <section class="ga-charts" aria-labelledby="ga-charts-heading">
      <h3 id="ga-charts-heading">仕事のストレス判定図</h3>
      <p>
        各集団の平均点を点で示します（■は全体）。線は全国平均で、実線が男性、破線が女性です。健康リスクの等高線は男女で違うため図には描かず、健康リスクの値を表に示しています。
      </p>
      <p class="ga-narrow-only">画面の幅が狭いため、判定図の代わりに表で示しています。横向きにするか、印刷すると図も見られます。</p>
      {CHARTS.map((c) => {
        const xName = CHART_SCALE_INFO[c.x].name;
        const yName = CHART_SCALE_INFO[c.y].name;
        return (
          <figure class="ga-figure" key={c.id} aria-labelledby={`${c.id}-caption`}>
            <figcaption id={`${c.id}-caption`}>
              <strong>{c.title}</strong>　{c.reading}
            </figcaption>
            <div class="ga-figure__body">
              <div class="ga-chart">
                <JudgementChart
                  id={c.id}
                  title={c.title}
                  xLabel={xName}
                  yLabel={yName}
                  points={shown.map((g) => ({ name: g.name, x: g.means[c.x], y: g.means[c.y], whole: g === analysis.whole }))}
                  references={[
                    { sex: 'male', label: '全国平均（男性）', x: norms.male[c.x].mean, y: norms.male[c.y].mean },
                    { sex: 'female', label: '全国平均（女性）', x: norms.female[c.x].mean, y: norms.female[c.y].mean },
                  ]}
                />
              </div>
              <table class="ga-chart-table" data-testid={`${c.id}-table`}>
                <caption>{c.title}の値（平均点、3〜12点）</caption>
                <thead>
                  <tr>
                    <th scope="col">集団</th>
                    <th scope="col">{yName}</th>
                    <th scope="col">{xName}</th>
                    <th scope="col">{c.riskLabel}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((g) => (
                    <tr key={g.name}>
                      <th scope="row">{g.name}</th>
                      <td class="ga-num">{formatMean(g.means[c.y])}</td>
                      <td class="ga-num">{formatMean(g.means[c.x])}</td>
                      <td class="ga-num">{formatRisk(g.risk[c.risk])}</td>
                    </tr>
                  ))}
                  {(['male', 'female'] as const).map((sex) => (
                    <tr key={sex} class="ga-row--reference">
                      <th scope="row">全国平均（{sex === 'male' ? '男性' : '女性'}）</th>
                      <td class="ga-num">{formatMean(norms[sex][c.y].mean)}</td>
                      <td class="ga-num">{formatMean(norms[sex][c.x].mean)}</td>
                      <td class="ga-num">100</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </figure>
        );
      })}
    </section>
  );
}
