import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../src/scripts/precompress.mjs';
import { createSiteServer } from '../../src/server/http-server.mjs';

// createSiteServer (src/server/http-server.mjs) around a stand-in for Astro's handler, over a small
// fake dist/client: the HTTP layer alone, on a real socket.

const ASTRO_CSP = "default-src 'self';object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' 'sha256-abc='";
const page = (n: number) => `<!doctype html><html lang="ja"><body>${'<p>職場の健康と安全</p>'.repeat(n)}</body></html>`;

/** Answers like Astro does: writeHead with its own headers, then the body in chunks. */
function fakeAstro(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url!, 'http://x');
  const send = (status: number, headers: Record<string, string>, ...chunks: (string | Buffer)[]) => {
    res.writeHead(status, headers);
    for (const chunk of chunks) res.write(chunk);
    res.end();
  };
  const html = { 'content-type': 'text/html; charset=utf-8' };
  if (url.pathname === '/api/event') {
    if (req.headers.origin === 'http://evil.example') return send(403, { 'content-type': 'application/json', 'cache-control': 'no-store' }, '{}');
    if (Number(req.headers['content-length']) > 2048) return send(413, { 'content-type': 'application/json', 'cache-control': 'no-store' }, '{}');
    req.resume();
    return req.on('end', () => send(202, { 'content-type': 'application/json', 'cache-control': 'no-store' }, '{}'));
  }
  if (url.pathname === '/admin/') return send(200, { ...html, 'cache-control': 'no-store', 'content-security-policy': ASTRO_CSP }, page(100), page(100));
  if (url.pathname === '/tiny') return send(200, { 'content-type': 'text/plain; charset=utf-8' }, 'short');
  if (url.pathname === '/accepted') return send(202, html, page(100));
  if (url.pathname === '/image') return send(200, { 'content-type': 'image/png' }, Buffer.alloc(5000));
  if (url.pathname === '/encoded') return send(200, { ...html, 'content-encoding': 'gzip' }, gzipSync(page(100)));
  send(404, html, page(60));
}

