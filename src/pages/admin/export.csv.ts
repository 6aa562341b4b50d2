import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { fiscalYearOfDay, jstDay } from '../../lib/analytics/fiscal-year';
import { kpiCsv, kpiReport } from '../../lib/analytics/report';
import { analytics, StoreUnavailable } from '../../server/analytics-runtime';
import { adminGuard } from '../../server/admin-guard';

export const prerender = false;

/** The KPI table of one 年度 as CSV: /admin/export.csv?fy=2026 */
export const GET: APIRoute = async ({ request, url, clientAddress }) => {
  const denied = await adminGuard(request, clientAddress);
  if (denied) return denied;
  const today = jstDay(Date.now());
  const fyParam = url.searchParams.get('fy');
  const fy = fyParam === null ? fiscalYearOfDay(today) : Number(fyParam);
  if (!Number.isInteger(fy) || fy < 2000 || fy > 2100) {
    return new Response('fy は 2026 のような西暦の年度で指定してください', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const targets = (await getCollection('kpiTargets')).map((t) => t.data);
  let store;
  try {
    store = (await analytics()).store;
  } catch (error) {
    if (!(error instanceof StoreUnavailable)) throw error;
    return new Response('集計データを読めません。しばらくしてからもう一度ダウンロードしてください。', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '60' },
    });
  }
  const csv = kpiCsv(await kpiReport(store, targets, fy, today), fy, today);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="kpi-${fy}.csv"`,
      'cache-control': 'no-store',
    },
  });
};
