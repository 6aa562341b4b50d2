import { radarPolygon, spokePoint } from '../../lib/charts/radar';

interface Props {
  id: string;
  title: string;
  scales: readonly { name: string; point: number }[];
}

const WIDTH = 640; // wide enough for the longest scale name beside the chart
const HEIGHT = 340;
const CENTER = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 115;
const MAX = 5;

/**
 * 評価点 (1–5) per scale on a radar, as on the official 個人結果票: further out means less stress.
 * The numbers are also in the table next to it; the SVG's text alternative summarises them.
 */
export function RadarChart({ id, title, scales }: Props) {
  const description = scales.map((s) => `${s.name} ${s.point}点`).join('、');
  const n = scales.length;
  // With fewer than three scales a radar is no shape; a triangle still reads for the three supports.
  return (
    <svg class="radar" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} width={WIDTH} height={HEIGHT}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>5点満点の評価点（高いほどストレスが少ない）：{description}</desc>
      {[1, 2, 3, 4, 5].map((level) => (
        <polygon key={level} class="radar__grid" points={radarPolygon(Array(n).fill(level), MAX, RADIUS, CENTER)} />
      ))}
      {scales.map((_, i) => {
        const end = spokePoint(i, n, 1, RADIUS, CENTER);
        return <line key={i} class="radar__spoke" x1={CENTER.x} y1={CENTER.y} x2={end.x} y2={end.y} />;
      })}
      <polygon class="radar__value" points={radarPolygon(scales.map((s) => s.point), MAX, RADIUS, CENTER)} />
      {scales.map((s, i) => {
        const p = spokePoint(i, n, 1.12, RADIUS, CENTER);
        const anchor = Math.abs(p.x - CENTER.x) < 8 ? 'middle' : p.x > CENTER.x ? 'start' : 'end';
        return (
          <text key={s.name} x={p.x} y={p.y} text-anchor={anchor} dominant-baseline="middle" class="radar__label">
            {s.name}
          </text>
        );
      })}
    </svg>
  );
}