let dir: string;
let server: Server;
let port: number;
const file = (name: string) => readFileSync(join(dir, name));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ohp-site-server-'));
  const write = (name: string, data: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), data);
  };
  write('index.html', page(200));
  write('guides/x/index.html', page(150));
  write('_astro/app.B1x2.js', `export const t = ${JSON.stringify(page(80))};`);
  write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  write('materials/a.pdf', '%PDF-1.7 not really');
  write('gone.html', page(50));
  await precompress(dir);
  server = createSiteServer({ handler: fakeAstro, clientDir: dir, env: { MAX_CONNECTIONS: '77' } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with exactly these headers; the body comes back as sent (not decompressed). */
function fetchRaw(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Answer> {
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

describe('static files (audit: everything sent uncompressed)', () => {
  it('sends the Brotli copy, the gzip copy or the file, with matching headers and bytes', async () => {
    const original = file('index.html');
    const br = await fetchRaw('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-length']).toBe(String(file('index.html.br').length));
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);

    const gz = await fetchRaw('/', { 'accept-encoding': 'br;q=0, gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-length']).toBe(String(file('index.html.gz').length));
    expect(gunzipSync(gz.body).equals(original)).toBe(true);

    const plain = await fetchRaw('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);

    for (const answer of [br, gz, plain]) {
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.headers['cache-control']).toBe('public, max-age=0');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(new Set([br, gz, plain].map((a) => a.headers.etag)).size).toBe(3);
  });

  it('answers HEAD with the same headers and no body', async () => {
    const get = await fetchRaw('/guides/x/', { 'accept-encoding': 'br' });
    const head = await fetchRaw('/guides/x/', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ['content-encoding', 'content-length', 'content-type', 'etag', 'vary', 'last-modified']) {
      expect(head.headers[name], name).toBe(get.headers[name]);
    }
  });

  it('serves a page folder with and without the slash, and small or binary files as they are', async () => {
    expect((await fetchRaw('/guides/x')).body.equals(file('guides/x/index.html'))).toBe(true);
    const svg = await fetchRaw('/favicon.svg', { 'accept-encoding': 'br' });
    expect(svg.headers['content-encoding']).toBeUndefined();
    expect(svg.headers.vary).toBeUndefined();
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    const pdf = await fetchRaw('/materials/a.pdf', { 'accept-encoding': 'br' });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.equals(file('materials/a.pdf'))).toBe(true);
  });

  it('answers 304 for the ETag of the variant the client would get', async () => {
    const br = await fetchRaw('/', { 'accept-encoding': 'br' });
    const again = await fetchRaw('/', { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['content-encoding']).toBeUndefined();
    expect(again.headers.vary).toBe('Accept-Encoding');
    expect((await fetchRaw('/', { 'accept-encoding': 'gzip', 'if-none-match': String(br.headers.etag) })).status).toBe(200);
    const since = await fetchRaw('/', { 'if-modified-since': String(br.headers['last-modified']) });
    expect(since.status).toBe(304);
  });

  it('answers a byte range from the uncompressed file', async () => {
    const part = await fetchRaw('/', { 'accept-encoding': 'br', range: 'bytes=0-9' });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.headers['content-range']).toBe(`bytes 0-9/${file('index.html').length}`);
    expect(part.body.equals(file('index.html').subarray(0, 10))).toBe(true);
    expect((await fetchRaw('/', { range: 'bytes=999999-' })).status).toBe(416);
  });

  it('hands a file that vanished after start to the handler', async () => {
    rmSync(join(dir, 'gone.html'));
    rmSync(join(dir, 'gone.html.br'));
    const answer = await fetchRaw('/gone.html', { 'accept-encoding': 'br' });
    expect(answer.status).toBe(404);
    expect(answer.headers['cache-control']).toBeUndefined();
  });
});

describe('cache headers (audit 3)', () => {
  it('marks only files actually served from /_astro/ immutable', async () => {
    const app = await fetchRaw('/_astro/app.B1x2.js', { 'accept-encoding': 'gzip' });
    expect(app.status).toBe(200);
    expect(app.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await fetchRaw('/_astro/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBeUndefined();
    const around = await fetchRaw('/_astro/../admin/');
    expect(around.headers['cache-control']).toBe('no-store');
    const api = await fetchRaw('/_astro/%2e%2e/api/event', { 'content-type': 'application/json' }, 'POST', '{}');
    expect(String(api.headers['cache-control'])).not.toContain('immutable');
  });
});

describe('methods and headers (audit 8)', () => {
  it('answers other methods with a short Japanese 405 and Allow', async () => {
    for (const [method, path] of [['TRACE', '/'], ['PUT', '/favicon.svg'], ['DELETE', '/index.html'], ['POST', '/'], ['OPTIONS', '/admin/']]) {
      const answer = await fetchRaw(path, {}, method);
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
      expect(answer.body.toString()).toMatch(/メソッド/);
      expect(answer.body.toString()).not.toMatch(/\bat\s|Error/);
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    for (const method of ['GET', 'PUT', 'OPTIONS']) {
      const answer = await fetchRaw('/api/event', {}, method);
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('POST');
    }
    expect((await fetchRaw('/api/event', { 'content-type': 'application/json' }, 'POST', '{}')).status).toBe(202);
  });

  it("adds frame-ancestors to Astro's own Content-Security-Policy header", async () => {
    const csp = String((await fetchRaw('/admin/')).headers['content-security-policy']);
    expect(csp.startsWith(ASTRO_CSP)).toBe(true);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('closes the connection after a 413 and after any answer given before the body came', async () => {
    const big = await fetchRaw('/api/event', { 'content-type': 'application/json', 'content-length': '10000000' }, 'POST', '{}'.padEnd(3000));
    expect(big.status).toBe(413);
    expect(big.headers.connection).toBe('close');
    const foreign = await fetchRaw('/api/event', { 'content-type': 'application/json', origin: 'http://evil.example', 'content-length': '100000' }, 'POST', '{}'.padEnd(100));
    expect(foreign.status).toBe(403);
    expect(foreign.headers.connection).toBe('close');
    const ok = await fetchRaw('/api/event', { 'content-type': 'application/json', connection: 'keep-alive' }, 'POST', '{}');
    expect(ok.headers.connection).toBe('keep-alive');
  });
});

describe('on-demand responses (audit: everything sent uncompressed)', () => {
  it('compresses a rendered page for clients that accept it', async () => {
    const plain = await fetchRaw('/admin/');
    const br = await fetchRaw('/admin/', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gz = await fetchRaw('/admin/', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(gz.headers['cache-control']).toBe('no-store');
    const head = await fetchRaw('/admin/', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
    const notFound = await fetchRaw('/no-such-page/', { 'accept-encoding': 'gzip' });
    expect(notFound.status).toBe(404);
    expect(notFound.headers['content-encoding']).toBe('gzip');
  });

  it('leaves tiny, 202, binary and already-encoded responses alone', async () => {
    const tiny = await fetchRaw('/tiny', { 'accept-encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('short');
    expect((await fetchRaw('/accepted', { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
    expect((await fetchRaw('/image', { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
    const encoded = await fetchRaw('/encoded', { 'accept-encoding': 'br, gzip' });
    expect(encoded.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(encoded.body).toString()).toBe(page(100));
  });
});

it('sets the slow-client limits and the connection cap (audit 4)', () => {
  expect(server.requestTimeout).toBe(10_000);
  expect(server.headersTimeout).toBe(10_000);
  expect(server.keepAliveTimeout).toBe(10_000);
  expect(server.maxConnections).toBe(77);
});
