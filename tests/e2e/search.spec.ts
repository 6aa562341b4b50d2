import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtRoutes, CLIENT_DIR, expectNoAxeViolations } from './helpers';

// Domain terms people type, and the page each must bring up among the first three results.
// Several are compounds that Pagefind indexes and queries with different word splits.
const KEY_TERMS = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'key-search-terms.json'), 'utf8')).terms as [string, string][];

const results = (page: Page) => page.locator('#search-results > li');
const resultLinks = (page: Page) => results(page).getByRole('heading').getByRole('link');
const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'キーワード' });
const status = (page: Page) => page.getByRole('status');
const more = (page: Page) => page.getByRole('button', { name: 'さらに表示' });
const paths = (page: Page) => resultLinks(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function search(page: Page, query: string) {
  await page.goto(`/search/?${query}`);
  await expect(status(page)).not.toHaveText(/検索しています|^$/);
}

for (const [term, expected] of KEY_TERMS) {
  test(`「${term}」 finds ${expected} among the first three results`, async ({ page }) => {
    await search(page, new URLSearchParams({ q: term }).toString());
    await expect(status(page)).toContainText(`「${term}」の検索結果：`);
    expect((await paths(page)).slice(0, 3)).toContain(expected);
  });
}

test('a result shows its title, topic and an excerpt with the match marked', async ({ page }) => {
  await search(page, 'q=喫煙専用室');
  const first = results(page).first();
  await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).not.toBeEmpty();
  await expect(first.getByText(/^トピック：受動喫煙防止対策$/)).toBeVisible();
  await expect(first.locator('mark').first()).toBeVisible();
});

test('a self-check in the results says what kind of page it is', async ({ page }) => {
  await search(page, `q=${encodeURIComponent('自己診断')}`);
  const check = results(page).filter({ has: page.getByRole('link', { name: /安全衛生優良企業 自己診断/ }) });
  await expect(check.getByText('セルフチェック・自己診断', { exact: true })).toBeVisible();
});

test('filters by topic and by audience, from the form and from the URL', async ({ page }) => {
  await page.goto('/search/');
  await expect(status(page)).toContainText('キーワードを入力するか');
  await searchbox(page).fill('面接指導');
  await page.getByRole('combobox', { name: 'トピック' }).selectOption('過重労働・長時間労働');
  await page.getByRole('button', { name: '検索' }).click();
  await expect(page).toHaveURL(/topic=/);
  await expect(status(page)).toContainText('トピック「過重労働・長時間労働」');
  const topics = await results(page).locator('.search-result__topic').allInnerTexts();
  expect(topics.length).toBeGreaterThan(0);
  expect(new Set(topics)).toEqual(new Set(['トピック：過重労働・長時間労働']));

  // Audience only, without a keyword: every worker-facing article.
  await search(page, 'audience=働く方');
  await expect(page.getByRole('combobox', { name: '対象者' })).toHaveValue('働く方');
  const hrefs = await paths(page);
  expect(hrefs).toContain('/guides/stress-check/for-workers/');
  expect(hrefs).not.toContain('/guides/excellent-company/criteria/');
});

test('says so kindly when nothing is found', async ({ page }) => {
  await search(page, 'q=xyz');
  await expect(status(page)).toContainText('見つかりませんでした');
  await expect(status(page)).toContainText('別のことば');
  await expect(results(page)).toHaveCount(0);
});

