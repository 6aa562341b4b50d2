import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, gotoHydrated, javaScriptGzipBytes, readability } from './helpers';

interface Item { id: string; text: string; prompt?: string }
interface Section { id: string; options: string[]; items: Item[] }
const bjsq = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'instruments', 'bjsq57.json'), 'utf8')) as {
  sections: Section[];
};
const ITEMS = bjsq.sections.flatMap((s) => s.items.map((i) => i.id));

/** Every item answered `base`, except the overrides. Values are option positions 1–4. */
const answersOf = (base: number, overrides: Record<string, number> = {}) =>
  Object.fromEntries(ITEMS.map((id) => [id, overrides[id] ?? base])) as Record<string, number>;
const range = (from: number, to: number, prefix: string) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

// Four fixed answer sets, with the results worked out by hand in tests/unit/stress-check-score.test.ts.
const CASES = [
  {
    name: 'all answers 1, male: normal by both methods',
    sex: '男性',
    answers: answersOf(1),
    conversion: 'normal',
    sum: 'normal',
    scores: { sum: { A: 50, B: 38, C: 9 }, conversion: { A: 22, B: 26, C: 15 } },
    headline: '高ストレスの基準には当てはまりませんでした',
  },
  {
    name: 'all answers 4, female: high by both methods',
    sex: '女性',
    answers: answersOf(4),
    conversion: 'high',
    sum: 'high',
    scores: { sum: { A: 35, B: 107, C: 36 }, conversion: { A: 29, B: 10, C: 3 } },
    headline: 'ストレスが高い状態にある可能性があります',
  },
  {
    name: 'male, high by 素点換算表 only: the methods disagree',
    sex: '男性',
    answers: answersOf(1, {
      ...{ B1: 2, B4: 3, B5: 3, B6: 2, B7: 3, B8: 3, B9: 2, B10: 3, B11: 3, B12: 2, B13: 3 },
      ...Object.fromEntries(range(14, 29, 'B').map((id) => [id, 2])),
    }),
    conversion: 'high',
    sum: 'normal',
    scores: { sum: { A: 50, B: 70, C: 9 }, conversion: { A: 22, B: 12, C: 15 } },
    headline: '評価の方法によって結果が分かれました',
  },
  {
    name: 'female, high by 合計点数 only: the methods disagree',
    sex: '女性',
    answers: answersOf(1, Object.fromEntries([...range(1, 3, 'B'), ...range(13, 29, 'B')].map((id) => [id, 4]))),
    conversion: 'normal',
    sum: 'high',
    scores: { sum: { A: 50, B: 80, C: 9 }, conversion: { A: 22, B: 22, C: 15 } },
    headline: '評価の方法によって結果が分かれました',
  },
] as const;

async function begin(page: Page, sex: string) {
  await gotoHydrated(page, '/check/stress/');
  await page.getByRole('radio', { name: sex }).check();
  await page.getByRole('button', { name: 'チェックを始める' }).click();
}

/** Answers one step the way a person does: find each item by its text, pick the option by its label. */
async function answerStep(page: Page, section: Section, answers: Record<string, number>) {
  for (const item of section.items) {
    const scope = item.prompt ? page.getByRole('group', { name: item.prompt }) : page;
    const group = scope.getByRole('radiogroup', { name: item.text, exact: true });
    await group.getByRole('radio', { name: section.options[answers[item.id] - 1], exact: true }).check();
  }
}

async function answerAll(page: Page, answers: Record<string, number>) {
  for (const [index, section] of bjsq.sections.entries()) {
    await answerStep(page, section, answers);
    const last = index === bjsq.sections.length - 1;
    await page.getByRole('button', { name: last ? '結果を見る' : '次へ進む' }).click();
  }
}

for (const c of CASES) {
  test(`stress check — ${c.name}`, async ({ page }) => {
    await begin(page, c.sex);
    await answerAll(page, c.answers);
    const result = page.locator('#check-result');
    await expect(result).toHaveAttribute('data-verdict-conversion', c.conversion);
    await expect(result).toHaveAttribute('data-verdict-sum', c.sum);
    expect(JSON.parse((await result.getAttribute('data-scores'))!)).toEqual(c.scores);
    await expect(page.getByTestId('verdict')).toHaveText(c.headline);
    await expect(page.getByRole('heading', { name: 'チェックの結果' })).toBeFocused();
  });
}

