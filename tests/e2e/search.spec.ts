import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// Domain terms people type, and the article each must bring up among the first three results.
// Several are compounds that Pagefind indexes and queries with different word splits.
const KEY_TERMS = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'key-search-terms.json'), 'utf8')).terms as [string, string][];

const results = (page: Page) => page.locator('#search-results > li');
const resultLinks = (page: Page) => results(page).getByRole('heading').getByRole('link');

async function search(page: Page, query: string) {
  await page.goto(`/search/?${query}`);
  await expect(page.getByRole('status')).not.toHaveText(/検索しています|^$/);
}

for (const [term, expected] of KEY_TERMS) {
  test(`「${term}」 finds ${expected} among the first three results`, async ({ page }) => {
    await search(page, new URLSearchParams({ q: term }).toString());
    await expect(page.getByRole('status')).toContainText(`「${term}」の検索結果：`);
    const hrefs = await resultLinks(page).evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(expected);
  });
}

test('a result shows its title, topic and an excerpt with the match marked', async ({ page }) => {
  await search(page, 'q=喫煙専用室');
  const first = results(page).first();
  await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).not.toBeEmpty();
  await expect(first.getByText(/^トピック：受動喫煙防止対策$/)).toBeVisible();
  await expect(first.locator('mark').first()).toBeVisible();
});

test('filters by topic and by audience, from the form and from the URL', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('status')).toContainText('キーワードを入力するか');
  await page.getByRole('searchbox', { name: 'キーワード' }).fill('面接指導');
  await page.getByRole('combobox', { name: 'トピック' }).selectOption('過重労働・長時間労働');
  await page.getByRole('button', { name: '検索' }).click();
  await expect(page).toHaveURL(/topic=/);
  await expect(page.getByRole('status')).toContainText('トピック「過重労働・長時間労働」');
  const topics = await results(page).locator('.search-result__topic').allInnerTexts();
  expect(topics.length).toBeGreaterThan(0);
  expect(new Set(topics)).toEqual(new Set(['トピック：過重労働・長時間労働']));

  // Audience only, without a keyword: every worker-facing article.
  await search(page, 'audience=労働者');
  await expect(page.getByRole('combobox', { name: '対象者' })).toHaveValue('労働者');
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain('/guides/stress-check/for-workers/');
  expect(hrefs).not.toContain('/guides/excellent-company/criteria/');
});

test('says so kindly when nothing is found', async ({ page }) => {
  await search(page, 'q=xyz');
  await expect(page.getByRole('status')).toContainText('見つかりませんでした');
  await expect(page.getByRole('status')).toContainText('別のことば');
  await expect(results(page)).toHaveCount(0);
});
