import { describe, expect, it } from 'vitest';
import { originAllowed } from '../../src/lib/analytics/origin';
import { pagePath, unknownTarget } from '../../src/lib/analytics/site-index';

describe('originAllowed', () => {
  const hosts = ['portal.example.jp', '127.0.0.1:4321', null];
  it('accepts a page of this site, over http or https (a TLS proxy in front)', () => {
    expect(originAllowed('https://portal.example.jp', hosts)).toBe(true);
    expect(originAllowed('http://127.0.0.1:4321', hosts)).toBe(true);
    expect(originAllowed('https://PORTAL.example.jp', hosts)).toBe(true);
  });

  it('refuses a missing, opaque or foreign origin', () => {
    expect(originAllowed(null, hosts)).toBe(false);
    expect(originAllowed('null', hosts)).toBe(false);
    expect(originAllowed('https://evil.example', hosts)).toBe(false);
    expect(originAllowed('https://portal.example.jp.evil.example', hosts)).toBe(false);
    expect(originAllowed('http://127.0.0.1:4322', hosts)).toBe(false);
    expect(originAllowed('file:///tmp/x.html', hosts)).toBe(false);
    expect(originAllowed('not a url', hosts)).toBe(false);
  });
});

describe('site index', () => {
  const site = { pages: new Set(['/', '/guides/a/']), materials: new Set(['/materials/a.pdf']) };
  it('adds the trailing slash the build uses, but not to a file', () => {
    expect(pagePath('/guides/a')).toBe('/guides/a/');
    expect(pagePath('/guides/a/')).toBe('/guides/a/');
    expect(pagePath('/sitemap.xml')).toBe('/sitemap.xml');
  });

  it('knows a page and a material, and says which is unknown', () => {
    expect(unknownTarget({ type: 'pageview', path: '/guides/a' }, site)).toBeUndefined();
    expect(unknownTarget({ type: 'pageview', path: '/guides/b/' }, site)).toBe('unknown-page');
    expect(unknownTarget({ type: 'download', path: '/', file: '/materials/a.pdf' }, site)).toBeUndefined();
    expect(unknownTarget({ type: 'download', path: '/', file: '/materials/b.pdf' }, site)).toBe('unknown-file');
    expect(unknownTarget({ type: 'download', path: '/x/', file: '/materials/a.pdf' }, site)).toBe('unknown-page');
  });
});
