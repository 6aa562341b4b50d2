import { expect, test } from '@playwright/test';
import { builtRoutes, expectNoAxeViolations } from './helpers';

const routes = builtRoutes();

test('the build has the pages we expect to check', () => {
  expect(routes).toContain('/');
  expect(routes).toContain('/search/');
  expect(routes.filter((r) => r.startsWith('/guides/')).length).toBeGreaterThanOrEqual(10);
});

for (const route of routes) {
  test(`axe finds no WCAG 2.2 AA violation on ${route}`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expectNoAxeViolations(page);
    // One h1, and no heading level skipped on the way down (h2 → h4 would leave a gap in the outline).
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels.filter((l, i) => i > 0 && l > levels[i - 1] + 1)).toEqual([]);
    // Every table has header cells.
    for (const table of await page.getByRole('table').all()) {
      expect(await table.getByRole('columnheader').count()).toBeGreaterThan(0);
    }
  });
}

test('axe finds no violation on search results and on the 404 page', async ({ page }) => {
  await page.goto('/search/?q=受動喫煙');
  await expect(page.getByRole('status')).toContainText('件');
  await expectNoAxeViolations(page);
  await page.goto('/no-such-page/');
  await expectNoAxeViolations(page);
});
