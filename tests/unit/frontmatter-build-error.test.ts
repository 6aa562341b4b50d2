import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Copies the project, breaks one article, and checks what staff would see in the build log.
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'portal-frontmatter-'));
for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  cpSync(join(root, entry), join(work, entry), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = promisify(execFile);
const sync = () =>
  run(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'sync'], {
    cwd: work,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  }).then(
    () => '',
    // eslint-disable-next-line no-control-regex
    (error: { stdout: string; stderr: string }) => `${error.stdout}\n${error.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
  );

describe('broken content stops the build', () => {
  it('a broken article: names the file and the field', async () => {
    const article = join(work, 'content', 'guides', 'overwork', 'overtime-limits.mdx');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^lastReviewed:.*$/m, 'lastReviewed: 近日'));
    const output = await sync();
    expect(output).toContain('content/guides/overwork/overtime-limits.mdx');
    expect(output).toContain('lastReviewed: lastReviewed（最終確認日）は YYYY-MM-DD の日付にしてください');
  });

  it('a seminar whose material file is missing: names the seminar and the file', async () => {
    const article = join(work, 'content', 'guides', 'overwork', 'overtime-limits.mdx');
    writeFileSync(article, readFileSync(join(root, 'content', 'guides', 'overwork', 'overtime-limits.mdx'), 'utf8'));
    const seminar = join(work, 'content', 'seminars', '2026-06-mental-health-osaka.md');
    writeFileSync(seminar, readFileSync(seminar, 'utf8').replace('/materials/stress-check-annual-flow.pdf', '/materials/no-such-file.pdf'));
    const output = await sync();
    expect(output).toContain('content/seminars/2026-06-mental-health-osaka.md');
    expect(output).toContain('資料ファイル public/materials/no-such-file.pdf が見つかりません');
  });
});
