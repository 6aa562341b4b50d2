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
  });
}

test('axe finds no violation on search results and on the 404 page', async ({ page }) => {
  await page.goto('/search/?q=受動喫煙');
  await expect(page.getByRole('status')).toContainText('件');
  await expectNoAxeViolations(page);
  await page.goto('/no-such-page/');
  await expectNoAxeViolations(page);
});
