import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { analyseCsvBytes, type AnalysisOutcome } from '../../src/lib/group-analysis/pipeline';
import { groupAnalysisNormsSchema, toRuntimeNorms } from '../../src/lib/group-analysis/norms-schema';
import { itemLayout } from '../../src/lib/group-analysis/short-form';
import { bjsq57Schema, toRuntimeInstrument } from '../../src/lib/stress-check/schema';
import { expectNoAxeViolations, gotoHydrated, javaScriptGzipBytes, readability } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGE = '/check/group-analysis/';
const SAMPLE = join(ROOT, 'public', 'materials', 'group-analysis-sample.csv');
const sampleBytes = readFileSync(SAMPLE);

// The expected results are computed here from the sample with the same pure functions the page runs
// (tests/unit/group-analysis-sample.test.ts checks them a second, independent way).
const questionnaire = JSON.parse(readFileSync(join(ROOT, 'content', 'instruments', 'bjsq57.json'), 'utf8'));
const instrument = toRuntimeInstrument(bjsq57Schema.parse(questionnaire));
const input = {
  instrument,
  layout: itemLayout(questionnaire, instrument),
  norms: toRuntimeNorms(groupAnalysisNormsSchema.parse(JSON.parse(readFileSync(join(ROOT, 'content', 'instruments', 'group-analysis-norms.json'), 'utf8')))),
};
const expected = analyseCsvBytes(new Uint8Array(sampleBytes), input) as Extract<AnalysisOutcome, { kind: 'analysed' }>;
const rowAttributes = (g: (typeof expected.analysis.groups)[number]) => ({
  group: g.name,
  people: String(g.people),
  highStressSum: String(g.highStress.sum),
  highStressConversion: String(g.highStress.conversion),
  riskA: String(Math.round(g.risk.a)),
  riskB: String(Math.round(g.risk.b)),
  totalRisk: String(Math.round(g.risk.total)),
});
const shownRows = (page: Page) =>
  page.locator('[data-testid="group-results"] tr[data-group]').evaluateAll((rows) => rows.map((r) => ({ ...(r as HTMLElement).dataset })));

async function loadSample(page: Page) {
  await gotoHydrated(page, PAGE);
  await page.getByLabel('CSVファイルを選ぶ').setInputFiles(SAMPLE);
  await expect(page.getByRole('heading', { name: '集団分析の結果' })).toBeFocused();
}

test('the sample, chosen with the file input: every group’s figures, the errors by row and column', async ({ page }) => {
  expect(expected.kind).toBe('analysed');
  await loadSample(page);
  // Hand-checked figures of the sample (see the unit test), then every shown row against the pure functions.
  expect(await shownRows(page)).toEqual([
    { group: '営業部', people: '18', highStressSum: '2', highStressConversion: '3', riskA: '108', riskB: '101', totalRisk: '109' },
    { group: '製造部', people: '25', highStressSum: '4', highStressConversion: '4', riskA: '105', riskB: '109', totalRisk: '114' },
    { group: '総務部', people: '11', highStressSum: '1', highStressConversion: '1', riskA: '84', riskB: '68', totalRisk: '57' },
    { group: '開発部', people: '14', highStressSum: '4', highStressConversion: '4', riskA: '94', riskB: '88', totalRisk: '83' },
    { group: '全体', people: '74', highStressSum: '13', highStressConversion: '14', riskA: '101', riskB: '97', totalRisk: '98' },
  ]);
  expect(await shownRows(page)).toEqual([...expected.analysis.groups.filter((g) => !g.small), expected.analysis.whole].map(rowAttributes));
  await expect(page.locator('.ga-result .ga-problems').first().getByRole('listitem')).toHaveText([
    '5行目 B12：1〜4の数字にしてください（「5」と書かれています）',
    '23行目 性別：「男性」か「女性」（「男」「女」も可）にしてください（「M」と書かれています）',
    '45行目 集団：空欄です（部署名などの集団の名前を入れてください）',
    '61行目 A2：空欄です（1〜4の数字を入れてください）',
    '77行目 C4：1〜4の数字にしてください（「a」と書かれています）',
  ]);
  await expect(page.getByText('読み込んだ行：79行（うち分析に使った行 74行、エラーで除いた行 5行）')).toBeVisible();
  await expect(page.getByText('73行目：簡略版（23項目）だけの回答です。判定図には含め、高ストレスの判定には含めません。')).toBeVisible();
  await expect(page.locator('tr[data-group="開発部"]')).toContainText('12人中 33.3%');
  await expect(page.locator('tr[data-group="開発部"] th')).toContainText('うち2人は57項目がそろわず、高ストレスの判定外');
});

