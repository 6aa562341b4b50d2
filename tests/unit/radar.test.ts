import { describe, expect, it } from 'vitest';
import { radarPolygon, spokePoint } from '../../src/lib/charts/radar';

const center = { x: 100, y: 100 };

describe('radar geometry', () => {
  it('starts at twelve o’clock and goes clockwise', () => {
    expect(spokePoint(0, 4, 1, 50, center)).toEqual({ x: 100, y: 50 });
    expect(spokePoint(1, 4, 1, 50, center)).toEqual({ x: 150, y: 100 });
    expect(spokePoint(2, 4, 1, 50, center)).toEqual({ x: 100, y: 150 });
    expect(spokePoint(3, 4, 0.5, 50, center)).toEqual({ x: 75, y: 100 });
  });

  it('scales each value by the maximum and clamps out-of-range values', () => {
    expect(radarPolygon([5, 0, 10], 5, 60, center)).toBe('100,40 100,100 48.04,130');
  });
});
