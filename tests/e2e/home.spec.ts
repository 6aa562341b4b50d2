import { expect, test } from '@playwright/test';

test.describe('home page', () => {
  test('says what the portal is for and leads to the four mission topics', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('職場の健康と安全ポータル');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('職場の健康と安全ポータル');
    await expect(page.getByText('職場のメンタルヘルスと安全衛生について')).toBeVisible();
    const topics = page.getByRole('region', { name: 'トピックから探す' });
    for (const name of ['ストレスチェック', '職場復帰支援', '受動喫煙防止対策', '安全衛生優良企業']) {
      await expect(topics.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('region', { name: '働く方へ' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('region', { name: '事業者・人事労務担当の方へ' }).getByRole('link').first()).toBeVisible();
  });

  test('the search box takes the visitor to search results', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'キーワードで探す' }).fill('試し出勤');
    await page.getByRole('searchbox', { name: 'キーワードで探す' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(page.getByRole('status')).toContainText('「試し出勤」の検索結果');
  });

  test('the main navigation marks the current section', async ({ page }) => {
    await page.goto('/guides/stress-check/');
    await page.getByText('メニュー', { exact: true }).click();
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(nav.getByRole('link', { name: 'ストレスチェック' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: '職場復帰支援' })).not.toHaveAttribute('aria-current');
  });
});

test.describe('page shell', () => {
  test('the skip link is the first stop for the keyboard and moves focus to the main content', async ({ page }) => {
    await page.goto('/guides/stress-check/for-workers/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '本文へスキップ' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  for (const path of ['/', '/guides/passive-smoking/law-and-facilities/', '/search/?q=36協定']) {
    test(`no sideways scrolling at 320 px on ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('print hides navigation and search but keeps the article and its sources', async ({ page }) => {
    await page.goto('/guides/overwork/overtime-limits/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeHidden();
    await expect(page.getByRole('link', { name: '本文へスキップ' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: '出典・根拠資料' })).toBeVisible();
  });
});

test.describe('help and the way to the self-check', () => {
  test('the ストレスチェック topic page and the home page lead to the self-check', async ({ page }) => {
    await page.goto('/guides/stress-check/');
    await page.getByRole('link', { name: 'セルフチェックをする（57項目・約5分）' }).click();
    await expect(page).toHaveURL(/\/check\/stress\/$/);
    await page.goto('/');
    await page.getByRole('region', { name: '働く方へ' }).getByRole('link', { name: 'セルフチェックをする（57項目・約5分）' }).click();
    await expect(page).toHaveURL(/\/check\/stress\/$/);
  });

  test('every page links to 相談窓口 from its footer', async ({ page }) => {
    for (const path of ['/', '/guides/stress-check/for-workers/', '/check/stress/', '/seminars/', '/search/', '/no-such-page/']) {
      await page.goto(path);
      await expect(page.getByRole('contentinfo').getByRole('link', { name: '相談窓口', exact: true }), path).toHaveAttribute('href', '/help/');
    }
    await page.getByRole('contentinfo').getByRole('link', { name: '相談窓口', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('相談窓口');
    await expect(page.getByRole('link', { name: '0120-565-455（通話無料）' })).toHaveAttribute('href', 'tel:0120565455');
  });

  test('the こころの耳 article has the 相談先 box with the tap-to-call number and まもろうよ こころ', async ({ page }) => {
    await page.goto('/guides/support/kokoro-no-mimi/');
    const box = page.getByRole('region', { name: '相談先' });
    await expect(box.getByRole('link', { name: '0120-565-455（通話無料）' })).toHaveAttribute('href', 'tel:0120565455');
    await expect(box.getByRole('link', { name: 'まもろうよ こころ（厚生労働省）' })).toHaveAttribute('href', 'https://www.mhlw.go.jp/mamorouyokokoro/');
  });
});
