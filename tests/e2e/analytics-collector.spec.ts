import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { DESKTOP_CHROME, runTempDir } from './env';
import { startSiteServer, stopServer } from './servers';

// These tests start their own collector process so they can kill it and read its database file.
const root = join(import.meta.dirname, '..', '..');
const startServer = (port: number, db: string, extraEnv: Record<string, string> = {}) => startSiteServer(port, { ANALYTICS_DB: db, ...extraEnv });
const stop = stopServer;

const post = (port: number, body: object, ip: string, userAgent = DESKTOP_CHROME) =>
  fetch(`http://127.0.0.1:${port}/api/event`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': userAgent, 'x-forwarded-for': ip, origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify(body),
  });

// Pages and a material the build produced: the collector refuses anything else.
const PAGES = ['/', '/guides/', '/guides/stress-check/', '/check/stress/', '/seminars/', '/materials/', '/search/'];
const MATERIAL = '/materials/stress-check-annual-flow.pdf';

test('every event answered 202 survives a kill -9 of the server', async () => {
  const db = join(runTempDir('kill-'), 'analytics.db');
  const server = await startServer(4351, db);
  const answers = await Promise.all(
    Array.from({ length: 300 }, (_, i) => post(4351, { type: 'pageview', path: PAGES[i % 7]! }, `198.51.100.${i % 250}`)),
  );
  expect(answers.map((a) => a.status)).toEqual(Array(300).fill(202));
  await stop(server, 'SIGKILL');

  const reopened = new DatabaseSync(db);
  expect(Number(reopened.prepare('SELECT count(*) AS n FROM events').get()?.n)).toBe(300);
  reopened.close();
});