// Pagefind answers these with pages that share only a first kana or a part of the word (ほ, げ, ラー, 人).
for (const nonsense of ['ほげほげ', 'ラーメン', '宇宙人']) {
  test(`「${nonsense}」 finds nothing and offers words and pages to try instead`, async ({ page }) => {
    await search(page, new URLSearchParams({ q: nonsense }).toString());
    await expect(status(page)).toContainText(`「${nonsense}」の検索結果は見つかりませんでした`);
    await expect(results(page)).toHaveCount(0);
    await expect(more(page)).toBeHidden();
    const suggestions = page.getByRole('region', { name: '次のことばで探してみてください' });
    await expect(suggestions).toBeVisible();
    await expect(suggestions.getByRole('link', { name: 'ストレスチェック', exact: true })).toHaveAttribute(
      'href',
      `/search/?q=${encodeURIComponent('ストレスチェック')}`,
    );
    await expect(suggestions.getByRole('link', { name: '記事一覧' })).toHaveAttribute('href', '/guides/');
    await expect(suggestions.getByRole('link', { name: 'セルフチェック', exact: true })).toHaveAttribute('href', '/check/');
    await expectNoAxeViolations(page);

    await suggestions.getByRole('link', { name: '受動喫煙', exact: true }).click();
    await expect(status(page)).toContainText('「受動喫煙」の検索結果：');
    await expect(suggestions).toBeHidden();
  });
}

test('「さらに表示」 is hidden when every result fits on the first page', async ({ page }) => {
  await search(page, `q=${encodeURIComponent('36協定')}`);
  await expect(status(page)).toContainText('件');
  const count = await results(page).count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(10);
  await expect(more(page)).toBeHidden();
  await expect(page.getByText(`全${count}件を表示しています。`)).toBeHidden();
});

test('「さらに表示」 adds the next results and moves the focus to the first new one', async ({ page }) => {
  // More than one page of results (ten a page) on the real site.
  await search(page, `q=${encodeURIComponent('ストレスチェック')}`);
  const total = Number((await status(page).innerText()).match(/：([\d,]+)件/)![1]!.replace(/,/g, ''));
  expect(total).toBeGreaterThan(10);
  await expect(results(page)).toHaveCount(10);
  await expect(more(page)).toBeVisible();
  await expect(page.getByText(`全${total}件のうち10件を表示しています。`)).toBeVisible();
  const firstPage = await paths(page);

  // With the keyboard.
  await more(page).focus();
  await page.keyboard.press('Enter');
  await expect(results(page)).toHaveCount(Math.min(total, 20));
  await expect(resultLinks(page).nth(10)).toBeFocused();
  const all = await paths(page);
  expect(all.slice(0, 10)).toEqual(firstPage);
  expect(new Set(all).size).toBe(all.length);
  if (total <= 20) await expect(more(page)).toBeHidden();
  else await expect(more(page)).toBeVisible();
});

