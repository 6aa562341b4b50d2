import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint, writeStamp } from '../../src/server/build-stamp.mjs';
import { copyProject } from '../support/project-copy.mjs';

// `npm start` (src/server/start.mjs) in a copy of the project: it must never serve a broken or stale
// build, and must not rebuild a complete one.
const copy = copyProject('ohp-start-');
afterAll(() => copy.remove());

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

interface Started {
  output: () => string;
  exited: Promise<number | null>;
  stop: () => void;
}

function start(port: number): Started {
  const child = spawn(process.execPath, ['src/server/start.mjs'], {
    cwd: copy.dir,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ANALYTICS_DB: join(copy.dir, 'data', 'a.db'), NO_COLOR: '1' },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return {
    output: () => output,
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    stop: () => child.kill('SIGKILL'),
  };
}

async function waitForPage(port: number, path = '/'): Promise<string> {
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      if (res.ok) return await res.text();
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('the server did not answer');
}

const listening = (port: number) =>
  fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );

// A stand-in for a finished build: the real server script in front of a handler that says who it is.
function fakeCompleteBuild() {
  mkdirSync(join(copy.dir, 'dist', 'server'), { recursive: true });
  writeFileSync(
    join(copy.dir, 'dist', 'server', 'entry.mjs'),
    "export const handler = (req, res) => { res.setHeader('content-type', 'text/plain'); res.end('the existing build'); };\n",
  );
  // The build also bundles the collector's fast path, which serve.mjs loads beside the entry.
  writeFileSync(
    join(copy.dir, 'dist', 'server', 'collector.mjs'),
    "export const handleEvent = (req, res) => { res.statusCode = 503; res.end(); };\nexport const openCollector = async () => true;\n",
  );
  writeStamp(copy.dir, fingerprint(copy.dir));
}

describe('npm start', () => {
  it('does not start the server when the build fails', async () => {
    const article = join(copy.dir, 'content', 'guides', 'overwork', 'overtime-limits.mdx');
    const original = readFileSync(article, 'utf8');
    writeFileSync(article, original.replace(/^lastReviewed:.*$/m, 'lastReviewed: 2026-13-45'));
    const port = await freePort();
    const run = start(port);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('完成したビルドがありません。サイトをビルドします…');
    expect(run.output()).toContain('content/guides/overwork/overtime-limits.mdx');
    expect(run.output().trim().split('\n').at(-1)).toBe('ビルドに失敗したため、サーバーを起動しませんでした。');
    expect(await listening(port)).toBe(false);
    writeFileSync(article, original);
  }, 120_000);

  it('starts a complete, current build without building again', async () => {
    fakeCompleteBuild();
    const port = await freePort();
    const run = start(port);
    try {
      expect(await waitForPage(port)).toBe('the existing build');
      expect(run.output()).not.toContain('ビルドします');
    } finally {
      run.stop();
    }
  }, 60_000);

  it('rebuilds when content changed since the build, then serves the new content', async () => {
    fakeCompleteBuild();
    const article = join(copy.dir, 'content', 'guides', 'overwork', 'overtime-limits.mdx');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^title: .*$/m, 'title: 書き換えた題名：時間外労働の上限'));
    const port = await freePort();
    const run = start(port);
    try {
      const page = await waitForPage(port, '/guides/overwork/overtime-limits/');
      expect(run.output()).toContain(
        '前回のビルドのあとに content/guides/overwork/overtime-limits.mdx が変わりました。サイトをビルドします…',
      );
      expect(page).toContain('書き換えた題名：時間外労働の上限');
    } finally {
      run.stop();
    }
  }, 300_000);
});