test('a group under 10 is hidden with the rule explained, and shown only on purpose', async ({ page }) => {
  await loadSample(page);
  const hidden = page.getByTestId('group-results').getByRole('row', { name: /^経理課/ });
  await expect(hidden).toContainText('10人未満のため結果を表示していません');
  // While hidden, the row carries none of the figures.
  expect(await hidden.evaluate((r) => Object.keys((r as HTMLElement).dataset))).toEqual([]);
  await expect(page.getByTestId('small-group-rule')).toContainText('全ての労働者の同意を得ない限り、集計・分析の結果を事業者に提供してはならない');
  await expect(page.getByTestId('ga-chart-a-table').getByRole('rowheader', { name: '経理課' })).toHaveCount(0);

  const control = page.getByRole('checkbox', { name: '「経理課」（6人）の結果を表示する' });
  await expect(control).toHaveAccessibleDescription(/全員の同意を得たとき/);
  await control.check();
  const small = expected.analysis.groups.find((g) => g.name === '経理課')!;
  const shown = page.locator('tr[data-group="経理課"]');
  await expect(shown).toHaveAttribute('data-total-risk', String(Math.round(small.risk.total)));
  expect(await shown.evaluate((r) => ({ ...(r as HTMLElement).dataset }))).toEqual(rowAttributes(small));
  expect(rowAttributes(small)).toMatchObject({ people: '6', highStressSum: '2', highStressConversion: '2', riskA: '112', riskB: '135', totalRisk: '153' });
  await expect(shown).toContainText('10人未満（表示を選択）');
  await expect(page.getByTestId('ga-chart-a-table').getByRole('rowheader', { name: '経理課' })).toHaveCount(1);
  // The choice is kept with the result in this tab, across a reload.
  await page.reload();
  await expect(page.locator('tr[data-group="経理課"]')).toHaveCount(1);
  await page.getByRole('checkbox', { name: '「経理課」（6人）の結果を表示する' }).uncheck();
  await expect(page.locator('tr[data-group="経理課"]')).toHaveCount(0);
});

test('both 判定図 are SVG charts with the national averages, a labelled point per group, and a table beside', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadSample(page);
  for (const [id, name] of [
    ['ga-chart-a', '量-コントロール判定図'],
    ['ga-chart-b', '職場の支援判定図'],
  ]) {
    const chart = page.getByRole('img', { name });
    await expect(chart).toBeVisible();
    await expect(chart.locator('.ga-chart__label')).toHaveText(['営業部', '製造部', '総務部', '開発部', '全体']);
    await expect(chart.locator('.ga-chart__ref--male line')).toHaveCount(3); // vertical, horizontal, and the legend's sample
    await expect(chart.locator('.ga-chart__legend')).toHaveText(['全国平均（男性）', '全国平均（女性）']);
    const table = page.getByTestId(`${id}-table`);
    await expect(table.getByRole('rowheader')).toHaveText(['営業部', '製造部', '総務部', '開発部', '全体', '全国平均（男性）', '全国平均（女性）']);
  }
  // Means to one decimal: 営業部 仕事の量的負担 and 仕事のコントロール, from the pure functions.
  const sales = expected.analysis.groups[0];
  await expect(page.getByTestId('ga-chart-a-table').getByRole('row', { name: /^営業部/ }).getByRole('cell')).toHaveText([
    sales.means.quant.toFixed(1),
    sales.means.control.toFixed(1),
    String(Math.round(sales.risk.a)),
  ]);
  // No inline style anywhere in the result (the CSP forbids them; the charts use classes and SVG attributes).
  expect(await page.locator('#ga-result [style]').count()).toBe(0);
});

