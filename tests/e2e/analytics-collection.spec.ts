import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ANALYTICS_PASSWORD } from './env';
import { gotoHydrated } from './helpers';

// Runs in the "analytics" project: its own server and database, visited as an ordinary desktop browser.
test.describe.configure({ mode: 'serial' });

const bjsq = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'instruments', 'bjsq57.json'), 'utf8')) as {
  sections: { id: string }[];
};

/** Waits until the collector has answered every beacon the page sent so far. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
}

test('visits, a completed self-check, a download and feedback are counted on the dashboard', async ({ page, browser, baseURL }) => {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/event')) sent.push(r.postData() ?? '');
  });

  await page.goto('/');
  await settled(page);
  await page.goto('/guides/stress-check/employer-duties/');
  await settled(page);

  // A download of a material is counted.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /年間の流れチェックリスト（PDF：\d+KB）/ }).click()]);
  expect(download.suggestedFilename()).toBe('stress-check-annual-flow.pdf');

  // Feedback: one answer per page view, then a thank-you.
  await page.getByRole('button', { name: 'はい' }).click();
  await expect(page.getByRole('status')).toHaveText(/ご回答ありがとうございました/);
  await expect(page.getByRole('button', { name: 'いいえ' })).toHaveCount(0);
  await settled(page);

  // A whole stress self-check, answered with the first option everywhere.
  await gotoHydrated(page, '/check/stress/');
  await page.getByRole('radio', { name: '男性' }).check();
  await page.getByRole('button', { name: 'チェックを始める' }).click();
  for (const i of bjsq.sections.keys()) {
    for (const group of await page.getByRole('radiogroup').all()) await group.getByRole('radio').first().check();
    await page.getByRole('button', { name: i === bjsq.sections.length - 1 ? '結果を見る' : '次へ進む' }).click();
    if (i < bjsq.sections.length - 1) await expect(page.locator('#check-step-heading')).toContainText(`${bjsq.sections[i + 1].id}.`);
  }
  await expect(page.locator('#check-result')).toBeVisible();
  await settled(page);

  // The beacons carried only what the counts need: no answers, scores or verdicts.
  const bodies = sent.map((s) => JSON.parse(s));
  expect(bodies).toEqual([
    { type: 'pageview', path: '/' },
    { type: 'pageview', path: '/guides/stress-check/employer-duties/' },
    { type: 'download', file: '/materials/stress-check-annual-flow.pdf', path: '/guides/stress-check/employer-duties/' },
    { type: 'feedback', useful: true, path: '/guides/stress-check/employer-duties/' },
    { type: 'pageview', path: '/check/stress/' },
    { type: 'diagnosis_complete', instrument: 'bjsq57', path: '/check/stress/' },
  ]);

  // A page the build did not produce (the 404 page's own beacon) is refused and only counted as refused.
  await page.goto('/no-such-page/');
  await settled(page);

  // Without the password the dashboard refuses.
  const anonymous = await page.request.get('/admin/');
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()['www-authenticate']).toContain('Basic');
  expect((await page.request.get('/admin/export.csv?fy=2026')).status()).toBe(401);

  // Logged in, it shows those counts.
  const staff = await browser.newContext({ baseURL, httpCredentials: { username: 'staff', password: ANALYTICS_PASSWORD } });
  const admin = await staff.newPage();
  await admin.goto('/admin/');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('アクセス状況ダッシュボード');
  const row = (id: string) => admin.locator(`tr[data-kpi="${id}"]`);
  await expect(row('fy2026-portal-pageviews')).toHaveAttribute('data-actual', '3');
  await expect(row('fy2026-diagnosis-completions')).toHaveAttribute('data-actual', '1');
  await expect(row('fy2026-materials-downloads')).toHaveAttribute('data-actual', '1');
  await expect(row('fy2026-useful-share')).toHaveAttribute('data-actual', '1');
  await expect(row('fy2026-useful-share')).toContainText('100.0%（回答1件）');
  // Tools by their names, not their ids.
  await expect(admin.getByRole('table', { name: '自己診断ごとの完了数' }).getByRole('row', { name: 'ストレスセルフチェック（57項目） 1' })).toBeVisible();
  await expect(admin.getByRole('table', { name: '自己診断ごとの完了数' })).not.toContainText('bjsq57');
  await expect(admin.getByRole('table', { name: /ダウンロードされたファイル/ })).toContainText('/materials/stress-check-annual-flow.pdf');
  // The 404 visit is not among the pages, only among the refusals.
  await expect(admin.getByRole('table', { name: /ページビューの多いページ/ })).not.toContainText('/no-such-page/');
  await expect(admin.getByRole('table', { name: '受け付けなかった送信（理由別）' }).getByRole('row', { name: 'サイトにないページ 1' })).toBeVisible();
  await expect(admin.locator('tr[data-section="/guides/stress-check/"]')).toContainText('100.0%');
  await expect(admin.getByRole('img', { name: /月別のページビュー/ })).toBeVisible();

  const csv = await admin.request.get('/admin/export.csv?fy=2026');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('fy2026-portal-pageviews,ポータル全体の延べアクセス件数,ページビュー（/ 以下）,3000000,3,');
  // The link on the page downloads that file: its address carries the 年度, not a placeholder.
  const [file] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: 'この表をCSVでダウンロード' }).click()]);
  expect(file.suggestedFilename()).toBe('kpi-2026.csv');
  expect(readFileSync((await file.path())!, 'utf8')).toContain('fy2026-portal-pageviews,ポータル全体の延べアクセス件数');

  // On a phone the KPI table scrolls inside its frame; the 目標 column stays readable.
  await admin.setViewportSize({ width: 390, height: 844 });
  const goalCell = admin.locator('.kpi tbody th').first();
  const width = await goalCell.evaluate((cell) => cell.getBoundingClientRect().width / parseFloat(getComputedStyle(cell).fontSize));
  expect(width).toBeGreaterThanOrEqual(10);
  expect(await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await staff.close();
});
