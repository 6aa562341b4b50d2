import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..');

/** Which seminars use each file, from content/seminars/*.md: the page must show exactly these. */
function usesByFile(): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  for (const name of readdirSync(join(ROOT, 'content', 'seminars')).filter((f) => f.endsWith('.md'))) {
    const front = parse(readFileSync(join(ROOT, 'content', 'seminars', name), 'utf8').split(/^---$/m)[1]) as { materials?: { file: string }[] };
    for (const m of front.materials ?? []) uses.set(m.file, [...(uses.get(m.file) ?? []), `/seminars/${name.replace(/\.md$/, '')}/`]);
  }
  return uses;
}

test('the materials page lists each file once, grouped by topic, with the seminars that used it', async ({ page }) => {
  await page.goto('/materials/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('資料ダウンロード');
  await expect(page.getByRole('heading', { level: 2, name: '受動喫煙防止対策' })).toBeVisible();

  const expected = usesByFile();
  const links = page.locator('main a[download]');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.toSorted()).toEqual([...expected.keys()].toSorted()); // every file, each exactly once

  for (const [file, seminars] of expected) {
    const item = page.locator('li.material').filter({ has: page.locator(`a[download][href="${file}"]`) });
    const kb = Math.max(1, Math.round(readFileSync(join(ROOT, 'public', file)).length / 1024));
    await expect(item.locator('a[download]')).toHaveText(new RegExp(`（PDF：${kb}KB）$`));
    const listed = item.getByRole('list', { name: 'この資料を使ったセミナー' }).getByRole('listitem');
    await expect(listed).toHaveCount(seminars.length);
    const seminarLinks = await listed.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(seminarLinks.toSorted()).toEqual(seminars.toSorted());
    // Each line: the seminar's title, its date and what kind of material it was there.
    for (const text of await listed.allInnerTexts()) expect(text).toMatch(/（\d{4}年\d{1,2}月\d{1,2}日（.）・(当日資料|配布資料|講演資料)）$/);
  }
  await expectNoAxeViolations(page);
});

test('the self-care leaflet, used at two seminars of different topics, appears once, under the first', async ({ page }) => {
  await page.goto('/materials/');
  const section = page.getByRole('region', { name: '相談窓口・支援' });
  const item = section.locator('li.material').filter({ has: page.locator('a[href="/materials/mental-health-self-care.pdf"]') });
  await expect(item.locator('a[download]')).toHaveText(/^働く人のセルフケア 入門 ストレスのサインと相談先（PDF：\d+KB）$/);
  await expect(item.getByRole('listitem')).toHaveText([/過労死等防止対策推進シンポジウム 宮城会場/, /働く人のセルフケア入門/]);
  await expect(page.locator('a[download][href="/materials/mental-health-self-care.pdf"]')).toHaveCount(1);
});
