import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatSummary } from '../../../src/lib/content-check/index';
import { fixture, guideWith, projectRoot, removeFixtures } from './fixture';

afterAll(removeFixtures);

const script = join(projectRoot, 'src', 'scripts', 'check-content.mjs');

/** Runs the CLI as staff would (process.execPath is Node 24 under vitest) and keeps exit code and output. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('node src/scripts/check-content.mjs', () => {
  it('with problems: the lines and a closing line on stderr, nothing on stdout, exit 1', async () => {
    const root = fixture({
      'content/guides/support/x.mdx': guideWith('lastReviewed', 'lastReviewed: 2026-13-45'),
      'content/guides/support/y.mdx': guideWith('lastReviewed', null),
    });
    const { code, stdout, stderr } = await run(['--root', root]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(
      [
        'content/guides/support/x.mdx:6 lastReviewed「2026-13-45」は存在しない日付です（例：2026-11-29）',
        'content/guides/support/y.mdx:2 lastReviewed は必須です（例：lastReviewed: 2026-11-29）',
        '内容チェック：2 件の問題があります。上の行を直してから、もう一度実行してください。',
        '',
      ].join('\n'),
    );
  });

  it('without problems: exactly one summary line on stdout, nothing on stderr, exit 0', async () => {
    const { code, stdout, stderr } = await run([]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const summary = formatSummary(await checkContent(projectRoot));
    expect(summary).toMatch(/^内容チェック：問題はありません（/);
    expect(stdout).toBe(`${summary}\n`);
  });
});
