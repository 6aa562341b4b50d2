import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, PROJECT_ROOT as root } from '../support/project-copy.mjs';

// Copies the project, breaks one article, and checks what staff would see in the build log.
const copy = copyProject('portal-frontmatter-');
const work = copy.dir;
afterAll(copy.remove);

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
    expect(output).toContain('lastReviewed: lastReviewed「近日」は YYYY-MM-DD の形で書いてください（例：2026-11-29）');
  });

  it('a missing date: says it is required, with an example', async () => {
    const article = join(work, 'content', 'guides', 'overwork', 'overtime-limits.mdx');
    writeFileSync(article, readFileSync(join(root, 'content', 'guides', 'overwork', 'overtime-limits.mdx'), 'utf8').replace(/^lastReviewed:.*\n/m, ''));
    const output = await sync();
    expect(output).toContain('content/guides/overwork/overtime-limits.mdx');
    expect(output).toContain('lastReviewed: lastReviewed は必須です（例：lastReviewed: 2026-11-29）');
  });

  it('a seminar whose material file is missing: names the seminar and the file', async () => {
    const article = join(work, 'content', 'guides', 'overwork', 'overtime-limits.mdx');
    writeFileSync(article, readFileSync(join(root, 'content', 'guides', 'overwork', 'overtime-limits.mdx'), 'utf8'));
    const seminar = join(work, 'content', 'seminars', '2026-06-mental-health-osaka.md');
    writeFileSync(seminar, readFileSync(seminar, 'utf8').replace('/materials/stress-check-annual-flow.pdf', '/materials/no-such-file.pdf'));
    const output = await sync();
    expect(output).toContain('content/seminars/2026-06-mental-health-osaka.md');
    expect(output).toContain('ファイル public/materials/no-such-file.pdf がありません（public/materials/ に置くか、file を直してください）');
  });
});