test('the CSV export: UTF-8 with BOM, made in the browser, with the notice and the hidden group marked', async ({ page }) => {
  await loadSample(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '集団ごとの結果をCSVで保存' }).click()]);
  expect(download.url()).toMatch(/^blob:/);
  expect(download.suggestedFilename()).toMatch(/^集団分析_\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^集団分析の結果（仕事のストレス判定図）,作成日：\d{4}年\d{1,2}月\d{1,2}日$/);
  expect(lines[1]).toContain('注意：ストレスチェック指針では、集計・分析の単位が10人を下回る場合');
  const header = lines.indexOf(lines.find((l) => l.startsWith('集団,人数,'))!);
  const table = lines.slice(header + 1, -1).map((l) => l.split(','));
  expect(table.map((r) => r[0])).toEqual(['営業部', '製造部', '総務部', '開発部', '経理課', '全体']);
  const whole = expected.analysis.whole;
  expect(table[5].slice(0, 9)).toEqual(['全体', '74', '47', '27', '72', '14', '19.4%', '13', '18.1%']);
  expect(table[5].slice(13, 16)).toEqual([whole.risk.a, whole.risk.b, whole.risk.total].map((v) => String(Math.round(v))));
  expect(table[4][0]).toBe('経理課');
  expect(table[4][1]).toBe('6');
  expect(table[4].at(-1)).toBe('10人未満のため結果を表示していません');
  expect(table[4].slice(2, -1).every((c) => c === '')).toBe(true);
});

test('the result prints on at most 3 A4 pages, with the date and the notice, without the controls', async ({ page }) => {
  await loadSample(page);
  await page.getByRole('checkbox', { name: '「経理課」（6人）の結果を表示する' }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('analysed-date')).toHaveText(/^分析した日：\d{4}年\d{1,2}月\d{1,2}日　ファイル：group-analysis-sample\.csv$/);
  await expect(page.getByTestId('small-group-rule')).toBeVisible();
  await expect(page.getByRole('button', { name: '集団ごとの結果をCSVで保存' })).toBeHidden();
  await expect(page.getByLabel('CSVファイルを選ぶ')).toBeHidden();
  await expect(page.getByRole('img', { name: '量-コントロール判定図' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(3);
});

test('privacy: analysing sends nothing but the page view and a bare completion count; no cookie; nothing in localStorage', async ({ page }) => {
  const requests: { method: string; url: string; body: string | null }[] = [];
  const workers: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() }));
  page.on('worker', (w) => workers.push(w.url()));
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await gotoHydrated(page, PAGE);
  await page.waitForLoadState('networkidle');
  const beforeFile = requests.length;
  await page.getByLabel('CSVファイルを選ぶ').setInputFiles(SAMPLE);
  await expect(page.locator('tr[data-group="全体"]')).toHaveAttribute('data-people', '74');
  await page.getByRole('checkbox', { name: '「経理課」（6人）の結果を表示する' }).check();
  await page.waitForLoadState('networkidle');

  const origin = new URL(page.url()).origin;
  // Loading the page: plain GETs of the site's own files and one page-view count.
  for (const r of requests.slice(0, beforeFile)) {
    expect(new URL(r.url).origin).toBe(origin);
    if (r.method === 'POST') expect([new URL(r.url).pathname, r.body]).toEqual(['/api/event', JSON.stringify({ type: 'pageview', path: PAGE })]);
    else expect([r.method, r.body]).toEqual(['GET', null]);
  }
  expect(requests.slice(0, beforeFile).filter((r) => r.method === 'POST')).toHaveLength(1);
  // Analysing: GETs of the site's own script files (the worker), with no query and no body, and one
  // bare count that an analysis was completed.
  const during = requests.slice(beforeFile);
  const completions = during.filter((r) => r.method === 'POST');
  expect(completions.map((r) => [new URL(r.url).pathname, r.body])).toEqual([
    ['/api/event', JSON.stringify({ type: 'diagnosis_complete', instrument: 'group-analysis', path: PAGE })],
  ]);
  for (const r of during.filter((r) => r.method !== 'POST')) {
    const url = new URL(r.url);
    expect([r.method, url.origin, url.search, r.body]).toEqual(['GET', origin, '', null]);
    expect(url.pathname).toMatch(/^\/_astro\/[\w.-]+\.js$/);
  }
  // The work ran in a same-origin Web Worker, allowed by the page's CSP.
  expect(workers.map((w) => new URL(w).pathname)).toEqual([expect.stringMatching(/^\/_astro\/analysis\.worker-[\w-]+\.js$/)]);
  expect(problems).toEqual([]);
  // No request anywhere carries a group name, an answer row or a result.
  const everything = requests.map((r) => `${decodeURIComponent(r.url)} ${r.body ?? ''}`).join('\n');
  for (const secret of ['営業部', '経理課', '全体', '男性,', sampleBytes.toString('utf8').split('\r\n')[1].slice(0, 40)]) expect(everything).not.toContain(secret);
  expect(
    await page.evaluate(() => ({ cookie: document.cookie, local: Object.keys(localStorage), session: Object.keys(sessionStorage) })),
  ).toEqual({ cookie: '', local: [], session: ['ohp:group-analysis:tab:v1'] });
  expect((await page.context().cookies()).length).toBe(0);
});

