import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { checkContent, formatProblem } from '../../src/lib/content-check/index';
import { guideSchema } from '../../src/lib/guide-schema';
import { copyProject } from '../support/project-copy.mjs';
import { runTempDir, SITE_PORT } from './env';

// The editor in a real browser: `npm run cms` on a throwaway copy of the project (the real content/ is
// never touched), a new article written and saved through Keystatic's own UI, a seminar's status changed,
// then the copy's production build passes and its search finds the new article.
// Starting the editor (Vite bundles Keystatic on first use) and building take a while: a large budget.
test.describe.configure({ timeout: 600_000 });

/** Ports of this test's own servers: the editor (`npm run cms`), and the copy's built site. */
const CMS_PORT = SITE_PORT + 7;
const COPY_SITE_PORT = SITE_PORT + 8;

const SLUG = 'telework-consultation';
const ARTICLE = `content/guides/support/${SLUG}.mdx`;
const SEMINAR = 'content/seminars/2027-03-passive-smoking-nagoya.md';

/** Starts a process in its own process group, so that it and every child it starts can be stopped together. */
function startGroup(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    process.kill(-child.pid!, 'SIGTERM');
  });
}

/** `npm run cms -- …` exactly as staff type it (npm's own script when the tests run under npm). */
function npmRunCms(cwd: string, port: number) {
  const args = ['run', 'cms', '--', '--port', String(port), '--host', '127.0.0.1'];
  const npm = process.env.npm_execpath;
  return npm && npm.endsWith('.js') ? startGroup(process.execPath, [npm, ...args], cwd) : startGroup('npm', args, cwd);
}

/** Chooses a value in one of Keystatic's selects (a button that opens a list box). */
/**
 * Inserts a block through the editor's 「/」 menu. Under load the editor can miss the menu for a quickly
 * typed 「/」 (the text stays in the paragraph and no menu opens), so the command is erased and typed
 * again until the menu shows the block, rather than waiting out the whole test budget.
 */
async function insertBlock(page: Page, command: string, option: RegExp) {
  const choice = page.getByRole('option', { name: option });
  await expect(async () => {
    await page.keyboard.type(`/${command}`);
    try {
      await choice.waitFor({ timeout: 5_000 });
    } catch (error) {
      for (let i = 0; i <= command.length; i++) await page.keyboard.press('Backspace');
      throw error;
    }
  }).toPass({ timeout: 60_000 });
  await choice.click();
}