test('the whole check works with the keyboard alone', async ({ page }) => {
  await gotoHydrated(page, '/check/stress/');
  await page.locator('astro-island:not([ssr])').waitFor(); // the island is interactive
  // Tab to the first sex option and choose it with the space bar, as a keyboard user would.
  for (let i = 0; i < 30 && !(await page.getByRole('radio', { name: '男性' }).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: '男性' })).toBeChecked();
  await page.keyboard.press('Tab'); // the save checkbox
  await page.keyboard.press('Tab'); // the start button
  await page.keyboard.press('Enter');
  for (const [index, section] of bjsq.sections.entries()) {
    await expect(page.getByRole('heading', { name: new RegExp(`^${section.id}\\.`) })).toBeFocused();
    for (let i = 0; i < section.items.length; i++) {
      await page.keyboard.press('Tab'); // into the next radio group: its first option
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('Tab'); // back
    await page.keyboard.press('Tab'); // next / result
    await expect(page.getByRole('button', { name: index === bjsq.sections.length - 1 ? '結果を見る' : '次へ進む' })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('#check-result')).toHaveAttribute('data-scores', JSON.stringify(CASES[0].scores));
});

test('moving on with unanswered items names them and keeps the answers given', async ({ page }) => {
  await begin(page, '男性');
  const first = bjsq.sections[0];
  await answerStep(page, { ...first, items: first.items.slice(0, 15) }, answersOf(2));
  await page.getByRole('button', { name: '次へ進む' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('heading')).toHaveText('未回答の項目が2件あります');
  await expect(summary.getByRole('link')).toHaveText([`16. ${first.items[15].text}`, `17. ${first.items[16].text}`]);
  await expect(summary).toBeFocused();
  const missing = page.getByRole('radiogroup', { name: first.items[15].text, exact: true });
  await expect(missing).toHaveAttribute('aria-invalid', 'true');
  await expect(missing).toHaveAccessibleDescription('この項目に回答してください。');
  await expect(page.getByRole('radiogroup', { name: first.items[0].text, exact: true }).getByRole('radio', { name: 'まあそうだ' })).toBeChecked();
  await expect(page.getByText('15 / 57')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the start screen asks for sex and explains why before starting', async ({ page }) => {
  await gotoHydrated(page, '/check/stress/');
  await expect(page.getByText('回答はこの端末の中だけで集計され、どこにも送信されません。')).toBeVisible();
  await expect(page.getByText('勤め先で法律にもとづいて行われるストレスチェックの代わりにはなりません')).toBeVisible();
  await page.getByRole('button', { name: 'チェックを始める' }).click();
  await expect(page.getByText('性別を選んでください。')).toBeVisible();
  await expect(page.getByRole('radio', { name: '男性' })).toBeFocused();
  await expect(page.getByRole('group', { name: '性別（※必須）' })).toHaveAccessibleDescription(/性別を選んでください。/);
  await expectNoAxeViolations(page);
});

test('progress is saved on this device only when asked, for a later visit, and can be deleted', async ({ page, context }) => {
  await gotoHydrated(page, '/check/stress/');
  await page.getByRole('radio', { name: '女性' }).check();
  await page.getByRole('checkbox', { name: 'この端末に途中経過を保存' }).check();
  await page.getByRole('button', { name: 'チェックを始める' }).click();
  await answerStep(page, bjsq.sections[0], answersOf(3));
  const savedCount = () =>
    page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('ohp:stress-check:v1') ?? '{}').answers ?? {}).length);
  await expect.poll(savedCount).toBe(17);
  // A later visit is a new tab: it has no memory of its own, so it starts from what the device kept.
  const later = await context.newPage();
  await gotoHydrated(later, '/check/stress/');
  await expect(later.getByRole('radio', { name: '女性' })).toBeChecked();
  await expect(later.getByRole('button', { name: '続きから回答する（17 / 57 回答済み）' })).toBeVisible();
  await later.getByRole('button', { name: '保存した回答を削除' }).click();
  expect(await later.evaluate(() => Object.keys(localStorage))).toEqual([]);
  const afterDelete = await context.newPage();
  await gotoHydrated(afterDelete, '/check/stress/');
  await expect(afterDelete.getByRole('button', { name: 'チェックを始める' })).toBeVisible();
  await expect(afterDelete.getByRole('checkbox', { name: 'この端末に途中経過を保存' })).not.toBeChecked();
});

