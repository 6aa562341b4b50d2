import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, gotoHydrated, javaScriptGzipBytes, readability } from './helpers';

interface Criterion { id: string; text: string; area?: string; section?: string }
const criteria = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'content', 'instruments', 'excellent-company.json'), 'utf8'),
) as { required: Criterion[]; items: Criterion[]; areas: { id: string; name: string; manufacturingOnly: boolean }[] };

const YES = '満たしている';
const NO = '満たしていない';
const itemsOf = (area: string) => criteria.items.filter((i) => i.area === area);

async function answer(page: Page, list: Criterion[], no: Set<string> = new Set()) {
  for (const c of list) {
    await page.getByRole('radiogroup', { name: c.text, exact: true }).getByRole('radio', { name: no.has(c.id) ? NO : YES, exact: true }).check();
  }
}

async function run(page: Page, manufacturing: boolean, no: Set<string>, afterEachStep?: () => Promise<void>) {
  if (!page.url().endsWith('/check/excellent-company/')) await gotoHydrated(page, '/check/excellent-company/');
  await page.getByRole('radio', { name: manufacturing ? '含む（製造業等）' : '含まない' }).check();
  await afterEachStep?.();
  await page.getByRole('button', { name: '次へ進む' }).click();
  await answer(page, criteria.required, no);
  await afterEachStep?.();
  await page.getByRole('button', { name: '次へ進む' }).click();
  const areas = criteria.areas.filter((a) => manufacturing || !a.manufacturingOnly);
  for (const [i, area] of areas.entries()) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`分野 ${area.id} ${area.name}`);
    await answer(page, itemsOf(area.id), no);
    await afterEachStep?.();
    await page.getByRole('button', { name: i === areas.length - 1 ? '結果を見る' : '次へ進む' }).click();
  }
  await expect(page.getByRole('heading', { name: '診断の結果（参考）' })).toBeFocused();
}

const areaScores = (page: Page) =>
  page.locator('#diagnosis-result [data-area]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-area'), Number(r.getAttribute('data-score'))]));

test('製造業等: a company that meets every rule is told it meets the standard', async ({ page }) => {
  const no = new Set([...itemsOf('3').slice(-3), ...itemsOf('2-1').slice(-2)].map((i) => i.id));
  await run(page, true, no);
  await expect(page.locator('#diagnosis-result')).toHaveAttribute('data-verdict', 'meets');
  expect(await areaScores(page)).toEqual([['1', 5], ['2-1', 10], ['2-2', 10], ['2-3', 13], ['2-4', 2], ['3', 10], ['total', 50]]);
  await expect(page.getByTestId('verdict')).toHaveText('認定基準の目安を満たしています（参考）');
  await expect(page.getByRole('row', { name: /^3 安全でリスクの少ない職場環境/ })).toContainText('10 / 13点');
  await expect(page.getByRole('row', { name: /^3 安全でリスクの少ない職場環境/ })).toContainText('8点以上（6割）');
  await expect(page.getByRole('row', { name: /^総合点/ })).toContainText('50 / 55点');
  await expect(page.getByRole('row', { name: /^総合点/ })).toContainText('44点以上（8割）');
});

test('not 製造業等: one area under 6割 fails the company even with a total above 8割', async ({ page }) => {
  // 2-3 has 13 points and needs 8; seven ○ gives 7. The total is 42 − 6 = 36, above the 34 needed.
  const no = new Set(itemsOf('2-3').slice(7).map((i) => i.id));
  await run(page, false, no);
  await expect(page.locator('#diagnosis-result')).toHaveAttribute('data-verdict', 'not-meets');
  expect(await areaScores(page)).toEqual([['1', 5], ['2-1', 12], ['2-2', 10], ['2-3', 7], ['2-4', 2], ['total', 36]]);
  await expect(page.getByRole('row', { name: /^2-3 / })).toContainText('未達成');
  await expect(page.getByRole('row', { name: /^総合点/ })).toContainText('達成');
  const unmet = page.locator('.unmet-items > li');
  await expect(unmet).toHaveCount(6);
  await expect(unmet.first()).toContainText(itemsOf('2-3')[7].text);
  await expect(unmet.first().getByRole('link', { name: '解説を読む' })).toHaveAttribute('href', /^\/guides\//);
  await expect(page.getByRole('row', { name: /^3 / })).toHaveCount(0);
});

test('a 必要項目 in the official wording answered × is explained kindly and makes the company ineligible', async ({ page }) => {
  const first = criteria.required[0];
  await gotoHydrated(page, '/check/excellent-company/');
  await page.getByRole('radio', { name: '含まない' }).check();
  await page.getByRole('button', { name: '次へ進む' }).click();
  await answer(page, criteria.required, new Set([first.id]));
  await expect(page.getByText('今の時点では、認定の対象になりません')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '次へ進む' }).click();
  for (const area of criteria.areas.filter((a) => !a.manufacturingOnly)) {
    await answer(page, itemsOf(area.id));
    await page.getByRole('button', { name: area.id === '2-4' ? '結果を見る' : '次へ進む' }).click();
  }
  await expect(page.locator('#diagnosis-result')).toHaveAttribute('data-verdict', 'ineligible');
  await expect(page.getByTestId('verdict')).toHaveText('必要項目を満たしていないため、認定の対象になりません（参考）');
  await expect(page.locator('.check-verdict')).toContainText(`${first.id} ${first.text}`);
});

