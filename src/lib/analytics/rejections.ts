import type { Rejection } from './collector';

/** How the dashboard names each reason an event was refused. */
export const REJECTION_LABELS: Record<Rejection, string> = {
  'bad-request': '形式の誤り',
  'too-large': '大きすぎる送信',
  'unknown-page': 'サイトにないページ',
  'unknown-file': 'サイトにない資料',
  'rate-limit': '同じ相手からの送信が多すぎる',
  'global-limit': '全体の送信が多すぎる',
};
