import { axisFor, project, spreadLabels } from '../../lib/group-analysis/chart-geometry';
import { formatMean } from '../../lib/group-analysis/format';

export interface ChartPoint {
  name: string;
  x: number;
  y: number;
  whole: boolean;
}
export interface ReferenceLines {
  sex: 'male' | 'female';
  label: string;
  x: number;
  y: number;
}

interface Props {
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  points: readonly ChartPoint[];
  references: readonly ReferenceLines[];
}

const W = 560;
const H = 450;
const PLOT = { left: 52, right: W - 20, top: 44, bottom: H - 96 };
const LABEL_GAP = 21;

/**
 * One 仕事のストレス判定図 as an SVG scatter chart: each group a labelled point (the whole a square),
 * the national averages of men and women as reference lines. Drawn with classes and SVG attributes only
 * (the CSP forbids inline styles). The numbers are also in the table beside it.
 */
export function JudgementChart({ id, title, xLabel, yLabel, points, references }: Props) {
  const xAxis = axisFor([...points.map((p) => p.x), ...references.map((r) => r.x)]);
  const yAxis = axisFor([...points.map((p) => p.y), ...references.map((r) => r.y)]);
  const px = (v: number) => project(v, xAxis, PLOT.left, PLOT.right);
  const py = (v: number) => project(v, yAxis, PLOT.bottom, PLOT.top);
  const labelY = spreadLabels(points.map((p) => py(p.y) + 5), LABEL_GAP, PLOT.top + 10, PLOT.bottom);
  const description = points.map((p) => `${p.name}：${xLabel} ${formatMean(p.x)}、${yLabel} ${formatMean(p.y)}`).join('。');

  return (
    <svg class="ga-chart__svg" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>
        横軸は{xLabel}、縦軸は{yLabel}の平均点。{description}
      </desc>
      <rect class="ga-chart__plot" x={PLOT.left} y={PLOT.top} width={PLOT.right - PLOT.left} height={PLOT.bottom - PLOT.top} />
      {xAxis.ticks.map((t) => (
        <g key={`x${t}`}>
          <line class="ga-chart__grid" x1={px(t)} x2={px(t)} y1={PLOT.top} y2={PLOT.bottom} />
          <text class="ga-chart__tick" x={px(t)} y={PLOT.bottom + 20} text-anchor="middle">
            {t}
          </text>
        </g>
      ))}
      {yAxis.ticks.map((t) => (
        <g key={`y${t}`}>
          <line class="ga-chart__grid" x1={PLOT.left} x2={PLOT.right} y1={py(t)} y2={py(t)} />
          <text class="ga-chart__tick" x={PLOT.left - 8} y={py(t) + 5} text-anchor="end">
            {t}
          </text>
        </g>
      ))}
      <text class="ga-chart__axis" x={PLOT.left - 40} y={24}>
        ↑ {yLabel}
      </text>
      <text class="ga-chart__axis" x={(PLOT.left + PLOT.right) / 2} y={PLOT.bottom + 46} text-anchor="middle">
        {xLabel} →
      </text>
      {references.map((r) => (
        <g key={r.sex} class={`ga-chart__ref ga-chart__ref--${r.sex}`}>
          <line x1={px(r.x)} x2={px(r.x)} y1={PLOT.top} y2={PLOT.bottom} />
          <line x1={PLOT.left} x2={PLOT.right} y1={py(r.y)} y2={py(r.y)} />
        </g>
      ))}
      {points.map((p, i) => {
        const x = px(p.x);
        const y = py(p.y);
        // Labels near the right edge go to the left of their point, so they stay inside the chart.
        const right = x < PLOT.left + (PLOT.right - PLOT.left) * 0.62;
        const lx = right ? x + 11 : x - 11;
        const ly = labelY[i];
        return (
          <g key={p.name} class={p.whole ? 'ga-chart__point ga-chart__point--whole' : 'ga-chart__point'}>
            {Math.abs(ly - 5 - y) > 6 && <line class="ga-chart__leader" x1={x} y1={y} x2={lx} y2={ly - 5} />}
            {p.whole ? <rect x={x - 6} y={y - 6} width={12} height={12} /> : <circle cx={x} cy={y} r={6} />}
            <text class="ga-chart__label" x={lx} y={ly} text-anchor={right ? 'start' : 'end'}>
              {p.name}
            </text>
          </g>
        );
      })}
      {references.map((r, i) => (
        <g key={`legend-${r.sex}`} class={`ga-chart__ref ga-chart__ref--${r.sex}`}>
          <line x1={PLOT.left + i * 220} x2={PLOT.left + i * 220 + 36} y1={H - 16} y2={H - 16} />
          <text class="ga-chart__legend" x={PLOT.left + i * 220 + 44} y={H - 11}>
            {r.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
