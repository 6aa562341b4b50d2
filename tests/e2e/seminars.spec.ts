import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const publicFile = (path: string) => readFileSync(join(import.meta.dirname, '..', '..', 'public', path));

test('the seminar list shows upcoming seminars before past ones', async ({ page }) => {
  await page.goto('/seminars/');
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings.indexOf('これから開催するセミナー')).toBeLessThan(headings.indexOf('終了したセミナー'));
  await expect(page.getByRole('status')).toHaveText(/^\d+件のセミナーが条件に合います。$/);
});

test('filtering to one prefecture works in place, and the link works without JavaScript', async ({ page, browser, baseURL }) => {
  await page.goto('/seminars/');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole('link', { name: /^大阪府（\d+）$/ }).click();
  await expect(page).toHaveURL(/\/seminars\/filter\/prefecture\/pref-27\/$/);
  // Still the same document: the list was filtered without a reload.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  const visible = page.locator('.seminar-card:visible');
  await expect(visible.first()).toBeVisible();
  for (const meta of await visible.locator('.seminar-card__meta').allInnerTexts()) expect(meta).toContain('大阪府');
  const count = await visible.count();
  await expect(page.getByRole('status')).toHaveText(`${count}件のセミナーが条件に合います。`);
  await expect(page.getByRole('link', { name: /^大阪府（\d+）$/ })).toHaveAttribute('aria-current', 'true');

  // Combining with another filter that matches nothing shows the empty state.
  await page.getByRole('link', { name: /^オンライン（\d+）$/ }).click();
  await expect(page).toHaveURL(/\/seminars\/\?prefecture=pref-27&format=online$/);
  await expect(page.getByText('条件に合うセミナーはありません。')).toBeVisible();
  await page.goBack();
  await expect(visible).toHaveCount(count);

  // The same link as a plain link, without JavaScript: the pre-built page shows only Osaka.
  const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto('/seminars/filter/prefecture/pref-27/');
  await expect(plain.locator('.seminar-card:visible')).toHaveCount(count);
  await noJs.close();
});

test('a seminar page shows its details, a calendar file in JST and its materials', async ({ page }) => {
  await page.goto('/seminars/filter/prefecture/pref-27/');
  await page.getByRole('link', { name: 'メンタルヘルス対策セミナー 大阪会場' }).click();
  await expect(page).toHaveURL(/\/seminars\/2026-06-mental-health-osaka\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('メンタルヘルス対策セミナー 大阪会場');
  await expect(page.getByText('このセミナーは終了しました。')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '2026年6月18日（木）14:00〜16:30（日本時間）' })).toBeVisible();

  const [material] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /（PDF：\d+KB）$/ }).first().click()]);
  const file = `/materials/${material.suggestedFilename()}`;
  expect(readFileSync((await material.path())!)).toEqual(publicFile(file));

  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /カレンダーに追加/ }).click()]);
  expect(ics.suggestedFilename()).toBe('2026-06-mental-health-osaka.ics');
  const text = readFileSync((await ics.path())!, 'utf8');
  const unfolded = text.replace(/\r\n /g, '');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(unfolded).toContain('BEGIN:VEVENT\r\n');
  expect(unfolded).toContain('DTSTART;TZID=Asia/Tokyo:20260618T140000\r\n');
  expect(unfolded).toContain('DTEND;TZID=Asia/Tokyo:20260618T163000\r\n');
  expect(unfolded).toContain('TZOFFSETTO:+0900\r\n');
  expect(unfolded).toContain('SUMMARY:メンタルヘルス対策セミナー 大阪会場\r\n');
});

test('the materials page lists every material by topic with format and size', async ({ page }) => {
  await page.goto('/materials/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('資料ダウンロード');
  await expect(page.getByRole('heading', { level: 2, name: '受動喫煙防止対策' })).toBeVisible();
  const links = page.locator('main a[download]');
  expect(await links.count()).toBeGreaterThanOrEqual(6);
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href'))!;
    const kb = Math.max(1, Math.round(publicFile(href).length / 1024));
    await expect(link).toHaveText(new RegExp(`（PDF：${kb}KB）$`));
  }
});

test('an RSS feed of seminars and a sitemap of the whole site', async ({ request }) => {
  const rss = await (await request.get('/seminars/rss.xml')).text();
  expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0">/);
  expect(rss.match(/<item>/g)?.length).toBeGreaterThanOrEqual(12);
  expect(rss).toContain('<link>https://portal.example.jp/seminars/2026-06-mental-health-osaka/</link>');
  const map = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/', '/seminars/', '/materials/', '/check/stress/', '/guides/overwork/overtime-limits/', '/seminars/2026-06-mental-health-osaka/']) {
    expect(map).toContain(`<loc>https://portal.example.jp${path}</loc>`);
  }
  expect(map).not.toContain('/admin/');
});