test('no request carries answers, scores or the verdict; only a bare completion count is sent', async ({ page }) => {
  const requests: { method: string; url: string; body: string | null }[] = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() }));
  await gotoHydrated(page, '/check/stress/');
  await page.waitForLoadState('networkidle');
  const beforeStart = requests.length;
  await page.getByRole('radio', { name: '女性' }).check();
  await page.getByRole('button', { name: 'チェックを始める' }).click();
  await answerAll(page, CASES[1].answers);
  await expect(page.locator('#check-result')).toHaveAttribute('data-verdict-sum', 'high');
  await page.waitForLoadState('networkidle');

  // While answering and scoring, the page sent exactly one thing: that a check was completed.
  expect(requests.slice(beforeStart).map((r) => [r.method, new URL(r.url).pathname, r.body])).toEqual([
    ['POST', '/api/event', JSON.stringify({ type: 'diagnosis_complete', instrument: 'bjsq57', path: '/check/stress/' })],
  ]);
  // Loading the page used plain GETs of the site's own files and one page-view count.
  const origin = new URL(page.url()).origin;
  for (const r of requests.slice(0, beforeStart)) {
    expect(new URL(r.url).origin).toBe(origin);
    expect(new URL(r.url).search).toBe('');
    if (r.method === 'POST') expect([new URL(r.url).pathname, r.body]).toEqual(['/api/event', JSON.stringify({ type: 'pageview', path: '/check/stress/' })]);
    else expect([r.method, r.body]).toEqual(['GET', null]);
  }
  // Without the save option nothing was kept on the device; only the tab's own memory holds the answers.
  expect(await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage), document.cookie])).toEqual([
    [],
    ['ohp:stress-check:tab:v1'],
    '',
  ]);
});

// One axe run per test keeps each test far inside its time budget on a busy machine; each screen is
// checked on a phone (390 px) and a laptop (1280 px).
for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(({ page }) => page.setViewportSize({ width, height: 900 }));

    test('axe passes on the start screen', async ({ page }) => {
      await gotoHydrated(page, '/check/stress/');
      await expectNoAxeViolations(page);
    });

    test('axe passes mid-questionnaire, with some items still unanswered', async ({ page }) => {
      await begin(page, '男性');
      await answerStep(page, bjsq.sections[0], answersOf(1));
      await page.getByRole('button', { name: '次へ進む' }).click();
      await answerStep(page, { ...bjsq.sections[1], items: bjsq.sections[1].items.slice(0, 10) }, answersOf(2));
      await page.getByRole('button', { name: '次へ進む' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('axe passes on the result, and the printout leaves out the buttons', async ({ page }) => {
      await begin(page, '男性');
      await answerAll(page, answersOf(2));
      await expect(page.locator('#check-result')).toBeVisible();
      // The sentence before the tables says which way the 評価点 runs, next to explanations of the 状態.
      await expect(page.getByTestId('scale-reading')).toContainText('どの尺度でも1に近いほどストレスの面で注意が必要な状態、5に近いほどよい状態です');
      await expect(page.getByRole('rowheader', { name: /^心理的な仕事の負担（量）/ })).toContainText('この程度が高いほど量の面での負担を感じていて、評価点は低くなります');
      await expectNoAxeViolations(page);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: 'もう一度チェックする' })).toBeHidden();
      await expect(page.getByRole('heading', { name: 'チェックの結果' })).toBeVisible();
    });
  });
}

test('"もう一度チェックする" asks first, and only then starts over with no answers', async ({ page }) => {
  await begin(page, '男性');
  await answerAll(page, CASES[0].answers);
  await page.getByRole('button', { name: 'もう一度チェックする' }).click();
  await expect(page.getByText('この結果と回答をすべて消して、最初からやり直しますか？')).toBeFocused();
  await page.getByRole('button', { name: 'やめる' }).click();
  await expect(page.locator('#check-result')).toBeVisible();
  await page.getByRole('button', { name: 'もう一度チェックする' }).click();
  await page.getByRole('button', { name: '消して最初からやり直す' }).click();
  await expect(page.getByRole('button', { name: 'チェックを始める' })).toBeVisible();
  await page.getByRole('button', { name: 'チェックを始める' }).click();
  await expect(page.getByText('0 / 57')).toBeVisible();
});

test('nothing is lost: a link from the result and Back, and a reload mid-way', async ({ page }) => {
  await begin(page, '女性');
  await answerAll(page, CASES[1].answers);
  await expect(page.locator('#check-result')).toHaveAttribute('data-verdict-sum', 'high');
  await page.getByRole('link', { name: 'こころの耳の相談窓口', exact: true }).click();
  await expect(page).toHaveURL(/\/guides\/support\/kokoro-no-mimi\/$/);
  await page.goBack();
  await expect(page.locator('#check-result')).toHaveAttribute('data-verdict-sum', 'high');
  await expect(page.getByTestId('verdict')).toHaveText(CASES[1].headline);

  // Mid-way: a reload comes back to the same step with every answer.
  await page.getByRole('button', { name: 'もう一度チェックする' }).click();
  await page.getByRole('button', { name: '消して最初からやり直す' }).click();
  await page.getByRole('radio', { name: '男性' }).check();
  await page.getByRole('button', { name: 'チェックを始める' }).click();
  await answerStep(page, bjsq.sections[0], answersOf(2));
  await page.getByRole('button', { name: '次へ進む' }).click();
  await answerStep(page, { ...bjsq.sections[1], items: bjsq.sections[1].items.slice(0, 5) }, answersOf(3));
  await page.reload();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('#check-step-heading')).toHaveText(/^B\. /);
  await expect(page.getByText('22 / 57')).toBeVisible();
  const fifth = bjsq.sections[1].items[4]!;
  await expect(page.getByRole('radiogroup', { name: fifth.text, exact: true }).getByRole('radio', { name: bjsq.sections[1].options[2], exact: true })).toBeChecked();
  await page.getByRole('button', { name: '前へ戻る' }).click();
  const first = bjsq.sections[0].items[0]!;
  await expect(page.getByRole('radiogroup', { name: first.text, exact: true }).getByRole('radio', { name: bjsq.sections[0].options[1], exact: true })).toBeChecked();
});

