import { describe, expect, it, vi } from 'vitest';
import { compressibleType, pickEncoding } from '../../src/server/http-encoding.mjs';
import { DEFAULT_MAX_CONNECTIONS, maxConnections } from '../../src/server/http-limits.mjs';
import { sitePath } from '../../src/server/http-path.mjs';
import { allowedMethods } from '../../src/server/http-policy.mjs';
import { mergeCsp, SECURITY_HEADERS } from '../../src/server/security-headers.mjs';

// The small rules of the HTTP layer (src/server/http-*.mjs), one function each.

const both = { br: 1, gzip: 1 };

describe('pickEncoding (audit: everything sent uncompressed)', () => {
  it('prefers br over gzip, whatever the order or q-values', () => {
    expect(pickEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(pickEncoding('gzip;q=1.0, br;q=0.5', both)).toBe('br');
    expect(pickEncoding('gzip', both)).toBe('gzip');
    expect(pickEncoding('x-gzip', both)).toBe('gzip');
  });

  it('honours q=0 and the wildcard, and falls back to the identity', () => {
    expect(pickEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0', both)).toBeUndefined();
    expect(pickEncoding('*', both)).toBe('br');
    expect(pickEncoding('*;q=0, gzip', both)).toBe('gzip');
    expect(pickEncoding('identity', both)).toBeUndefined();
    expect(pickEncoding('', both)).toBeUndefined();
    expect(pickEncoding(undefined, both)).toBeUndefined();
  });

  it('only picks a coding the file has', () => {
    expect(pickEncoding('br, gzip', { gzip: 1 })).toBe('gzip');
    expect(pickEncoding('br', { gzip: 1 })).toBeUndefined();
  });
});

it('compresses text types only', () => {
  for (const type of ['text/html; charset=utf-8', 'text/csv', 'application/json', 'image/svg+xml', 'application/manifest+json', 'application/rss+xml']) {
    expect(compressibleType(type), type).toBe(true);
  }
  for (const type of ['image/png', 'application/pdf', 'application/octet-stream', 'font/woff2', undefined]) {
    expect(compressibleType(type), String(type)).toBe(false);
  }
});

describe('mergeCsp (audit 8: /admin/ lost frame-ancestors)', () => {
  const astro = "default-src 'self';object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' 'sha256-abc='";

  it("keeps Astro's policy and appends only the directives it lacks", () => {
    const merged = mergeCsp(astro);
    expect(merged.startsWith(astro)).toBe(true);
    expect(merged).toContain("frame-ancestors 'none'");
    expect(merged.match(/object-src/g)).toHaveLength(1);
    expect(merged.match(/base-uri/g)).toHaveLength(1);
    expect(mergeCsp(merged)).toBe(merged);
  });

  it('leaves our own policy and a policy with its own frame-ancestors alone', () => {
    const own = SECURITY_HEADERS['Content-Security-Policy'];
    expect(mergeCsp(own)).toBe(own);
    expect(mergeCsp("frame-ancestors 'self'; base-uri 'none'; form-action 'none'; object-src 'none'")).toBe(
      "frame-ancestors 'self'; base-uri 'none'; form-action 'none'; object-src 'none'",
    );
  });
});

describe('sitePath', () => {
  it('decodes, drops the query and fragment, collapses double slashes', () => {
    expect(sitePath('/guides/x/?q=1')).toBe('/guides/x/');
    expect(sitePath('/search/#top')).toBe('/search/');
    expect(sitePath('/%E3%81%82')).toBe('/あ');
    expect(sitePath('//guides//x/')).toBe('/guides/x/');
  });

  it('refuses what tries to step around or is not a path', () => {
    for (const url of ['/../x', '/%2e%2e/', '/..%2f', '/a/./b', '/_astro/../admin/', '/a\\b', '/%5c', '/%00', '/x%00.js', '/%E3%81', '*', 'http://x/']) {
      expect(sitePath(url), url).toBeNull();
    }
  });
});

it('allows GET/HEAD everywhere except the collector, which takes POST only (audit 8)', () => {
  expect(allowedMethods('/')).toEqual(['GET', 'HEAD']);
  expect(allowedMethods('/favicon.svg')).toEqual(['GET', 'HEAD']);
  expect(allowedMethods(null)).toEqual(['GET', 'HEAD']);
  expect(allowedMethods('/api/event')).toEqual(['POST']);
  expect(allowedMethods('/api/event/')).toEqual(['POST']);
});

it('reads MAX_CONNECTIONS, falling back to the default for nonsense (audit 4)', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(maxConnections({})).toBe(DEFAULT_MAX_CONNECTIONS);
  expect(maxConnections({ MAX_CONNECTIONS: '50' })).toBe(50);
  for (const bad of ['0', '-1', '1.5', 'many']) expect(maxConnections({ MAX_CONNECTIONS: bad })).toBe(DEFAULT_MAX_CONNECTIONS);
  expect(warn).toHaveBeenCalledTimes(4);
  warn.mockRestore();
});
