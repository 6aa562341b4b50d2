import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { DESKTOP_CHROME, runTempDir } from './env';

// These tests start their own collector process so they can kill it and read its database file.
const root = join(import.meta.dirname, '..', '..');

async function startServer(port: number, db: string, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['src/server/serve.mjs'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ANALYTICS_DB: db, ANALYTICS_CLIENT_IP_HEADER: 'x-forwarded-for', ANALYTICS_RATE_LIMIT: '100000', ...extraEnv },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    // A child that exits at once (e.g. the port is taken) must not be mistaken for a ready server.
    if (child.exitCode !== null) throw new Error(`the collector exited with code ${child.exitCode} (port ${port} in use?)`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error('the collector did not start');
}

/** Stops a collector and waits until its process is gone. */
function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

const post = (port: number, body: object, ip: string) =>
  fetch(`http://127.0.0.1:${port}/api/event`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': DESKTOP_CHROME, 'x-forwarded-for': ip },
    body: JSON.stringify(body),
  });

test('every event answered 202 survives a kill -9 of the server', async () => {
  const db = join(runTempDir('kill-'), 'analytics.db');
  const server = await startServer(4351, db);
  const answers = await Promise.all(
    Array.from({ length: 300 }, (_, i) => post(4351, { type: 'pageview', path: `/guides/p${i % 7}/` }, `198.51.100.${i % 250}`)),
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
    expect((await post(4352, { type: 'feedback', path: '/guides/x/', useful: true }, ip)).status).toBe(202);
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

test('bad input gets a clear 4xx and never a 5xx', async ({ request }) => {
  const server = await startServer(4353, join(runTempDir('bad-'), 'a.db'));
  try {
    const send = (data: string, headers: Record<string, string> = {}) =>
      request.post('http://127.0.0.1:4353/api/event', { data: Buffer.from(data), headers: { 'content-type': 'application/json', 'user-agent': DESKTOP_CHROME, ...headers } });
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
  } finally {
    await stop(server, 'SIGKILL');
  }
});

test('the dashboard login is locked after five wrong passwords', async ({ request }) => {
  const server = await startServer(4354, join(runTempDir('lock-'), 'a.db'), { ANALYTICS_ADMIN_PASSWORD: 'right-password' });
  try {
    const login = (password: string) =>
      request.get('http://127.0.0.1:4354/admin/', { headers: { authorization: `Basic ${Buffer.from(`staff:${password}`).toString('base64')}` } });
    expect((await login('right-password')).status()).toBe(200);
    for (let i = 0; i < 5; i++) expect((await login(`wrong-${i}`)).status()).toBe(401);
    const locked = await login('right-password');
    expect(locked.status()).toBe(429);
    expect(Number(locked.headers()['retry-after'])).toBeGreaterThan(800);
  } finally {
    await stop(server, 'SIGKILL');
  }
});

/** A small seeded generator, so a failing fuzz run can be repeated exactly. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

test('fuzz: thousands of random and malformed bodies get only 2xx/4xx, and only valid events are stored', async () => {
  test.setTimeout(90_000);
  const db = join(runTempDir('fuzz-'), 'analytics.db');
  const server = await startServer(4355, db);
  const rnd = random(20261121);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const strings = ['', '/', '/guides/x/', 'x'.repeat(400), "'; DROP TABLE events; --", '/\u0000/', '😀🚀', '/パス/', '\x1b[31m', '{"$ne":null}', '/a?b=1', ' '];
  const values = [...strings, 0, -1, 1e308, true, false, null, [], {}, [1, 2], { path: '/' }];
  // Replacement values that no field accepts, so a mutated event is always invalid.
  const badFieldValues = ['', 'x'.repeat(400), "'; DROP TABLE events; --", '😀🚀', ' ', '{"$ne":null}', 0, -1, 1e308, null, [], {}, [1, 2], { path: '/' }];
  const validEvents = [
    { type: 'pageview', path: '/fuzz/' },
    { type: 'download', path: '/fuzz/', file: '/materials/x.pdf' },
    { type: 'feedback', path: '/fuzz/', useful: false },
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
      const n = Math.floor(rnd() * 3000); // paths of up to 300 characters are valid
      return { text: `{"type":"pageview","path":"/${'a'.repeat(n)}"}`, contentType: 'application/json', valid: n <= 299 };
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
  expect(paths.every((p) => p === '/check/stress/' || p === '/fuzz/' || /^\/a{0,299}$/.test(p))).toBe(true);
  reopened.close();
  expect(storedValid).toBeGreaterThan(300);
  expect([...statuses.keys()].every((s) => [202, 400, 403, 413].includes(s))).toBe(true);
});
