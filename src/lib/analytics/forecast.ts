/**
 * Where a target will land on 31 March if the pace so far continues. Count targets are projected
 * linearly from the days elapsed; share targets (e.g. 90% "useful") are judged on the share so far.
 */
export type KpiStatus = 'on-track' | 'at-risk' | 'behind' | 'not-started';

export const STATUS_LABELS: Record<KpiStatus, string> = {
  'on-track': '達成見込み',
  'at-risk': '要注意',
  behind: '遅れ',
  'not-started': '開始前',
};

/** A forecast within this share below the target is "at risk" rather than "behind". */
export const AT_RISK_MARGIN = 0.1;

export interface CountForecast {
  achievement: number;
  forecast: number;
  status: KpiStatus;
}

export function forecastCount(count: number, target: number, elapsedDays: number, totalDays: number): CountForecast {
  const achievement = target > 0 ? count / target : 0;
  if (elapsedDays <= 0) return { achievement, forecast: count, status: 'not-started' };
  const forecast = Math.round((count / elapsedDays) * totalDays);
  return { achievement, forecast, status: statusOf(forecast / target) };
}

export interface ShareForecast {
  share: number | null;
  achievement: number | null;
  status: KpiStatus;
}

/** `positive` of `answers` against a target share such as 0.9; no answers yet → not started. */
export function forecastShare(positive: number, answers: number, targetShare: number): ShareForecast {
  if (answers === 0) return { share: null, achievement: null, status: 'not-started' };
  const share = positive / answers;
  return { share, achievement: share / targetShare, status: statusOf(share / targetShare) };
}

function statusOf(exactRatio: number): KpiStatus {
  // Rounded so that, e.g., 72 of 100 against 0.8 (0.8999999…) counts as the 90% it is.
  const ratio = Math.round(exactRatio * 1e9) / 1e9;
  if (ratio >= 1) return 'on-track';
  if (ratio >= 1 - AT_RISK_MARGIN) return 'at-risk';
  return 'behind';
}
