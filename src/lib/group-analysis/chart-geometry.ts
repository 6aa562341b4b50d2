import { SCALE_RANGE } from './scales';

/**
 * Geometry of the 判定図 scatter charts, kept out of the island so it can be tested: the axis range that
 * holds every point and reference line, pixel positions, and labels nudged apart so they do not overlap.
 */

export interface Axis {
  min: number;
  max: number;
  /** Whole-number ticks from min to max. */
  ticks: number[];
}

/** Whole numbers around the values with half a point to spare, within 3–12, at least 4 points wide. */
export function axisFor(values: readonly number[], minSpan = 4): Axis {
  const finite = values.filter(Number.isFinite);
  let min = Math.max(SCALE_RANGE.min, finite.length ? Math.floor(Math.min(...finite) - 0.5) : SCALE_RANGE.min);
  let max = Math.min(SCALE_RANGE.max, finite.length ? Math.ceil(Math.max(...finite) + 0.5) : SCALE_RANGE.max);
  // Widen downwards first (towards the middle of the scale for high values), then upwards.
  while (max - min < minSpan && (min > SCALE_RANGE.min || max < SCALE_RANGE.max)) {
    if (min > SCALE_RANGE.min) min--;
    if (max - min < minSpan && max < SCALE_RANGE.max) max++;
  }
  return { min, max, ticks: Array.from({ length: max - min + 1 }, (_, i) => min + i) };
}

/** Position of a value along an axis drawn from `from` to `to` pixels (to < from for a y axis). */
export function project(value: number, axis: Axis, from: number, to: number): number {
  return from + ((value - axis.min) / (axis.max - axis.min)) * (to - from);
}

/**
 * Label positions near the wanted ones, at least `gap` apart, kept within [top, bottom]. Returns the
 * positions in the order given. Greedy: sorted top to bottom, each pushed below the one above, then the
 * whole run shifted up if it went past the bottom.
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed: number[] = [];
  for (const [k, item] of order.entries()) placed[k] = Math.max(item.y, top, k > 0 ? placed[k - 1] + gap : -Infinity);
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? bottom : placed[k + 1] - gap;
    if (placed[k] > limit) placed[k] = limit;
  }
  const result: number[] = [];
  order.forEach((item, k) => (result[item.i] = placed[k]));
  return result;
}
