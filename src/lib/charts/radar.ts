/** Geometry for a radar chart: one spoke per value, the first pointing straight up, clockwise. */
export interface Point {
  x: number;
  y: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function spokePoint(index: number, count: number, fraction: number, radius: number, center: Point): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return {
    x: round(center.x + Math.cos(angle) * radius * fraction),
    y: round(center.y + Math.sin(angle) * radius * fraction),
  };
}

/** The polygon of `values` (each 0..max) as an SVG `points` attribute. */
export function radarPolygon(values: readonly number[], max: number, radius: number, center: Point): string {
  return values
    .map((v, i) => spokePoint(i, values.length, Math.min(Math.max(v, 0), max) / max, radius, center))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
}
