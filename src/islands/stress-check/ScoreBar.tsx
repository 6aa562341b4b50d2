/** A 評価点 (1–5) as a short bar: longer is better. Drawn in SVG (no inline styles, so CSP-safe). */
export function ScoreBar({ point }: { point: number }) {
  return (
    <svg class="score-bar" viewBox="0 0 50 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="score-bar__track" x="0" y="0" width="50" height="8" />
      <rect class="score-bar__fill" x="0" y="0" width={point * 10} height="8" />
    </svg>
  );
}