test('nothing lost: a reload keeps the result; a broken file is explained and the last result stays', async ({ page }) => {
  await loadSample(page);
  await page.reload();
  await expect(page.locator('tr[data-group="全体"]')).toHaveAttribute('data-people', '74');
  await page.getByLabel('CSVファイルを選ぶ').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('部署,性別\r\n営業部,男性\r\n') });
  const problem = page.locator('#ga-file-problem');
  await expect(problem).toBeFocused();
  await expect(problem.getByRole('heading')).toHaveText('「broken.csv」を分析できませんでした');
  await expect(problem).toContainText('1行目（見出し）：「集団」の列がありません。1行目はテンプレートの見出し（集団,性別,A1,…,D2）にしてください。');
  await expect(problem).toContainText('前の結果（「group-analysis-sample.csv」');
  await expect(page.locator('tr[data-group="全体"]')).toHaveAttribute('data-people', '74');
  // The same file, fixed, can be chosen again straight away.
  await page.getByLabel('CSVファイルを選ぶ').setInputFiles(SAMPLE);
  await expect(problem).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '集団分析の結果' })).toBeFocused();
  // Clearing asks first, then empties the tab's memory.
  await page.getByRole('button', { name: '結果を消す' }).click();
  await page.getByRole('button', { name: '結果を消す' }).last().click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
});

test('a file with many mistakes: each listed by row and column in a scrollable box; the good rows analysed', async ({ page }) => {
  const lines = sampleBytes.toString('utf8').slice(1).split('\r\n');
  const header = lines[0];
  const good = lines.slice(1, 12).filter((l) => l && !l.includes(',5,')); // the first rows of 営業部
  const bad = Array.from({ length: 12 }, (_, i) => good[0].replace(/^営業部,男性,\d/, `営業部,男性,${5 + i}`));
  await gotoHydrated(page, PAGE);
  await page.getByLabel('CSVファイルを選ぶ').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...good, ...bad, ''].join('\r\n')) });
  const box = page.getByRole('region', { name: '直してほしいところ（12件）' });
  await expect(box.getByRole('listitem')).toHaveCount(12);
  await expect(box.getByRole('listitem').first()).toHaveText(`${good.length + 2}行目 A1：1〜4の数字にしてください（「5」と書かれています）`);
  await expect(box).toHaveAttribute('tabindex', '0');
  await expect(page.locator('tr[data-group="営業部"]')).toHaveAttribute('data-people', String(good.length));
  await expectNoAxeViolations(page);
});

