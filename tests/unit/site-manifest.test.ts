import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSiteManifest } from '../../src/scripts/site-manifest.mjs';

const dist = mkdtempSync(join(tmpdir(), 'ohp-manifest-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the site manifest the build writes', () => {
  it('lists every built page and every material, and nothing else', () => {
    for (const file of [
      'client/index.html',
      'client/guides/a/index.html',
      'client/404.html',
      'client/_astro/x.js',
      'client/pagefind/index.html',
      'client/materials/a.pdf',
      'client/materials/a.pdf.gz',
      'client/materials/index.html',
      'client/seminars/s/index.html',
      'client/seminars/s.ics',
    ]) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), 'x');
    }
    const expected = { pages: ['/', '/guides/a/', '/materials/', '/seminars/s/'], materials: ['/materials/a.pdf'] };
    expect(writeSiteManifest(dist)).toEqual(expected);
    expect(JSON.parse(readFileSync(join(dist, 'site-manifest.json'), 'utf8'))).toEqual(expected);
  });
});