test('a 必要項目 in the portal wording answered × asks to confirm with the 労働局 and is never 対象外', async ({ page }) => {
  const r104 = criteria.required.find((r) => r.id === 'R1-04')! as Criterion & { published: { wording: string; confirm: string; source: { url: string } } };
  await gotoHydrated(page, '/check/excellent-company/');
  await page.getByRole('radio', { name: '含まない' }).check();
  await page.getByRole('button', { name: '次へ進む' }).click();
  await expect(page.getByRole('radiogroup', { name: r104.text, exact: true })).toContainText('このポータルの言葉で書いた項目です');
  await expect(page.getByRole('radiogroup', { name: criteria.required[0]!.text, exact: true })).toContainText('公式の認定基準の文言です');
  await answer(page, criteria.required, new Set(['R1-04']));
  const status = page.locator('.check-verdict--needs-check');
  await expect(status.getByText('労働局への確認が必要です（要確認）')).toBeVisible();
  await expect(page.getByText('今の時点では、認定の対象になりません')).toHaveCount(0);
  await expect(status).toContainText(r104.published.wording);
  await expect(status).toContainText(r104.published.confirm);
  await expect(status.getByRole('link')).toHaveAttribute('href', r104.published.source.url);
  await expect(status).toContainText('解説（民間）');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '次へ進む' }).click();
  for (const area of criteria.areas.filter((a) => !a.manufacturingOnly)) {
    await answer(page, itemsOf(area.id));
    await page.getByRole('button', { name: area.id === '2-4' ? '結果を見る' : '次へ進む' }).click();
  }
  const result = page.locator('#diagnosis-result');
  await expect(result).toHaveAttribute('data-verdict', 'needs-check');
  await expect(page.getByTestId('verdict')).toHaveText('得点は基準の目安を満たしています。必要項目に労働局への確認が必要な点があります（参考）');
  await expect(result.locator('.to-confirm')).toContainText(r104.published.confirm);
  await expect(page.getByTestId('portal-worded')).toContainText('必要項目 R1-03、R1-04、R1-05、R2-02、R2-03 と、すべての評価項目');
});

test('unanswered items are named and the running score follows the answers', async ({ page }) => {
  await gotoHydrated(page, '/check/excellent-company/');
  await page.getByRole('button', { name: '次へ進む' }).click();
  await expect(page.getByRole('alert')).toContainText('業種');
  await page.getByRole('radio', { name: '含まない' }).check();
  await page.getByRole('button', { name: '次へ進む' }).click();
  await answer(page, criteria.required);
  await page.getByRole('button', { name: '次へ進む' }).click();
  const area1 = itemsOf('1');
  await answer(page, area1.slice(0, 3));
  await expect(page.getByRole('status')).toHaveText('この分野の得点：3 / 5点（基準：3点以上）　回答済み 3 / 5');
  await page.getByRole('button', { name: '次へ進む' }).click();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('未回答の項目が2件あります');
  await expect(alert.getByRole('link')).toHaveText([area1[3].text, area1[4].text]);
  await expect(page.getByRole('radiogroup', { name: area1[3].text })).toHaveAttribute('aria-invalid', 'true');
  // Help text is there on demand.
  await page.getByRole('radiogroup', { name: area1[0].text }).getByText('判断の目安を見る').click();
  await expect(page.getByRole('radiogroup', { name: area1[0].text }).locator('details p')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('answers never leave the browser: only a bare completion count is sent', async ({ page }) => {
  const requests: string[] = [];
  await gotoHydrated(page, '/check/excellent-company/');
  await page.waitForLoadState('networkidle');
  page.on('request', (r) => {
    requests.push(`${r.method()} ${r.url()}`);
    if (r.method() === 'POST') expect(r.postData()).toBe(JSON.stringify({ type: 'diagnosis_complete', instrument: 'excellent-company', path: '/check/excellent-company/' }));
  });
  await run(page, true, new Set());
  await page.waitForLoadState('networkidle');
  // The only request while answering: a count that one diagnosis was completed, without its answers.
  expect(requests).toEqual([`POST ${new URL('/api/event', page.url())}`]);
  // Nothing kept on the device without the save option; the tab's own memory holds the answers.
  expect(await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage), document.cookie])).toEqual([
    [],
    ['ohp:excellent-company:tab:v1'],
    '',
  ]);
});

