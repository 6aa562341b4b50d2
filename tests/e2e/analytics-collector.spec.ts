import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { DESKTOP_CHROME } from './env';

// These tests start their own collector process so they can kill it and read its database file.
const root = join(import.meta.dirname, '..', '..');

async function startServer(port: number, db: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist/server/entry.mjs'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ANALYTICS_DB: db, ANALYTICS_CLIENT_IP_HEADER: 'x-forwarded-for', ANALYTICS_RATE_LIMIT: '100000' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error('the collector did not start');
}

const post = (port: number, body: object, ip: string) =>
  fetch(`http://127.0.0.1:${port}/api/event`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': DESKTOP_CHROME, 'x-forwarded-for': ip },
    body: JSON.stringify(body),
  });

test('every event answered 202 survives a kill -9 of the server', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'ohp-kill-')), 'analytics.db');
  const server = await startServer(4351, db);
  const answers = await Promise.all(
    Array.from({ length: 300 }, (_, i) => post(4351, { type: 'pageview', path: `/guides/p${i % 7}/` }, `198.51.100.${i % 250}`)),
  );
  expect(answers.map((a) => a.status)).toEqual(Array(300).fill(202));
  server.kill('SIGKILL');
  await new Promise((resolve) => server.once('exit', resolve));

  const reopened = new DatabaseSync(db);
  expect(Number(reopened.prepare('SELECT count(*) AS n FROM events').get()?.n)).toBe(300);
  reopened.close();
});

test('the database holds no IP address after traffic from known addresses', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'ohp-ip-')), 'analytics.db');
  const server = await startServer(4352, db);
  const addresses = ['203.0.113.77', '198.51.100.23', '2001:db8::5'];
  for (const ip of addresses) {
    expect((await post(4352, { type: 'pageview', path: '/' }, ip)).status).toBe(202);
    expect((await post(4352, { type: 'feedback', path: '/guides/x/', useful: true }, ip)).status).toBe(202);
  }
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));

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
  const server = await startServer(4353, join(mkdtempSync(join(tmpdir(), 'ohp-bad-')), 'a.db'));
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
    server.kill('SIGKILL');
  }
});
