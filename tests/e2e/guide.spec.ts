import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readTopics } from '../support/topics';

test.describe('guide article', () => {
  test('shows title, audience, last-checked date, contents and official sources', async ({ page }) => {
    await page.goto('/guides/stress-check/for-workers/');
    const breadcrumbs = page.getByRole('navigation', { name: '現在位置' });
    await expect(breadcrumbs.getByRole('link', { name: 'ホーム' })).toHaveAttribute('href', '/');
    await expect(breadcrumbs.getByRole('link', { name: 'ストレスチェック' })).toHaveAttribute('href', '/guides/stress-check/');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveCount(1);
    await expect(page).toHaveTitle(`${await h1.innerText()}｜職場の健康と安全ポータル`);
    await expect(page.getByText('この記事の対象')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^働く方$/ })).toBeVisible();
    await expect(page.getByText(/最終確認日：\d{4}年\d{1,2}月\d{1,2}日/)).toBeVisible();
    const sources = page.getByRole('region', { name: '出典・根拠資料' });
    await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  });

  test('a long article has a table of contents whose links reach their sections', async ({ page }) => {
    await page.goto('/guides/return-to-work/five-steps/');
    const toc = page.getByRole('navigation', { name: 'この記事の目次' });
    const links = toc.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    const third = links.nth(2);
    const target = decodeURIComponent((await third.getAttribute('href'))!.slice(1));
    await third.click();
    await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
  });

  test('the topic index lists its articles in order', async ({ page }) => {
    await page.goto('/guides/passive-smoking/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('受動喫煙防止対策');
    const titles = page.locator('.guide-card__title');
    expect(await titles.count()).toBeGreaterThanOrEqual(1);
    await titles.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/guides\/passive-smoking\/[a-z-]+\/$/);
  });

  test('MDX components render as accessible structures', async ({ page }) => {
    await page.goto('/guides/passive-smoking/law-and-facilities/');
    const table = page.getByRole('region', { name: /喫煙室/ }).getByRole('table');
    await expect(table.getByRole('columnheader', { name: '喫煙室の種類' })).toBeVisible();
    await expect(table.getByRole('cell', { name: '喫煙専用室', exact: true })).toBeVisible();
    await expect(page.getByRole('note').first()).toBeVisible();
  });
});

test('the 404 page answers 404 in Japanese with a search box', async ({ page }) => {
  const response = await page.goto('/guides/no-such-article/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  await page.getByRole('searchbox', { name: 'キーワードでサイト内を検索' }).fill('喫煙専用室');
  await page.getByRole('button', { name: '検索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByRole('status')).toContainText('件');
});

test('/guides/ lists every topic and every article with its audience and last-checked date', async ({ page }) => {
  const guides = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'guides'), { recursive: true }).filter((f) =>
    String(f).endsWith('.mdx'),
  );
  const topics = readTopics();
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '記事一覧' }).click();
  await expect(page).toHaveURL(/\/guides\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('記事一覧');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(topics.map((t: { title: string }) => t.title));
  const items = page.locator('.guides-index__list li');
  await expect(items).toHaveCount(guides.length);
  for (const item of await items.all()) {
    await expect(item.getByRole('link')).toHaveAttribute('href', /^\/guides\/[a-z-]+\/[a-z0-9-]+\/$/);
    await expect(item).toContainText(/対象：(働く方|事業者・人事労務|産業保健スタッフ)/);
    await expect(item).toContainText(/最終確認日：\d{4}年\d{1,2}月\d{1,2}日/);
  }
  const section = page.getByRole('region', { name: '職場復帰支援' });
  await section.getByRole('link', { name: '職場復帰支援', exact: true }).click();
  await expect(page).toHaveURL(/\/guides\/return-to-work\/$/);
});

test('every guide labels each source that is not on an official site 「解説（民間）」, and only those', async ({ page }) => {
  const { isOfficialUrl } = await import('../../src/lib/official-sources');
  const guides = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'guides'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `/guides/${f.replace(/\.mdx$/, '')}/`);
  let labelled = 0;
  for (const path of guides) {
    await page.goto(path);
    const items = page.getByRole('region', { name: '出典・根拠資料' }).getByRole('listitem');
    expect(await items.count(), path).toBeGreaterThan(0);
    for (const item of await items.all()) {
      const href = (await item.getByRole('link').getAttribute('href'))!;
      expect(href, path).toMatch(/^https:\/\//);
      const label = item.getByText('解説（民間）', { exact: true });
      await expect(label, `${path} ${href}`).toHaveCount(isOfficialUrl(href) ? 0 : 1);
      if (!isOfficialUrl(href)) labelled++;
    }
  }
  expect(labelled).toBeGreaterThan(0);
});