test('a high-stress verdict has the 相談先 right under it: a tap-to-call number and まもろうよ こころ', async ({ page }) => {
  await begin(page, '女性');
  await answerAll(page, CASES[1].answers);
  const help = page.locator('.check-verdict + .help-contacts');
  await expect(help.getByRole('heading', { name: '相談先' })).toBeVisible();
  await expect(help.getByRole('link', { name: '0120-565-455（通話無料）' })).toHaveAttribute('href', 'tel:0120565455');
  await expect(help.getByRole('link', { name: 'こころの耳の相談窓口のページ' })).toHaveAttribute('href', 'https://kokoro.mhlw.go.jp/tel-soudan/');
  await expect(help.getByRole('link', { name: 'まもろうよ こころ（厚生労働省）' })).toHaveAttribute('href', 'https://www.mhlw.go.jp/mamorouyokokoro/');
  await expect(help).toContainText('今すぐつらいとき');
});

test('the result on a 390 px phone: no text under 12 px, no squeezed cell, no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await begin(page, '男性');
  await answerAll(page, CASES[2].answers);
  const result = page.locator('#check-result');
  await expect(result).toBeVisible();
  const report = await readability(result);
  expect(report).toEqual({ small: [], narrow: [], overflow: 0 });
  // The radar gives way to the table on a phone; each scale is a row with its 評価点, a bar and its 状態.
  await expect(page.locator('.check-domain__chart').first()).toBeHidden();
  const row = page.getByRole('row', { name: /^心理的な仕事の負担（量）/ });
  await expect(row.locator('.check-scales__point')).toHaveText(/^[1-5]$/);
  await expect(row.locator('.score-bar')).toBeVisible();
});

test('the result prints on at most 3 A4 pages, with the date of the check and link addresses', async ({ page }) => {
  await begin(page, '女性');
  await answerAll(page, CASES[1].answers);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.check-date')).toHaveText(/^チェックした日：\d{4}年\d{1,2}月\d{1,2}日$/);
  const linkAfter = await page
    .getByRole('link', { name: 'まもろうよ こころ（厚生労働省）' })
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(linkAfter).toContain('https://www.mhlw.go.jp/mamorouyokokoro/');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(3);
});

test('a tap on 「チェックを始める」 before the page is interactive is not lost', async ({ page }) => {
  // Hold back the island's code, as a slow phone network would, while the person chooses and taps.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/StressCheck\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/check/stress/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('radio', { name: '女性' }).check();
  await page.getByRole('button', { name: 'チェックを始める' }).click();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
  release();
  await expect(page.locator('#check-step-heading')).toHaveText(/^A\. /);
  await expect(page.getByText('0 / 57')).toBeVisible();
});

test('answer options on a phone: one column, full-width choices, and 「選んでください」', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await begin(page, '男性');
  await expect(page.getByText('最もあてはまるものを選んでください。')).toBeVisible();
  await expect(page.getByText('○を付けてください')).toHaveCount(0);
  const boxes = await page.locator('#item-A1 .item__option').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect()));
  expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(1);
  expect(boxes.every((b, i) => i === 0 || b.y > boxes[i - 1]!.y)).toBe(true);
  const radio = await page.locator('#item-A1 input').first().boundingBox();
  expect(Math.round(radio!.width)).toBe(20);
  // The focus ring goes round the whole option.
  await page.locator('#item-A1 input').first().focus();
  await page.keyboard.press('ArrowDown');
  const outline = await page.locator('#item-A1 .item__option').nth(1).evaluate((l) => getComputedStyle(l).outlineStyle);
  expect(outline).toBe('solid');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('the page ships at most 25 kB of JavaScript (gzip), all of it for the island', async ({ page }) => {
  const js = await javaScriptGzipBytes(page, '/check/stress/');
  expect(js.files).toBeGreaterThan(0);
  expect(js.bytes).toBeLessThanOrEqual(25 * 1024);
});