test('the database holds no IP address after traffic from known addresses', async () => {
  const db = join(runTempDir('ip-'), 'analytics.db');
  const server = await startServer(4352, db);
  const addresses = ['203.0.113.77', '198.51.100.23', '2001:db8::5'];
  for (const ip of addresses) {
    expect((await post(4352, { type: 'pageview', path: '/' }, ip)).status).toBe(202);
    expect((await post(4352, { type: 'feedback', path: '/guides/stress-check/', useful: true }, ip)).status).toBe(202);
  }
  await stop(server, 'SIGTERM');

  const files = [db, `${db}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1'));
  for (const ip of addresses) {
    for (const bytes of files) expect(bytes.includes(ip)).toBe(false);
  }
  const reopened = new DatabaseSync(db);
  const text = JSON.stringify(reopened.prepare('SELECT * FROM events').all());
  expect(Number(reopened.prepare('SELECT count(DISTINCT visitor) AS n FROM events').get()?.n)).toBe(3);
  reopened.close();
  for (const ip of addresses) expect(text.includes(ip)).toBe(false);
  expect(text.includes('Chrome/156')).toBe(false);
});

test('the database file alone cannot re-identify a visitor: no salt, no blob, times to the minute', async () => {
  const db = join(runTempDir('salt-'), 'analytics.db');
  const server = await startServer(4356, db);
  for (const path of PAGES) expect((await post(4356, { type: 'pageview', path }, '203.0.113.77')).status).toBe(202);
  await stop(server, 'SIGKILL');
  const reopened = new DatabaseSync(db);
  const tables = reopened.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => String(r.name));
  expect(tables.sort()).toEqual(['events', 'rejections', 'store_info']); // store_info: the file's random name
  // Without the day's salt (kept only in the server's memory) a known IP + user agent matches no row:
  // there is no salt table and no stored value that could be one.
  for (const table of tables) {
    for (const row of reopened.prepare(`SELECT * FROM ${table}`).all()) {
      expect(Object.values(row).some((v) => v instanceof Uint8Array)).toBe(false);
    }
  }
  const times = reopened.prepare('SELECT ts FROM events').all().map((r) => Number(r.ts));
  expect(times.every((t) => t % 60_000 === 0)).toBe(true);
  reopened.close();
});

test('bad input gets a clear 4xx and never a 5xx', async ({ request }) => {
  const server = await startServer(4353, join(runTempDir('bad-'), 'a.db'));
  try {
    const send = (data: string, headers: Record<string, string> = {}) =>
      request.post('http://127.0.0.1:4353/api/event', {
        data: Buffer.from(data),
        headers: { 'content-type': 'application/json', 'user-agent': DESKTOP_CHROME, origin: 'http://127.0.0.1:4353', ...headers },
      });
    const bad = await send('{"type":"pageview"');
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ error: '本文を JSON として読めません' });
    const unknown = await send('{"type":"pageview","path":"/","answers":[1,2,3]}');
    expect(unknown.status()).toBe(400);
    expect(await unknown.json()).toEqual({ error: '受け付けない項目があります（answers）' });
    expect((await send('x'.repeat(5000))).status()).toBe(413);
    const bot = await send('{"type":"pageview","path":"/"}', { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' });
    expect(bot.status()).toBe(202);
    expect(bot.headers()['x-analytics-dropped']).toBe('bot');
    expect((await request.get('http://127.0.0.1:4353/api/event')).status()).toBe(405);
    // A page or a file the build did not produce is refused, not counted.
    const made = await send('{"type":"pageview","path":"/no-such-page/"}');
    expect(made.status()).toBe(400);
    expect(await made.json()).toEqual({ error: 'このサイトにないページです' });
    const file = await send('{"type":"download","path":"/","file":"/materials/made-up.pdf"}');
    expect(await file.json()).toEqual({ error: 'このサイトにない資料です' });
    // JSON from another site, or with no Origin at all, is refused like a form post from there.
    expect((await send('{"type":"pageview","path":"/"}', { origin: 'https://evil.example' })).status()).toBe(403);
    const noOrigin = await fetch('http://127.0.0.1:4353/api/event', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': DESKTOP_CHROME },
      body: '{"type":"pageview","path":"/"}',
    });
    expect(noOrigin.status).toBe(403);
  } finally {
    await stop(server, 'SIGKILL');
  }
});

test('behind the proxy, five wrong passwords lock out that client address only', async ({ request }) => {
  const server = await startServer(4354, join(runTempDir('lock-'), 'a.db'), { ANALYTICS_ADMIN_PASSWORD: 'right-password' });
  try {
    // Every request reaches the server from the proxy's socket address; the header names the client.
    const login = (password: string, client: string) =>
      request.get('http://127.0.0.1:4354/admin/', {
        headers: { authorization: `Basic ${Buffer.from(`staff:${password}`).toString('base64')}`, 'x-forwarded-for': client },
      });
    expect((await login('right-password', '192.0.2.10')).status()).toBe(200);
    for (let i = 0; i < 5; i++) expect((await login(`wrong-${i}`, '203.0.113.66')).status()).toBe(401);
    const locked = await login('right-password', '203.0.113.66');
    expect(locked.status()).toBe(429);
    expect(Number(locked.headers()['retry-after'])).toBeGreaterThan(800);
    // Staff elsewhere are not locked out by somebody else's guesses.
    expect((await login('right-password', '192.0.2.10')).status()).toBe(200);
    expect((await login('right-password', '2001:db8:5::1')).status()).toBe(200);
  } finally {
    await stop(server, 'SIGKILL');
  }
});

/** A small seeded generator, so a failing fuzz run can be repeated exactly. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

test('rotating the user agent does not get past the limit per client address; a global cap holds for all', async () => {
  const server = await startServer(4357, join(runTempDir('rotate-'), 'a.db'), { ANALYTICS_RATE_LIMIT: '120', ANALYTICS_GLOBAL_RATE_LIMIT: '150' });
  try {
    const rotating = await Promise.all(
      Array.from({ length: 200 }, (_, i) => post(4357, { type: 'download', path: '/materials/', file: MATERIAL }, '203.0.113.99', `${DESKTOP_CHROME} r${i}`)),
    );
    const statuses = rotating.map((r) => r.status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(120);
    expect(statuses.filter((s) => s === 429)).toHaveLength(80);
    // Many addresses together: after 150 accepted events in the minute, everybody waits.
    const many = await Promise.all(Array.from({ length: 60 }, (_, i) => post(4357, { type: 'pageview', path: '/' }, `198.51.100.${i}`)));
    expect(many.filter((r) => r.status === 202)).toHaveLength(30);
    expect(many.filter((r) => r.status === 429)).toHaveLength(30);
  } finally {
    await stop(server, 'SIGKILL');
  }
});

test('a database that cannot be opened: pages are served, the collector answers 503, nothing leaks', async () => {
  // A path under a regular file can never be a database.
  const blocker = join(runTempDir('fault-'), 'not-a-folder');
  writeFileSync(blocker, 'x');
  const child = spawn(process.execPath, ['src/server/serve.mjs'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '4358', ANALYTICS_DB: join(blocker, 'a.db') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  try {
    await expect.poll(() => fetch('http://127.0.0.1:4358/').then((r) => r.status, () => 0), { timeout: 20_000 }).toBe(200);
    const send = () => post(4358, { type: 'pageview', path: '/' }, '203.0.113.5');
    const first = await send();
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('60');
    expect(await first.json()).toEqual({ error: '一時的に記録できません' });
    const health = await fetch('http://127.0.0.1:4358/api/health');
    expect(health.status).toBe(503);
    const fds = () => readdirSync(`/proc/${child.pid}/fd`).length;
    const before = fds();
    for (let i = 0; i < 300; i++) expect((await send()).status).toBe(503);
    expect(fds()).toBeLessThanOrEqual(before + 2);
    expect((await fetch('http://127.0.0.1:4358/guides/')).status).toBe(200);
    // One line about it, not one per request, and no stack trace.
    expect(log.match(/解析データベースを開けません|\[analytics\]/g)?.length ?? 0).toBeLessThanOrEqual(2);
    expect(log).not.toMatch(/\n\s+at /);
  } finally {
    await stop(child, 'SIGKILL');
  }
});

test('fuzz: thousands of random and malformed bodies get only 2xx/4xx, and only valid events are stored', async () => {
  test.setTimeout(90_000);
  const db = join(runTempDir('fuzz-'), 'analytics.db');
  const server = await startServer(4355, db);
  const rnd = random(20261121);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const strings = ['', '/', '/guides/stress-check/', 'x'.repeat(400), "'; DROP TABLE events; --", '/\u0000/', '😀🚀', '/パス/', '\x1b[31m', '{"$ne":null}', '/a?b=1', ' '];
  const values = [...strings, 0, -1, 1e308, true, false, null, [], {}, [1, 2], { path: '/' }];
  // Replacement values that no field accepts, so a mutated event is always invalid.
  const badFieldValues = ['', 'x'.repeat(400), "'; DROP TABLE events; --", '😀🚀', ' ', '{"$ne":null}', 0, -1, 1e308, null, [], {}, [1, 2], { path: '/' }];
  const validEvents = [
    { type: 'pageview', path: '/guides/' },
    { type: 'download', path: '/materials/', file: MATERIAL },
    { type: 'feedback', path: '/guides/stress-check/', useful: false },
    { type: 'diagnosis_complete', path: '/check/stress/', instrument: 'bjsq57' },
  ];
  const body = (): { text: string; contentType: string; valid: boolean } => {
    const kind = rnd();
    if (kind < 0.15) return { text: JSON.stringify(pick(validEvents)), contentType: 'application/json', valid: true };
    if (kind < 0.35) {
      const event: Record<string, unknown> = { ...pick(validEvents) };
      event[pick(['type', 'path', 'file', 'useful', 'instrument', 'extra', 'answers'])] = pick(badFieldValues);
      return { text: JSON.stringify(event), contentType: 'application/json', valid: false };
    }
    if (kind < 0.5) return { text: JSON.stringify(pick(values)), contentType: 'application/json', valid: false };
    if (kind < 0.65) return { text: Array.from({ length: Math.floor(rnd() * 4000) }, () => String.fromCharCode(Math.floor(rnd() * 0x3000))).join(''), contentType: pick(['application/json', 'text/plain', 'application/octet-stream', '']), valid: false };
    if (kind < 0.8) {
      const n = Math.floor(rnd() * 3000); // well-formed or too long, but never a page of the site
      return { text: `{"type":"pageview","path":"/${'a'.repeat(n)}"}`, contentType: 'application/json', valid: false };
    }
    return { text: pick(['{', '[', 'null', '"x"', '{"type":', 'true', '']), contentType: pick(['application/json', 'text/xml', 'multipart/form-data; boundary=x']), valid: false };
  };

  const statuses = new Map<number, number>();
  let storedValid = 0;
  const cases = Array.from({ length: 3000 }, body);
  for (let i = 0; i < cases.length; i += 50) {
    const answers = await Promise.all(
      cases.slice(i, i + 50).map(async (c) => {
        const headers: Record<string, string> = { 'user-agent': DESKTOP_CHROME, origin: 'http://127.0.0.1:4355' };
        if (c.contentType) headers['content-type'] = c.contentType;
        const res = await fetch('http://127.0.0.1:4355/api/event', { method: 'POST', headers, body: c.text });
        await res.arrayBuffer();
        return { status: res.status, valid: c.valid };
      }),
    );
    for (const a of answers) {
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      if (a.valid && a.status === 202) storedValid++;
      expect(a.status >= 200 && a.status < 500, `status ${a.status}`).toBe(true);
      if (!a.valid) expect(a.status).not.toBe(202);
    }
  }
  expect((await fetch('http://127.0.0.1:4355/')).status).toBe(200); // still alive
  await stop(server, 'SIGKILL'); // every answered event is already committed
  const reopened = new DatabaseSync(db);
  expect(Number(reopened.prepare('SELECT count(*) AS n FROM events').get()?.n)).toBe(storedValid);
  const paths = reopened.prepare('SELECT DISTINCT path FROM events').all().map((r) => String(r.path));
  expect(paths.every((p) => ['/guides/', '/materials/', '/guides/stress-check/', '/check/stress/'].includes(p))).toBe(true);
  reopened.close();
  expect(storedValid).toBeGreaterThan(300);
  expect([...statuses.keys()].every((s) => [202, 400, 403, 413].includes(s))).toBe(true);
});