test('Shift_JIS from Excel, dropped on the zone, gives the same result as the UTF-8 sample', async ({ page }) => {
  await gotoHydrated(page, PAGE);
  // Excel's 「CSV（コンマ区切り）」: the same text in Shift_JIS, made with a reverse table of the browser's decoder.
  const sjis = await page.evaluate((text) => {
    const table = new Map<string, number[]>();
    const decoder = new TextDecoder('shift_jis');
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
    return [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!));
  }, sampleBytes.toString('utf8').slice(1));
  const drop = await page.evaluateHandle((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'excel-sjis.csv', { type: 'text/csv' }));
    return data;
  }, sjis);
  await page.locator('.ga-drop').dispatchEvent('dragenter', { dataTransfer: drop });
  await expect(page.locator('.ga-drop')).toHaveClass(/ga-drop--over/);
  await page.locator('.ga-drop').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByText('文字コード：Shift_JIS')).toBeVisible();
  expect(await shownRows(page)).toEqual([...expected.analysis.groups.filter((g) => !g.small), expected.analysis.whole].map(rowAttributes));
});

test('the file chooser works with the keyboard alone', async ({ page }) => {
  await gotoHydrated(page, PAGE);
  const input = page.getByLabel('CSVファイルを選ぶ');
  for (let i = 0; i < 40 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles(SAMPLE);
  await expect(page.getByRole('heading', { name: '集団分析の結果' })).toBeFocused();
});

test('before a file is chosen: an empty state, the template and the sample, at most 40 kB of JavaScript', async ({ page }) => {
  const js = await javaScriptGzipBytes(page, PAGE);
  expect(js.files).toBeGreaterThan(0);
  expect(js.bytes).toBeLessThanOrEqual(40 * 1024);
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await expect(page.getByRole('link', { name: /^集団分析のテンプレート（CSV：1KB）$/ })).toHaveAttribute('href', '/materials/group-analysis-template.csv');
  await expect(page.getByRole('link', { name: /^お試し用のサンプル（架空のデータ）（CSV：\d+KB）$/ })).toHaveAttribute('href', '/materials/group-analysis-sample.csv');
  await expect(page.getByTestId('norm-disputes')).toContainText('男性・上司の支援の全国平均：7.5 を使用（ほかに 7.6：2つの公開実装）');
});

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(({ page }) => page.setViewportSize({ width, height: 900 }));

    test('axe passes before and after a file, with a small group shown', async ({ page }) => {
      await gotoHydrated(page, PAGE);
      await expectNoAxeViolations(page);
      await page.getByLabel('CSVファイルを選ぶ').setInputFiles(SAMPLE);
      await page.getByRole('checkbox', { name: '「経理課」（6人）の結果を表示する' }).check();
      await expect(page.locator('tr[data-group="経理課"]')).toHaveCount(1);
      await expectNoAxeViolations(page);
      // One h1, and no heading level skipped on the way down.
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels.filter((l, i) => i > 0 && l > levels[i - 1] + 1)).toEqual([]);
    });

    test('the result reads without sideways scrolling, with no text under 12 px', async ({ page }) => {
      await loadSample(page);
      const report = await readability(page.locator('#ga-result'));
      expect(report).toEqual({ small: [], narrow: [], overflow: 0 });
      // On a phone the charts give way to their tables; on a laptop both are there.
      await expect(page.getByRole('img', { name: '量-コントロール判定図' })).toBeVisible({ visible: width > 640 });
      await expect(page.getByTestId('ga-chart-a-table')).toBeVisible();
    });
  });
}

test('the guide for employers links to the tool and the template, and passes axe', async ({ page }) => {
  await page.goto('/guides/stress-check/group-analysis/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('集団分析の進め方と仕事のストレス判定図の読み方');
  await expect(page.getByRole('main').getByRole('link', { name: '集団分析（仕事のストレス判定図）' }).first()).toHaveAttribute('href', '/check/group-analysis/');
  await expect(page.getByRole('link', { name: /^集団分析のテンプレート（CSV：1KB）$/ })).toHaveAttribute('href', '/materials/group-analysis-template.csv');
  await expect(page.getByRole('main')).toContainText('全国平均の約1.2倍と読むのが一般的な説明です');
  await expectNoAxeViolations(page);
  // The tool is listed with the other self-checks.
  await page.goto('/check/');
  await expect(page.getByRole('link', { name: '集団分析（仕事のストレス判定図）' })).toHaveAttribute('href', '/check/group-analysis/');
});
