import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, readability } from './helpers';

const publicFile = (path: string) => readFileSync(join(import.meta.dirname, '..', '..', 'public', path));
const PHONE = { width: 390, height: 844 };

const visibleCards = (page: Page) => page.locator('.seminar-card:visible');
const statusText = (n: number) => `${n}件のセミナーが条件に合います。`;

/** Every visible card's meta line (status, programme, place). */
const visibleMeta = (page: Page) => visibleCards(page).locator('.seminar-card__meta').allInnerTexts();

test('the seminar list shows upcoming seminars before past ones', async ({ page }) => {
  await page.goto('/seminars/');
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings.indexOf('これから開催するセミナー')).toBeLessThan(headings.indexOf('終了したセミナー'));
  await expect(page.getByRole('status')).toHaveText(/^\d+件のセミナーが条件に合います。$/);
});

test('on a phone the filters fold into one line, so the first seminar is on the first screen', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/seminars/');
  const filters = page.getByRole('navigation', { name: 'セミナーの絞り込み' });
  await expect(filters.locator('summary')).toHaveText('絞り込み（種類・都道府県・開催月）');
  await expect(filters.getByRole('link', { name: /^大阪府（\d+）$/ })).toBeHidden();
  expect((await filters.boundingBox())!.height).toBeLessThan(80);
  expect((await visibleCards(page).first().boundingBox())!.y).toBeLessThan(PHONE.height);

  // Opened, it works and passes axe too; no card repeats 「オンライン」 for format and place.
  await filters.locator('summary').click();
  await expect(filters.getByRole('link', { name: /^大阪府（\d+）$/ })).toBeVisible();
  await expectNoAxeViolations(page);
  for (const meta of await visibleMeta(page)) expect(meta).not.toMatch(/オンライン\s*オンライン/);
});

test('on a wide screen the filters are open beside the list', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/seminars/');
  const filters = page.getByRole('navigation', { name: 'セミナーの絞り込み' });
  await expect(filters.getByRole('link', { name: /^大阪府（\d+）$/ })).toBeVisible();
  const [nav, card] = [(await filters.boundingBox())!, (await visibleCards(page).first().boundingBox())!];
  expect(card.x).toBeGreaterThan(nav.x + nav.width);
});

test('種類, 都道府県 and 開催月 combine in place; the address follows, and Back and reload keep it', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/seminars/');
  const all = await visibleCards(page).count();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  const filters = page.getByRole('navigation', { name: 'セミナーの絞り込み' });

  // By keyboard: open the filters, choose a programme.
  await filters.locator('summary').focus();
  await page.keyboard.press('Enter');
  await filters.getByRole('link', { name: /^メンタルヘルス対策セミナー（\d+）$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/seminars\/filter\/programme\/mental-health\/$/);
  const programmeOnly = await visibleCards(page).count();
  expect(programmeOnly).toBeLessThan(all);

  // Then a prefecture: both conditions hold (AND), and values with no such seminar are left out.
  await filters.getByRole('link', { name: /^大阪府（\d+）$/ }).click();
  await expect(page).toHaveURL(/\/seminars\/filter\/programme\/mental-health\/prefecture\/pref-27\/$/);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1); // no reload
  const both = await visibleCards(page).count();
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThan(programmeOnly);
  for (const meta of await visibleMeta(page)) expect(meta).toMatch(/メンタルヘルス対策セミナー[\s\S]*大阪府/);
  await expect(page.getByRole('status')).toHaveText(statusText(both));
  await expect(filters.locator('summary')).toHaveText('絞り込み：メンタルヘルス対策セミナー、大阪府');
  await expect(filters.getByRole('link', { name: /^大阪府（\d+）$/ })).toHaveAttribute('aria-current', 'true');
  await expect(filters.getByRole('link', { name: /^北海道（\d+）$/ })).toBeHidden();
  await expect(page).toHaveTitle(/^セミナー・説明会（種類：メンタルヘルス対策セミナー、都道府県：大阪府）｜/);

  // And a month: three conditions at once.
  await filters.getByRole('link', { name: '2026年6月（1）' }).click();
  await expect(page).toHaveURL(/\/seminars\/filter\/programme\/mental-health\/prefecture\/pref-27\/month\/2026-06\/$/);
  await expect(visibleCards(page)).toHaveCount(1);

  // Back returns to the previous combination; a reload keeps the current one.
  await page.goBack();
  await expect(page).toHaveURL(/\/prefecture\/pref-27\/$/);
  await expect(visibleCards(page)).toHaveCount(both);
  await page.reload();
  await expect(visibleCards(page)).toHaveCount(both);
  await expect(page.getByRole('status')).toHaveText(statusText(both));

  // Clearing shows everything again.
  await page.getByRole('link', { name: '絞り込みを解除する' }).first().click();
  await expect(page).toHaveURL(/\/seminars\/$/);
  await expect(visibleCards(page)).toHaveCount(all);
});

