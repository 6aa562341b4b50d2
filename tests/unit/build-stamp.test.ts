import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint, readStamp, removeStamp, staleReason, writeStamp } from '../../src/server/build-stamp.mjs';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ohp-stamp-'));
  write('content/guides/a/x.mdx', 'x');
  write('src/pages/index.astro', 'page');
  write('public/materials/m.pdf', 'pdf');
  write('astro.config.mjs', 'config');
  write('notes.txt', 'not read by the build');
  mkdirSync(join(root, 'dist'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the build stamp', () => {
  it('fingerprints every file the build reads, and only those', () => {
    expect(Object.keys(fingerprint(root, {}).files)).toEqual([
      'astro.config.mjs',
      'content/guides/a/x.mdx',
      'public/materials/m.pdf',
      'src/pages/index.astro',
    ]);
    expect(fingerprint(root, {}).environment).toEqual({ SITE_URL: '', PORTAL_NOW: '' });
  });

  it('without a stamp the build is incomplete', () => {
    expect(staleReason(root, {})).toBe('完成したビルドがありません');
  });

  it('a stamp that matches means the build can be served', () => {
    writeStamp(root, fingerprint(root, {}));
    expect(readStamp(root).builtAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(staleReason(root, {})).toBeUndefined();
  });

  it('names the changed, added and removed files', () => {
    writeStamp(root, fingerprint(root, {}));
    write('content/guides/a/x.mdx', 'changed');
    expect(staleReason(root, {})).toBe('前回のビルドのあとに content/guides/a/x.mdx が変わりました');
    write('content/guides/a/y.mdx', 'new');
    rmSync(join(root, 'public/materials/m.pdf'));
    write('src/pages/about.astro', 'new');
    write('src/pages/more.astro', 'new');
    expect(staleReason(root, {})).toBe(
      '前回のビルドのあとに content/guides/a/x.mdx、content/guides/a/y.mdx、public/materials/m.pdf ほか 2 件 が変わりました',
    );
  });

  it('a file outside the build inputs does not make the build stale', () => {
    writeStamp(root, fingerprint(root, {}));
    write('notes.txt', 'edited');
    write('dist/client/index.html', 'output');
    expect(staleReason(root, {})).toBeUndefined();
  });

  it('a different SITE_URL or PORTAL_NOW makes the build stale', () => {
    writeStamp(root, fingerprint(root, {}));
    expect(staleReason(root, { SITE_URL: 'https://example.go.jp' })).toBe('環境変数 SITE_URL が前回のビルドと違います');
  });

  it('removing the stamp marks the build incomplete again', () => {
    writeStamp(root, fingerprint(root, {}));
    removeStamp(root);
    expect(staleReason(root, {})).toBe('完成したビルドがありません');
  });
});