async function choose(scope: Page | ReturnType<Page['getByRole']>, page: Page, label: string, option: string) {
  await scope.getByRole('button', { name: new RegExp(label) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('staff write an article and change a seminar in the editor; the copy then builds and finds the article', async ({ page }) => {
  const copy = copyProject('cms-', runTempDir('cms-'));
  const read = (path: string) => readFileSync(join(copy.dir, path), 'utf8');
  const cms = npmRunCms(copy.dir, CMS_PORT);
  let site: ReturnType<typeof startGroup> | undefined;
  const base = `http://127.0.0.1:${CMS_PORT}`;
  try {
    await test.step('npm run cms serves the editor at /keystatic', async () => {
      await expect
        .poll(() => fetch(`${base}/keystatic`).then((r) => r.status, () => 0), { timeout: 120_000, message: 'npm run cms did not serve /keystatic' })
        .toBe(200);
      expect(cms.output()).toContain('編集画面：/keystatic');
      await page.goto(`${base}/keystatic`, { timeout: 120_000 });
      await expect(page.getByRole('link', { name: '記事：相談窓口・支援' }).first()).toBeVisible({ timeout: 120_000 });
    });

    await test.step('a new article: title, file name, topic, audience, date, a source, a keyword and a body with a Callout', async () => {
      await page.goto(`${base}/keystatic/collection/guides-support/create`);
      await page.getByLabel('タイトル').fill('在宅勤務の相談窓口を探すとき');
      await page.getByLabel('ファイル名（アドレスの一部）').fill(SLUG);
      await page.getByLabel('説明').fill('在宅勤務で心身の不調を感じたときに使える相談窓口をまとめます。');
      // The topic is the collection's own and is offered as the only choice.
      await expect(page.getByRole('button', { name: /トピック/ })).toContainText('相談窓口・支援（support）');
      await page.getByRole('checkbox', { name: '働く方' }).check();
      await page.getByLabel('最終確認日').fill('2026-11-30');

      const dialog = page.getByRole('dialog');
      await page.getByRole('button', { name: '追加' }).first().click(); // 出典
      await dialog.getByLabel('出典名').fill('こころの耳（厚生労働省）');
      await dialog.getByLabel('URL').fill('https://kokoro.mhlw.go.jp/');
      await dialog.getByRole('button', { name: '追加' }).click();
      await expect(dialog).toHaveCount(0);
      await page.getByRole('button', { name: '追加' }).nth(1).click(); // キーワード
      await dialog.getByLabel('キーワード').fill('在宅勤務');
      await dialog.getByRole('button', { name: '追加' }).click();
      await expect(dialog).toHaveCount(0);

      await page.locator('[contenteditable=true]').click();
      await page.keyboard.type('## 相談する前に');
      await page.keyboard.press('Enter');
      await page.keyboard.type('在宅勤務でも職場の相談窓口を使えます。');
      await page.keyboard.press('Enter');
      await insertBlock(page, 'Callout', /囲み（Callout）/);
      await page.keyboard.type('一人で抱え込まないでください。');
      await page.getByRole('button', { name: 'Edit' }).click();
      await choose(dialog, page, '種類', '注意');
      await dialog.getByLabel('見出し（任意）').fill('無理をしない');
      await dialog.getByRole('button', { name: 'Done' }).click();
      await expect(dialog).toHaveCount(0);

      await page.getByRole('button', { name: '作成' }).click();
      await expect(page).toHaveURL(new RegExp(`/keystatic/collection/guides-support/item/${SLUG}$`));
    });

    await test.step('the file is at content/guides/support/<name>.mdx with valid frontmatter and passes the content check', async () => {
      await expect.poll(() => existsSync(join(copy.dir, ARTICLE))).toBe(true);
      const text = read(ARTICLE);
      const [, frontmatter, body] = text.match(/^---\n([^]*?)\n---\n([^]*)$/) ?? [];
      const data = parse(frontmatter);
      expect(data).toEqual({
        title: '在宅勤務の相談窓口を探すとき',
        description: '在宅勤務で心身の不調を感じたときに使える相談窓口をまとめます。',
        topic: 'support',
        audience: ['働く方'],
        lastReviewed: '2026-11-30',
        sources: [{ name: 'こころの耳（厚生労働省）', url: 'https://kokoro.mhlw.go.jp/' }],
        keywords: ['在宅勤務'],
      });
      const topicIds = ['stress-check', 'return-to-work', 'passive-smoking', 'excellent-company', 'overwork', 'support'];
      expect(guideSchema(topicIds).safeParse(data).error).toBeUndefined();
      expect(body).toContain('## 相談する前に');
      expect(body).toMatch(/<Callout type="注意" title="無理をしない">\s*一人で抱え込まないでください。\s*<\/Callout>/);
    });

    await test.step("a seminar's status changed to 満席 and saved", async () => {
      const before = parse(read(SEMINAR).split('---\n')[1]);
      expect(before.status).toBe('受付中');
      await page.goto(`${base}/keystatic/collection/seminars/item/2027-03-passive-smoking-nagoya`);
      await choose(page, page, '受付状況', '満席');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await expect.poll(() => parse(read(SEMINAR).split('---\n')[1]).status).toBe('満席');
      // Nothing else in the frontmatter changed.
      expect(parse(read(SEMINAR).split('---\n')[1])).toEqual({ ...before, status: '満席' });
    });

    await test.step('the content check passes on the copy', async () => {
      const result = await checkContent(copy.dir);
      expect(result.problems.map(formatProblem)).toEqual([]);
    });

    await stopGroup(cms.child);

    await test.step('the production build of the copy passes', async () => {
      const build = spawnSync(process.execPath, ['src/scripts/build.mjs'], {
        cwd: copy.dir,
        env: { ...process.env, NO_COLOR: '1', PORTAL_NOW: '2026-12-01T00:00:00+09:00' },
        encoding: 'utf8',
        timeout: 300_000,
      });
      expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
      expect(existsSync(join(copy.dir, `dist/client/guides/support/${SLUG}/index.html`))).toBe(true);
      // The editor is not part of the build.
      expect(existsSync(join(copy.dir, 'dist/client/keystatic'))).toBe(false);
    });

    await test.step("the built site shows the article with its Callout, the seminar as 満席, and search finds the article", async () => {
      site = startGroup(process.execPath, ['src/server/serve.mjs'], copy.dir, {
        HOST: '127.0.0.1',
        PORT: String(COPY_SITE_PORT),
        ANALYTICS_DB: join(copy.dir, 'analytics.db'),
      });
      const siteBase = `http://127.0.0.1:${COPY_SITE_PORT}`;
      await expect.poll(() => fetch(`${siteBase}/`).then((r) => r.status, () => 0), { timeout: 30_000, message: 'the copy\'s server did not start' }).toBe(200);
      await page.goto(`${siteBase}/guides/support/${SLUG}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('在宅勤務の相談窓口を探すとき');
      await expect(page.getByRole('note', { name: '注意：無理をしない' })).toContainText('一人で抱え込まないでください。');

      await page.goto(`${siteBase}/seminars/2027-03-passive-smoking-nagoya/`);
      await expect(page.getByRole('main')).toContainText('満席');

      await page.goto(`${siteBase}/search/?q=${encodeURIComponent('在宅勤務')}`);
      await expect(page.getByRole('status')).toContainText('「在宅勤務」の検索結果：');
      const found = await page
        .locator('#search-results > li')
        .getByRole('heading')
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(found).toContain(`/guides/support/${SLUG}/`);
    });
  } finally {
    await stopGroup(cms.child);
    if (site) await stopGroup(site.child);
    copy.remove();
  }
});
