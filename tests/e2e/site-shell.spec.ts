import { expect, test } from '@playwright/test';
import { readTopics } from '../support/topics';
import { builtRoutes } from './helpers';

const topics = readTopics();
const SECTIONS = [...topics.map((t) => t.title), '記事一覧', 'セルフチェック・自己診断', 'セミナー・説明会', '資料ダウンロード', '相談窓口', 'サイト内検索'];

test.describe('header on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('one row of at most 80 px: the site name, 検索 and メニュー', async ({ page }) => {
    await page.goto('/guides/overwork/overtime-limits/');
    const header = page.locator('.site-header');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(80);
    const name = await page.getByRole('link', { name: '職場の健康と安全ポータル', exact: true }).boundingBox();
    const search = await page.getByRole('banner').getByRole('link', { name: '検索', exact: true }).boundingBox();
    const menu = await page.getByText('メニュー', { exact: true }).boundingBox();
    for (const box of [search!, menu!]) expect(Math.abs(box.y + box.height / 2 - (name!.y + name!.height / 2))).toBeLessThan(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  test('メニュー lists every section, marks where the page is, and closes again', async ({ page }) => {
    await page.goto('/guides/overwork/overtime-limits/');
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(nav).toBeHidden();
    await page.getByText('メニュー', { exact: true }).click();
    await expect(nav.getByRole('link')).toHaveText(SECTIONS);
    await expect(nav.getByRole('link', { name: '過重労働・長時間労働' })).toHaveAttribute('aria-current', 'true');
    await nav.getByRole('link', { name: '相談窓口', exact: true }).click();
    await expect(page).toHaveURL(/\/help\/$/);
  });
});

test('the メニュー opens without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByText('メニュー', { exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '資料ダウンロード' })).toBeVisible();
  await context.close();
});

test('on a laptop the main links sit in the header, the current one marked', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/seminars/');
  const nav = page.getByRole('navigation', { name: '主な項目' });
  await expect(nav.getByRole('link')).toHaveText(['記事一覧', 'セルフチェック', 'セミナー', '相談窓口']);
  await expect(nav.getByRole('link', { name: 'セミナー' })).toHaveAttribute('aria-current', 'page');
});

test('the footer leads to the operator, contact and policy pages, which say what they must', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  const pages: [string, string, RegExp][] = [
    ['運営者情報', '/about/', /職場の健康と安全ポータル 運営事務局/],
    ['お問い合わせ', '/contact/', /info@portal\.example\.jp/],
    ['プライバシーポリシー', '/privacy/', /クッキー（Cookie）は使いません[\s\S]*時刻（分まで）[\s\S]*ソルト[\s\S]*IPアドレスとユーザーエージェントは記録しません[\s\S]*5年度分/],
    ['アクセシビリティ方針', '/accessibility/', /JIS X 8341-3:2016[\s\S]*適合レベルAA[\s\S]*axe-core[\s\S]*2026年11月30日/],
    ['利用規約・免責事項', '/terms/', /免責/],
  ];
  for (const [name, path, text] of pages) {
    await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', path);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('main')).toContainText(text);
    await page.goto('/');
  }
  await expect(footer.getByRole('link', { name: 'アクセスの集計について' })).toHaveAttribute('href', '/privacy/#analytics');
});

test('the feedback question links to the privacy policy', async ({ page }) => {
  await page.goto('/guides/stress-check/for-workers/');
  await expect(page.getByRole('region', { name: 'このページは役に立ちましたか？' }).getByRole('link', { name: 'プライバシーポリシー' })).toHaveAttribute(
    'href',
    '/privacy/#analytics',
  );
});

test('every page carries Open Graph and Twitter card tags with the default image', async ({ request }) => {
  for (const route of builtRoutes()) {
    const html = await (await request.get(route)).text();
    const meta = (key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
    expect(meta('og:title'), route).toBeTruthy();
    expect(meta('og:description'), route).toBeTruthy();
    expect(meta('og:url'), route).toMatch(/^https?:\/\//);
    expect(meta('og:image'), route).toMatch(/^https?:\/\/[^/]+\/og-default\.png$/);
    expect(meta('twitter:card'), route).toBe('summary_large_image');
  }
  const image = await request.get('/og-default.png');
  expect(image.headers()['content-type']).toBe('image/png');
});

// In groups of pages, so the time per test stays small however many seminar filter pages the build has.
const TYPOGRAPHY_GROUP = 20;
const allRoutes = builtRoutes();
for (let first = 0; first < allRoutes.length; first += TYPOGRAPHY_GROUP) {
  const routes = allRoutes.slice(first, first + TYPOGRAPHY_GROUP);
  test(`no page shows a half-width space after 「。」 or 「、」, nor 「少い」 (pages ${first + 1}–${first + routes.length})`, async ({ page }) => {
    const found: string[] = [];
    for (const route of routes) {
      await page.goto(route, { waitUntil: 'domcontentloaded' });
      const text = await page.locator('body').innerText();
      for (const m of text.matchAll(/[。、] (?=\S)|少い/g)) found.push(`${route}: …${text.slice(Math.max(0, m.index! - 12), m.index! + 8)}…`);
    }
    expect(found).toEqual([]);
  });
}