// One test per step, so that each runs axe once and stays far inside its time budget on a busy machine.
// The steps before the one under test are answered ○ in one go; the answering itself is tested above.
const STEPS = ['業種', '必要項目', ...criteria.areas.map((a) => `分野 ${a.id}`), '結果'];
for (const [index, step] of STEPS.entries()) for (const width of [390, 1280]) {
  test(`axe passes on the step 「${step}」 at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await gotoHydrated(page, '/check/excellent-company/');
    await page.getByRole('radio', { name: '含む（製造業等）' }).check();
    for (let i = 0; i < index; i++) {
      await page.locator('.item__options--yesno .item__option:first-child input').evaluateAll((radios) =>
        radios.forEach((r) => (r as HTMLInputElement).click()),
      );
      await page.getByRole('button', { name: /^(次へ進む|結果を見る)$/ }).click();
    }
    if (step === '結果') await expect(page.getByRole('heading', { name: '診断の結果（参考）' })).toBeFocused();
    else if (index >= 2) await expect(page.getByRole('heading', { level: 2 })).toContainText(step);
    await expectNoAxeViolations(page);
    // Nothing pushes the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
}

test('the result says what is missing: each failing area and the total with the points they need, items with codes and their own explanation', async ({ page }) => {
  // 製造業等, area 3 at 6 of 13 (needs 8) and area 2-3 at 5 of 13 (needs 8): total 40 of 55 (needs 44).
  const no = new Set([...itemsOf('3').slice(6), ...itemsOf('2-3').slice(5)].map((i) => i.id));
  await run(page, true, no);
  await expect(page.locator('#diagnosis-result')).toHaveAttribute('data-verdict', 'not-meets');
  await expect(page.getByTestId('shortfalls').getByRole('listitem')).toHaveText([
    '分野2-3 過重労働防止対策の取組状況：あと3点',
    '分野3 安全でリスクの少ない職場環境の整備の取組状況：あと2点',
    '総合点：あと4点',
  ]);
  const firstUnmet = itemsOf('2-3')[5]!;
  const item = page.locator('.unmet-items > li').first();
  await expect(item).toContainText(`${firstUnmet.id} ${firstUnmet.text}`);
  const link = item.getByRole('link', { name: '解説を読む' });
  await expect(link).toHaveAttribute('href', `/guides/excellent-company/criteria/#item-${firstUnmet.id}`);
  await link.click();
  await expect(page.locator(`[id="item-${firstUnmet.id}"]`)).toBeInViewport();
  await expect(page.locator(`[id="item-${firstUnmet.id}"]`)).toContainText(firstUnmet.text);
  // Back: the result is still there.
  await page.goBack();
  await expect(page.locator('#diagnosis-result')).toHaveAttribute('data-verdict', 'not-meets');
  await expect(page.getByTestId('shortfalls')).toContainText('総合点：あと4点');
});

test('the result on a 390 px phone: no text under 12 px, no squeezed cell, no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await run(page, true, new Set([...itemsOf('3').slice(6), ...itemsOf('2-3').slice(5)].map((i) => i.id)));
  expect(await readability(page.locator('#diagnosis-result'))).toEqual({ small: [], narrow: [], overflow: 0 });
});

test('every 評価項目 has its own section in the criteria article', async ({ page }) => {
  await page.goto('/guides/excellent-company/criteria/');
  for (const item of criteria.items) await expect(page.locator(`[id="item-${item.id}"]`)).toContainText(item.text);
});

test('a reload mid-way comes back to the same step with every answer', async ({ page }) => {
  await gotoHydrated(page, '/check/excellent-company/');
  await page.getByRole('radio', { name: '含まない' }).check();
  await page.getByRole('button', { name: '次へ進む' }).click();
  await answer(page, criteria.required);
  await page.getByRole('button', { name: '次へ進む' }).click();
  await answer(page, itemsOf('1').slice(0, 2), new Set([itemsOf('1')[1]!.id]));
  await page.reload();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/^分野 1 /);
  await expect(page.getByRole('radiogroup', { name: itemsOf('1')[1]!.text, exact: true }).getByRole('radio', { name: NO, exact: true })).toBeChecked();
  await expect(page.getByRole('status')).toContainText('回答済み 2 / 5');
});