test('an old address with a combination that matches nothing shows the empty state', async ({ page }) => {
  await page.goto('/seminars/?prefecture=pref-27&format=online');
  await expect(page.getByText('条件に合うセミナーはありません。')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(statusText(0));
});

test('without JavaScript every filter link, combined or not, is a pre-built page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto('/seminars/');
  const filters = page.getByRole('navigation', { name: 'セミナーの絞り込み' });
  await filters.locator('summary').click(); // <details> opens without JavaScript
  await filters.getByRole('link', { name: /^メンタルヘルス対策セミナー（\d+）$/ }).click();
  await expect(page).toHaveURL(/\/seminars\/filter\/programme\/mental-health\/$/);
  await filters.locator('summary').click();
  await filters.getByRole('link', { name: /^大阪府（\d+）$/ }).click();
  await expect(page).toHaveURL(/\/seminars\/filter\/programme\/mental-health\/prefecture\/pref-27\/$/);
  const count = await visibleCards(page).count();
  expect(count).toBeGreaterThan(0);
  for (const meta of await visibleMeta(page)) expect(meta).toMatch(/メンタルヘルス対策セミナー[\s\S]*大阪府/);
  await expect(page.getByRole('status')).toHaveText(statusText(count));

  // The single-filter pages that other pages link to still work, 開催形式 included.
  await page.goto('/seminars/filter/prefecture/pref-27/');
  for (const meta of await visibleMeta(page)) expect(meta).toContain('大阪府');
  await page.goto('/seminars/filter/format/online/');
  expect(await visibleCards(page).count()).toBeGreaterThan(0);
  for (const meta of await visibleMeta(page)) expect(meta).toMatch(/オンライン$/);
  await context.close();
});

test('a past seminar page shows its details and materials, and its calendar file is in JST', async ({ page, request }) => {
  await page.goto('/seminars/filter/prefecture/pref-27/');
  await page.getByRole('link', { name: 'メンタルヘルス対策セミナー 大阪会場' }).click();
  await expect(page).toHaveURL(/\/seminars\/2026-06-mental-health-osaka\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('メンタルヘルス対策セミナー 大阪会場');
  await expect(page.getByText('このセミナーは終了しました。')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '2026年6月18日（木）14:00〜16:30（日本時間）' })).toBeVisible();
  // Nothing to apply for or put in a calendar any more; the contact address is a mail link.
  await expect(page.getByRole('link', { name: /申し込む|カレンダーに追加/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'seminar@example.jp' })).toHaveAttribute('href', 'mailto:seminar@example.jp');

  const [material] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /（PDF：\d+KB）$/ }).first().click()]);
  const file = `/materials/${material.suggestedFilename()}`;
  expect(readFileSync((await material.path())!)).toEqual(publicFile(file));

  const text = await (await request.get('/seminars/2026-06-mental-health-osaka.ics')).text();
  const unfolded = text.replace(/\r\n /g, '');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(unfolded).toContain('BEGIN:VEVENT\r\n');
  expect(unfolded).toContain('DTSTART;TZID=Asia/Tokyo:20260618T140000\r\n');
  expect(unfolded).toContain('DTEND;TZID=Asia/Tokyo:20260618T163000\r\n');
  expect(unfolded).toContain('TZOFFSETTO:+0900\r\n');
  expect(unfolded).toContain('SUMMARY:メンタルヘルス対策セミナー 大阪会場\r\n');
  expect(unfolded).toContain('問い合わせ先：職場の健康と安全ポータル 事務局（seminar@example.jp）');
});

test('on an upcoming seminar 「申し込む」 comes first and the calendar second', async ({ page }) => {
  await page.goto('/seminars/');
  const open = page.locator('[data-group="upcoming"] .seminar-card').filter({ hasText: '受付中' });
  // The content has seminars into 2027; once every one has passed, a past seminar offers no action at all.
  if ((await open.count()) === 0) {
    await page.locator('[data-group="past"] .seminar-card').first().getByRole('link').click();
    await expect(page.locator('.seminar__actions').getByRole('link')).toHaveCount(0);
    return;
  }
  await open.first().getByRole('link').click();
  const title = await page.getByRole('heading', { level: 1 }).innerText();

  const actions = page.locator('.seminar__actions').getByRole('link');
  await expect(actions).toHaveCount(2);
  await expect(actions.first()).toHaveText(/申し込む$/);
  await expect(actions.first()).not.toHaveClass(/button--secondary/);
  await expect(actions.nth(1)).toHaveText(/^カレンダーに追加/);
  await expect(actions.nth(1)).toHaveClass(/button--secondary/);
  const href = (await actions.first().getAttribute('href'))!;
  if (href.startsWith('mailto:')) {
    const mail = new URL(href);
    expect(mail.pathname).toBe('seminar@example.jp');
    expect(mail.searchParams.get('subject')).toBe(`【申込】${title}`);
  }

  const [ics] = await Promise.all([page.waitForEvent('download'), actions.nth(1).click()]);
  expect(ics.suggestedFilename()).toMatch(/^[a-z0-9-]+\.ics$/);
});

test('seminar pages on a phone: no sideways scroll, no text under 12 px, no 「オンライン オンライン」', async ({ page }) => {
  await page.setViewportSize(PHONE);
  for (const id of ['2026-05-passive-smoking-online', '2026-07-return-to-work-tokyo', '2027-03-passive-smoking-nagoya']) {
    await page.goto(`/seminars/${id}/`);
    expect(await readability(page.locator('main'))).toEqual({ small: [], narrow: [], overflow: 0 });
  }
  // An online seminar says 「オンライン」 once on its page (its venue text), and once on its card.
  await page.goto('/seminars/2026-05-passive-smoking-online/');
  await expect(page.getByRole('definition').filter({ hasText: 'オンライン' })).toHaveText(['オンライン（Web会議システム）']);
  await page.goto('/seminars/');
  const card = page.locator('.seminar-card').filter({ hasText: '受動喫煙防止対策 説明会（オンライン）' });
  await expect(card.locator('.seminar-card__meta')).toHaveText(/^\s*終了\s*受動喫煙防止対策 説明会\s*オンライン\s*$/);
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
