import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { runTempDir, SITE_PORT } from './env';

// The Node server's HTTP layer (src/server/serve.mjs and src/server/http-*.mjs) against the real build,
// for the findings of the 2026-11-29 security review. Most tests use the site server of the config;
// those that need a password or other limits start their own server on a free port.

const root = join(import.meta.dirname, '..', '..');
const client = (path: string) => readFileSync(join(root, 'dist', 'client', path));
const hashedFile = (ext: string) => `/_astro/${readdirSync(join(root, 'dist', 'client', '_astro')).find((f) => f.endsWith(ext))}`;
const PASSWORD = 'server-http-spec';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request exactly as given (the path is not normalised, the body not decompressed). */
function raw(path: string, { method = 'GET', headers = {}, body, port = SITE_PORT }: { method?: string; headers?: Record<string, string>; body?: string; port?: number } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Runs `use` against a server of our own (its database in this run's folder), stopped in any case. */
async function withServer(env: Record<string, string>, use: (port: number) => Promise<void>) {
  const port = await freePort();
  const db = join(runTempDir('server-http-'), 'analytics.db');
  const child = spawn(process.execPath, ['src/server/serve.mjs'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ANALYTICS_DB: db, ...env },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
      if (i > 100) throw new Error('the server did not start');
      try {
        if ((await raw('/', { method: 'HEAD', port })).status === 200) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await use(port);
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
}

/** A raw socket: what it was sent back and when it closed. */
function socket(port: number) {
  const started = Date.now();
  const s: Socket = connect(port, '127.0.0.1');
  let received = '';
  s.on('data', (d) => (received += d));
  s.on('error', () => {});
  const closed = new Promise<number>((resolve) => s.on('close', () => resolve(Date.now() - started)));
  const ready = new Promise<void>((resolve) => s.on('connect', () => resolve()));
  return { s, closed, ready, received: () => received };
}

test.describe('cache headers (finding 3)', () => {
  test('only files actually served from /_astro/ are immutable', async () => {
    const css = await raw(hashedFile('.css'));
    expect(css.status).toBe(200);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await raw('/_astro/no-such-file.js');
    expect(missing.status).toBe(404);
    expect(String(missing.headers['cache-control'])).not.toContain('immutable');
    expect((await raw('/')).headers['cache-control']).toBe('public, max-age=0');
  });

  test('paths that only start with /_astro/ keep the no-store of their route', async () => {
    for (const path of ['/_astro/../admin/', '/_astro/../admin/export.csv?fy=2026', '/_astro/../api/event', '/_astro/%2e%2e/admin/']) {
      const answer = await raw(path);
      expect(answer.headers['cache-control'], path).toBe('no-store');
    }
    const post = await raw('/_astro/../api/event', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(String(post.headers['cache-control'])).not.toContain('immutable');
  });
});

test.describe('methods (finding 8)', () => {
  test('anything but GET/HEAD on pages and files, or but POST on the collector, is a short 405', async () => {
    const cases: [string, string, string][] = [
      ['TRACE', '/', 'GET, HEAD'],
      ['TRACE', '/api/event', 'POST'],
      ['PUT', '/favicon.svg', 'GET, HEAD'],
      ['DELETE', '/favicon.svg', 'GET, HEAD'],
      ['POST', '/guides/', 'GET, HEAD'],
      ['OPTIONS', '/api/event', 'POST'],
      ['PATCH', '/admin/', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const answer = await raw(path, { method, body: method === 'PUT' ? '<svg/>' : undefined });
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.headers.allow, `${method} ${path}`).toBe(allow);
      expect(answer.body.toString(), `${method} ${path}`).toMatch(/^[^\n]*メソッド[^\n]*\n$/);
      expect(answer.body.toString()).not.toMatch(/Error|\s+at\s|node:/);
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    expect((await raw('/favicon.svg')).body.equals(client('favicon.svg'))).toBe(true);
  });
});

test.describe('slow and oversized requests (finding 4)', () => {
  const head = (port: number, length: number) =>
    `POST /api/event HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

  test('a body or a request head sent at 1 byte/s is cut off within 15 s', async () => {
    test.setTimeout(40_000);
    const body = socket(SITE_PORT);
    const header = socket(SITE_PORT);
    await Promise.all([body.ready, header.ready]);
    body.s.write(head(SITE_PORT, 200));
    header.s.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${SITE_PORT}\r\n`);
    const drip = setInterval(() => {
      if (body.s.writable) body.s.write('x');
      if (header.s.writable) header.s.write('X');
    }, 1000);
    try {
      for (const { closed, received } of [body, header]) {
        expect(await closed).toBeLessThan(15_000);
        expect(received()).toMatch(/^(HTTP\/1\.1 408 |$)/);
      }
    } finally {
      clearInterval(drip);
      body.s.destroy();
      header.s.destroy();
    }
  });

  test('a declared 10 MB body gets 413 and a closed connection; connections past MAX_CONNECTIONS are dropped', async () => {
    await withServer({ MAX_CONNECTIONS: '5' }, async (port) => {
      const big = socket(port);
      await big.ready;
      big.s.write(`${head(port, 10_000_000)}{"type":"pageview","path":"/"`);
      expect(await big.closed).toBeLessThan(5_000);
      expect(big.received()).toMatch(/^HTTP\/1\.1 413 /);
      expect(big.received()).toMatch(/\r\nconnection: close\r\n/i);

      const held = Array.from({ length: 5 }, () => socket(port));
      try {
        await Promise.all(held.map((h) => h.ready));
        const refused = socket(port);
        refused.s.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
        expect(await refused.closed).toBeLessThan(2_000);
        expect(refused.received()).toBe('');
      } finally {
        held.forEach((h) => h.s.destroy());
      }
    });
  });
});

test.describe('compression (audit: the server sent everything uncompressed)', () => {
  for (const path of ['/', '/guides/stress-check/for-workers/', hashedFile('.css'), '/pagefind/pagefind.js']) {
    test(`${path}: br, gzip and identity carry the right headers and bytes`, async () => {
      const file = path.endsWith('/') ? `${path}index.html` : path;
      const original = client(file);
      const type = (await raw(path)).headers['content-type'];
      for (const [accept, encoding, decode] of [
        ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
        ['br;q=0, gzip', 'gzip', gunzipSync],
        ['identity', undefined, (b: Buffer) => b],
      ] as const) {
        const answer = await raw(path, { headers: { 'accept-encoding': accept } });
        expect(answer.status).toBe(200);
        expect(answer.headers['content-encoding'], accept).toBe(encoding);
        expect(answer.headers.vary).toBe('Accept-Encoding');
        expect(answer.headers['content-type']).toBe(type);
        expect(answer.headers['content-length']).toBe(String(answer.body.length));
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
        expect(decode(answer.body).equals(original), accept).toBe(true);
        if (encoding) expect(answer.body.length).toBeLessThan(original.length);

        const head = await raw(path, { method: 'HEAD', headers: { 'accept-encoding': accept } });
        expect(head.body.length).toBe(0);
        for (const name of ['content-encoding', 'content-length', 'etag', 'vary', 'cache-control']) expect(head.headers[name], name).toBe(answer.headers[name]);

        const again = await raw(path, { headers: { 'accept-encoding': accept, 'if-none-match': String(answer.headers.etag) } });
        expect(again.status).toBe(304);
      }
    });
  }

  test('pages rendered on demand are compressed too: the 404 page and the dashboard', async () => {
    const notFound = await raw('/no-such-page/', { headers: { 'accept-encoding': 'br' } });
    expect(notFound.status).toBe(404);
    expect(notFound.headers['content-encoding']).toBe('br');
    expect(notFound.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(notFound.body).equals(client('404.html'))).toBe(true);

    await withServer({ ANALYTICS_ADMIN_PASSWORD: PASSWORD }, async (port) => {
      const authorization = `Basic ${Buffer.from(`staff:${PASSWORD}`).toString('base64')}`;
      const plain = await raw('/admin/?fy=2026', { port, headers: { authorization } });
      expect(plain.status).toBe(200);
      const gz = await raw('/admin/?fy=2026', { port, headers: { authorization, 'accept-encoding': 'gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['cache-control']).toBe('no-store');
      const html = gunzipSync(gz.body).toString();
      expect(html).toContain('<html lang="ja"');
      expect(html.length).toBeGreaterThan(gz.body.length);

      // finding 8: Astro's own CSP header on server-rendered routes keeps its hashes and gains frame-ancestors.
      for (const path of ['/admin/?fy=2026', '/admin/export.csv?fy=2026']) {
        const csp = String((await raw(path, { port, headers: { authorization } })).headers['content-security-policy']);
        expect(csp, path).toContain("frame-ancestors 'none'");
        expect(csp.match(/frame-ancestors/g), path).toHaveLength(1);
      }
      expect(String(plain.headers['content-security-policy'])).toMatch(/script-src[^;]*'sha256-/);
    });
  });

  test('a page loads compressed and search works in the browser', async ({ page }) => {
    const encodings = new Map<string, string | undefined>();
    page.on('response', (r) => encodings.set(new URL(r.url()).pathname, r.headers()['content-encoding']));
    await page.goto('/search/?q=受動喫煙');
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    expect(encodings.get('/search/')).toBe('br');
    expect(encodings.get('/pagefind/pagefind.js')).toBe('br');
  });
});

test('path traversal still answers 400 or 404', async () => {
  const secret = readFileSync(join(root, 'package.json'), 'utf8').slice(0, 40);
  for (const path of ['/%2e%2e/package.json', '/..%2fpackage.json', '/..%5cpackage.json', '/..\\package.json', '/%00', '/index.html%00', '/.env', '/_astro/..%2f..%2fpackage.json', '/%c0%ae%c0%ae/package.json']) {
    const answer = await raw(path);
    expect([400, 404], path).toContain(answer.status);
    expect(answer.body.toString('latin1'), path).not.toContain(secret);
  }
});