test('「最初からやり直す」 sits apart from the exports and asks before erasing', async ({ page }) => {
  await run(page, false, new Set());
  const restart = page.getByRole('button', { name: '最初からやり直す' });
  await expect(restart).toHaveClass(/button--secondary/);
  await expect(page.locator('.check-actions').getByRole('button', { name: '最初からやり直す' })).toHaveCount(0);
  await restart.click();
  await expect(page.getByText('この結果とすべての回答を消して、最初からやり直しますか？', { exact: false })).toBeFocused();
  await page.getByRole('button', { name: 'やめる' }).click();
  await expect(page.locator('#diagnosis-result')).toBeVisible();
  await page.getByRole('button', { name: '最初からやり直す' }).click();
  await page.getByRole('button', { name: '消して最初からやり直す' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('業種');
  await expect(page.getByRole('radio', { name: '含まない' })).not.toBeChecked();
});

test('the diagnosis prints on at most 3 A4 pages with the date and the company name', async ({ page }) => {
  await run(page, true, new Set(itemsOf('3').slice(6).map((i) => i.id)));
  await page.getByRole('textbox', { name: /会社名/ }).fill('株式会社サンプル');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.check-date')).toHaveText(/^診断した日：\d{4}年\d{1,2}月\d{1,2}日　会社名：株式会社サンプル$/);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(3);
});

test('the options read as two choices, not as extra radio buttons', async ({ page }) => {
  await gotoHydrated(page, '/check/excellent-company/');
  await page.getByRole('radio', { name: '含まない' }).check();
  await page.getByRole('button', { name: '次へ進む' }).click();
  const group = page.getByRole('radiogroup', { name: criteria.required[0]!.text, exact: true });
  await expect(group.getByRole('radio')).toHaveCount(2);
  await expect(group.locator('.item__option')).toHaveText(['満たしている', '満たしていない']);
  await expect(page.getByText('○をつけてください')).toHaveCount(0);
});

test('the answers and the result download as CSV and JSON, made in the browser', async ({ page }) => {
  // One × in area 1 leaves 4 of 5 points: still above 6割, so the company meets the standard.
  await run(page, false, new Set([itemsOf('1')[0].id]));
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '回答と結果をCSVで保存' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^安全衛生優良企業_自己診断_\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.url()).toMatch(/^blob:/);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain(itemsOf('1')[0].text);
  expect(text).toContain('×');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '回答と結果をJSONで保存' }).click()]);
  const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(data.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(data.verdict).toBe('meets');
  expect(data.unmetItems).toEqual([itemsOf('1')[0].id]);
  expect(data.total).toEqual({ score: 41, max: 42, needed: 34, passed: true });
});

test('answers can be kept on this device to finish later, and deleted', async ({ page, context }) => {
  await gotoHydrated(page, '/check/excellent-company/');
  await page.getByRole('radio', { name: '含む（製造業等）' }).check();
  await page.getByRole('checkbox', { name: 'この端末に回答を保存して、あとで続ける' }).check();
  await page.getByRole('button', { name: '次へ進む' }).click();
  await answer(page, criteria.required.slice(0, 2));
  await expect
    .poll(() => page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('ohp:excellent-company:v1') ?? '{}').required ?? {}).length))
    .toBe(2);
  // A later visit is a new tab: it starts at the beginning with what the device kept.
  const later = await context.newPage();
  await gotoHydrated(later, '/check/excellent-company/');
  await expect(later.getByRole('radio', { name: '含む（製造業等）' })).toBeChecked();
  await later.getByRole('button', { name: '次へ進む' }).click();
  await expect(later.getByRole('radiogroup', { name: criteria.required[1].text, exact: true }).getByRole('radio', { name: YES, exact: true })).toBeChecked();
  await later.getByRole('button', { name: '前へ戻る' }).click();
  await later.getByRole('button', { name: '保存した回答を削除' }).click();
  expect(await later.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await expect(later.getByRole('radio', { name: '含む（製造業等）' })).not.toBeChecked();
});

test('the page ships at most 25 kB of JavaScript (gzip)', async ({ page }) => {
  const js = await javaScriptGzipBytes(page, '/check/excellent-company/');
  expect(js.files).toBeGreaterThan(0);
  expect(js.bytes).toBeLessThanOrEqual(25 * 1024);
});