test('results appear while typing, without pressing Enter, and the address keeps the query', async ({ page }) => {
  await page.goto('/search/');
  await expect(status(page)).toContainText('キーワードを入力するか');
  await searchbox(page).fill('セルフチェック');
  await expect(status(page)).toContainText('「セルフチェック」の検索結果：');
  expect((await paths(page)).slice(0, 3)).toContain('/check/stress/');
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('セルフチェック')}`);
  await expect(searchbox(page)).toBeFocused();

  // Key by key: the search follows once the typing pauses.
  await searchbox(page).fill('');
  await expect(status(page)).toContainText('キーワードを入力するか');
  await expect(results(page)).toHaveCount(0);
  await searchbox(page).pressSequentially('受動喫煙', { delay: 40 });
  await expect(status(page)).toContainText('「受動喫煙」の検索結果：');
  expect((await paths(page))[0]).toBe('/guides/passive-smoking/law-and-facilities/');
});

test('a word still being composed in the IME is not searched until it is committed', async ({ page }) => {
  await page.goto('/search/');
  await expect(status(page)).toContainText('キーワードを入力するか');
  await searchbox(page).evaluate((input: HTMLInputElement) => {
    input.dispatchEvent(new CompositionEvent('compositionstart'));
    input.value = 'めんせつしどう';
    input.dispatchEvent(new InputEvent('input', { isComposing: true, inputType: 'insertCompositionText', data: 'めんせつしどう' }));
  });
  await page.waitForTimeout(600);
  await expect(status(page)).toContainText('キーワードを入力するか');
  await searchbox(page).evaluate((input: HTMLInputElement) => {
    input.value = '面接指導';
    input.dispatchEvent(new InputEvent('input', { isComposing: true, inputType: 'insertCompositionText', data: '面接指導' }));
    input.dispatchEvent(new CompositionEvent('compositionend', { data: '面接指導' }));
  });
  await expect(status(page)).toContainText('「面接指導」の検索結果：');
});

test('the count is announced politely, once the results are on the page', async ({ page }) => {
  await page.goto('/search/');
  await expect(status(page)).toHaveAttribute('aria-live', 'polite');
  await expect(status(page)).toContainText('キーワードを入力するか');
  await status(page).evaluate((region) => {
    const seen: { text: string; results: number }[] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() =>
      seen.push({ text: region.textContent ?? '', results: document.querySelectorAll('#search-results > li').length }),
    ).observe(region, { childList: true, characterData: true, subtree: true });
  });
  await searchbox(page).fill('喫煙専用室');
  await expect(status(page)).toContainText('「喫煙専用室」の検索結果：');
  const seen = await page.evaluate(() => (window as unknown as { seen: { text: string; results: number }[] }).seen);
  const summary = seen.find((s) => s.text.includes('の検索結果：'))!;
  expect(summary.results).toBeGreaterThan(0);
});

test('excerpts read as Japanese: no 「. 」 between blocks and no leading 「。」', async ({ page }) => {
  for (const term of ['ストレスチェック', 'セルフチェック', '自己診断', '面接指導', '喫煙専用室']) {
    await search(page, new URLSearchParams({ q: term }).toString());
    const excerpts = await results(page).locator('.search-result__excerpt').allInnerTexts();
    expect(excerpts.length, term).toBeGreaterThan(0);
    for (const excerpt of excerpts) {
      expect(excerpt, term).not.toContain('. ');
      expect(excerpt, term).not.toMatch(/^[。、]/);
      expect(excerpt.trim().length, term).toBeGreaterThan(0);
    }
  }
});

test('Back and reload keep the query and its results', async ({ page }) => {
  await page.goto('/search/');
  await searchbox(page).fill('試し出勤');
  await expect(status(page)).toContainText('「試し出勤」の検索結果：');
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('試し出勤')}`);
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(/\/guides\//);
  await page.goBack();
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('試し出勤')}`);
  await expect(searchbox(page)).toHaveValue('試し出勤');
  await expect(status(page)).toContainText('「試し出勤」の検索結果：');
  await expect(resultLinks(page).first()).toBeVisible();
  await page.reload();
  await expect(searchbox(page)).toHaveValue('試し出勤');
  await expect(status(page)).toContainText('「試し出勤」の検索結果：');
  await expect(resultLinks(page).first()).toBeVisible();
});

test.describe('best bets: pages whose title or search words hold the word come first, at once', () => {
  test('they are on screen before Pagefind has answered, and the full-text results follow, each page once', async ({ page }) => {
    // Pagefind's index chunks for the word are held back for two seconds, as on a slow connection.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/index/**', async (route) => {
      await held;
      await route.continue();
    });
    const listRequests: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('/search/best-bets.json') && listRequests.push(r.url())));
    const pageList = page.waitForResponse((r) => r.url().endsWith('/search/best-bets.json'));
    await page.goto('/search/');
    await expect(status(page)).toContainText('キーワードを入力するか');
    await pageList; // preloaded with the page
    await searchbox(page).fill('面接指導');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/guides/stress-check/high-stress-and-interview/');
    await expect(results(page).first().getByText(/^トピック：ストレスチェック$/)).toBeVisible();
    await expect(results(page).first().locator('mark').first()).toHaveText('面接指導');
    const bets = await paths(page);
    expect(bets.length).toBeGreaterThan(0);
    expect(bets.length).toBeLessThanOrEqual(3);
    await expect(status(page)).not.toContainText('件');

    release();
    await expect(status(page)).toContainText('「面接指導」の検索結果：');
    const all = await paths(page);
    expect(all.slice(0, bets.length)).toEqual(bets);
    expect(all.length).toBeGreaterThan(bets.length);
    expect(new Set(all).size).toBe(all.length);
    // The preloaded list is the one the script uses: fetched once.
    expect(listRequests).toHaveLength(1);
  });

  test('they stay, and the page says so, when the full-text index cannot be loaded', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/search/');
    await searchbox(page).fill('受動喫煙');
    await expect(status(page)).toContainText('本文の検索は準備できませんでした');
    await expect(status(page)).toContainText('「受動喫煙」の検索結果：');
    expect((await paths(page))[0]).toBe('/guides/passive-smoking/law-and-facilities/');
    await expect(more(page)).toBeHidden();
    await expectNoAxeViolations(page);

    // A word in no title or search word: nothing to show, and the page says search is not ready.
    await searchbox(page).fill('ほげほげ');
    await expect(status(page)).toContainText('検索の準備ができませんでした');
    await expect(results(page)).toHaveCount(0);
  });

  test('the page list holds exactly the pages Pagefind indexes, each under its own title', () => {
    const list = JSON.parse(readFileSync(join(CLIENT_DIR, 'search', 'best-bets.json'), 'utf8')) as { u: string; t: string }[];
    const indexed = builtRoutes().filter((route) => readFileSync(join(CLIENT_DIR, route, 'index.html'), 'utf8').includes('data-pagefind-body'));
    expect(list.map((p) => p.u).sort()).toEqual(indexed);
    for (const { u, t } of list) {
      const title = readFileSync(join(CLIENT_DIR, u, 'index.html'), 'utf8').match(/<title>([^<]*)<\/title>/)?.[1];
      expect(title, u).toBe(`${t}｜職場の健康と安全ポータル`);
    }
  });

  test('they follow the topic and audience filters', async ({ page }) => {
    await search(page, new URLSearchParams({ q: '面接指導', topic: '過重労働・長時間労働' }).toString());
    const topics = await results(page).locator('.search-result__topic').allInnerTexts();
    expect(new Set(topics)).toEqual(new Set(['トピック：過重労働・長時間労働']));
    expect((await paths(page))[0]).toBe('/guides/overwork/health-measures/');
  });
});

test('Pagefind is fetched when the page is idle, before the first keystroke', async ({ page }) => {
  const worker = page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind-worker.js'));
  await page.goto('/search/');
  await worker;
  await expect(searchbox(page)).toHaveValue('');
});

test('without JavaScript the form still goes to /search/?q=… and the page says search needs JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  // (Playwright's text locators skip <noscript>, so the notice is found by its class.)
  const notice = page.locator('.search__notice');
  await page.goto('/search/');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('検索にはJavaScriptが必要です');
  await expect(more(page)).toBeHidden();
  await expect(page.getByRole('region', { name: '次のことばで探してみてください' })).toBeHidden();
  await searchbox(page).fill('受動喫煙');
  await searchbox(page).press('Enter');
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('受動喫煙')}&topic=&audience=`);
  await expect(notice).toContainText('検索にはJavaScriptが必要です');
  await context.close();
});

test('the search page’s own JavaScript stays small (Pagefind’s files aside)', async ({ page }) => {
  const own: Promise<Buffer>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' && !new URL(r.url()).pathname.startsWith('/pagefind/')) own.push(r.body());
  });
  await page.goto('/search/?q=36%E5%8D%94%E5%AE%9A');
  await expect(status(page)).toContainText('件');
  const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((x) => x.textContent ?? ''));
  const bytes = [...(await Promise.all(own)), ...inline.map((s) => Buffer.from(s))].reduce((n, b) => n + gzipSync(b).length, 0);
  expect(bytes).toBeLessThanOrEqual(6 * 1024);
});

test('axe finds no violation while results and 「さらに表示」 are shown', async ({ page }) => {
  await search(page, `q=${encodeURIComponent('ストレスチェック')}`);
  await expect(more(page)).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('on a phone-sized screen', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('results that arrive after the page has drawn move nothing on screen (no layout shift)', async ({ page }) => {
    await search(page, new URLSearchParams({ q: 'ストレスチェック' }).toString());
    await expect(results(page).first()).toBeVisible();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
            resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(0), 1000); // no entry at all: nothing moved
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });
});
