import { spawn } from 'node:child_process';
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { copyProject } from '../support/project-copy.mjs';
import { DEV_PORT, runTempDir } from './env';

// Starting a development server takes a while: this file has a larger budget than the default.
test.describe.configure({ timeout: 120_000 });

// `npm run dev` on a copy of the project: a content error must show in the browser, not only in the
// terminal, and the page must come back by itself once the file is fixed.
test('a content error shows in the preview page, and the page recovers when it is fixed', async ({ page }) => {
  const copy = copyProject('dev-', runTempDir('preview-'));
  const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(DEV_PORT)], {
    cwd: copy.dir,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${DEV_PORT}`;
  try {
    await expect.poll(() => fetch(`${base}/guides/`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
    await page.goto(`${base}/guides/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('記事一覧');

    const article = join(copy.dir, 'content', 'guides', 'support', 'preview-fixture.mdx');
    writeFileSync(
      article,
      [
        '---',
        'title: プレビューの確認用の記事',
        'description: 開発用サーバーが内容の誤りをブラウザーに表示することを確かめる記事です。',
        'topic: support',
        'audience: [働く方]',
        'lastReviewed: 2026-13-45',
        'sources:',
        '  - name: 厚生労働省',
        '    url: https://www.mhlw.go.jp/',
        '---',
        '',
        '本文です。',
        '',
      ].join('\n'),
    );
    // The open page reloads by itself and shows the problem, as the terminal does.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('内容に問題があります（1 件）', { timeout: 20_000 });
    await expect(page.getByRole('listitem')).toHaveText([/^content\/guides\/support\/preview-fixture\.mdx:6 lastReviewed「2026-13-45」は存在しない日付です/]);

    rmSync(article);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('記事一覧', { timeout: 20_000 });
  } finally {
    dev.kill('SIGKILL');
    copy.remove();
  }
});
