import http from 'node:http';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { jstDay } from '../../src/lib/analytics/fiscal-year';
import { SecretSaltStore, visitorHash } from '../../src/lib/analytics/visitor';
import { startPostgres } from '../support/postgres.mjs';
import { DESKTOP_CHROME } from './env';
import { startSiteServer, stopServer } from './servers';

// Two collector processes on one PostgreSQL database, as behind a load balancer. Each visitor hash is
// computable here (the salt comes from the shared secret), so every accepted event can be found.
const SECRET = 'two-collectors-test-secret-0123456789';
const PORTS = [4359, 4360] as const;
const salts = new SecretSaltStore(SECRET);
let database: Awaited<ReturnType<typeof startPostgres>>;

test.beforeAll(async () => {
  database = await startPostgres();
});
test.afterAll(async () => {
  await database?.stop();
});

/** One POST over a keep-alive agent; resolves to the status, or 0 when the connection failed. */
function post(agent: http.Agent, port: number, body: object, ip: string): Promise<number> {
  const text = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: '/api/event',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'user-agent': DESKTOP_CHROME, 'x-forwarded-for': ip, origin: `http://127.0.0.1:${port}` },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(text);
  });
}

async function visitors(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT visitor FROM events')).rows.map((r) => String(r.visitor));
  } finally {
    await client.end();
  }
}

/** Every row of every table the portal created, as text: what a copy of the database would show. */
async function everyRow(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")).rows.map((r) => String(r.table_name));
    expect(tables).toContain('counters');
    const rows: Record<string, string[]> = {};
    for (const t of tables) rows[t] = (await client.query(`SELECT t::text AS row FROM "${t}" t`)).rows.map((r) => String(r.row));
    return rows;
  } finally {
    await client.end();
  }
}

/** The address of the n-th request: unique, so its visitor hash names exactly one event. */
const address = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

test('32 connections on each of two collectors, one killed with SIGKILL mid-run: every 202 is stored exactly once', async () => {
  test.setTimeout(90_000);
  const env = { ANALYTICS_DATABASE_URL: database.url, ANALYTICS_SALT_SECRET: SECRET, ANALYTICS_RATE_LIMIT: '100000000', ANALYTICS_GLOBAL_RATE_LIMIT: '100000000' };
  const servers = await Promise.all(PORTS.map((port) => startSiteServer(port, env)));
  const agents = PORTS.map(() => new http.Agent({ keepAlive: true, maxSockets: 32 }));
  const accepted: { ip: string; days: string[] }[] = [];
  const unanswered: string[] = [];
  let next = 0;
  const deadline = Date.now() + 4_000;
  const killAt = Date.now() + 1_500;
  let killed = false;
  const worker = async (collector: 0 | 1) => {
    while (Date.now() < deadline) {
      const ip = address(next++);
      const before = jstDay(Date.now());
      const status = await post(agents[collector]!, PORTS[collector], { type: 'pageview', path: '/' }, ip);
      if (status === 202) accepted.push({ ip, days: [before, jstDay(Date.now())] });
      else if (status === 0) unanswered.push(ip);
      else throw new Error(`unexpected status ${status}`);
      if (collector === 1 && !killed && Date.now() >= killAt) {
        killed = true;
        void stopServer(servers[1]!, 'SIGKILL');
      }
      // A client of the killed collector goes on with the other, as a load balancer would send it.
      if (collector === 1 && killed && status === 0) collector = 0;
    }
  };
  await Promise.all(Array.from({ length: 64 }, (_, i) => worker(i % 2 === 0 ? 0 : 1)));
  await Promise.all(servers.map((s) => stopServer(s, 'SIGKILL')));
  agents.forEach((a) => a.destroy());

  expect(killed).toBe(true);
  expect(accepted.length).toBeGreaterThan(1_000);
  const stored = await visitors(database.url);
  const counts = new Map<string, number>();
  for (const v of stored) counts.set(v, (counts.get(v) ?? 0) + 1);
  const hashOf = (ip: string, day: string) => visitorHash(salts.get(day), ip, DESKTOP_CHROME);
  const timesStored = (ip: string, days: string[]) => [...new Set(days)].reduce((n, day) => n + (counts.get(hashOf(ip, day)) ?? 0), 0);
  // Every event answered 202 is in the database exactly once…
  expect(accepted.filter((a) => timesStored(a.ip, a.days) !== 1)).toEqual([]);
  // …an event cut off by the kill is there at most once, and nothing else is.
  const today = jstDay(Date.now());
  expect(unanswered.filter((ip) => timesStored(ip, [today]) > 1)).toEqual([]);
  expect(stored.length).toBe(counts.size);
  expect(stored.length).toBeLessThanOrEqual(accepted.length + unanswered.length);
});

test('the rate limit and the login lock-out hold across both collectors', async () => {
  test.setTimeout(60_000);
  // Start well inside a minute, so the limit's one-minute window holds the whole burst.
  const second = new Date().getSeconds();
  if (second > 45) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
  const env = { ANALYTICS_DATABASE_URL: database.url, ANALYTICS_SALT_SECRET: SECRET, ANALYTICS_RATE_LIMIT: '30', ANALYTICS_ADMIN_PASSWORD: 'right-password' };
  const servers = await Promise.all(PORTS.map((port) => startSiteServer(port, env)));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  try {
    const statuses = await Promise.all(Array.from({ length: 100 }, (_, i) => post(agent, PORTS[i % 2], { type: 'pageview', path: '/' }, '203.0.113.50')));
    expect(statuses.filter((s) => s === 202)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(70);

    const login = (port: number, password: string) =>
      fetch(`http://127.0.0.1:${port}/admin/`, {
        headers: { authorization: `Basic ${Buffer.from(`staff:${password}`).toString('base64')}`, 'x-forwarded-for': '203.0.113.60' },
      });
    for (let i = 0; i < 5; i++) expect((await login(PORTS[i % 2], 'wrong')).status).toBe(401);
    // Three wrong passwords on one collector and two on the other lock the address on both.
    for (const port of PORTS) expect((await login(port, 'right-password')).status).toBe(429);
    // The shared counters did that without the database ever holding the addresses.
    const tables = await everyRow(database.url);
    expect(tables.counters!.length).toBeGreaterThan(0);
    expect(Object.values(tables).flat().filter((row) => row.includes('203.0.113'))).toEqual([]);
  } finally {
    agent.destroy();
    await Promise.all(servers.map((s) => stopServer(s, 'SIGKILL')));
  }
});
