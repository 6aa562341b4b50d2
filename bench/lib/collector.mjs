// Collector throughput over loopback, for each store: parallel keep-alive connections post events for
// a fixed time; then the server is killed with SIGKILL and the store is counted, so "lost" means
// answered 202 but not stored. SQLite is a file in a temp folder; PostgreSQL is a throwaway cluster
// with its default durability (fsync on), started by the tests' own harness.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { startPostgres } from '../../tests/support/postgres.mjs';
import { startServer, stopServer } from './process.mjs';

const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const PATHS = ['/', '/guides/stress-check/for-workers/', '/check/stress/', '/guides/overwork/overtime-limits/'];
const LIMITS_OFF = { ANALYTICS_RATE_LIMIT: '100000000', ANALYTICS_GLOBAL_RATE_LIMIT: '100000000', ANALYTICS_CLIENT_IP_HEADER: 'x-forwarded-for' };

/** Budgets per store (the README's table): events per second accepted, and p99 latency. */
export const COLLECTOR_BUDGET = {
  sqlite: { perSecond: 5000, p99ms: 20 },
  postgres: { perSecond: 2500, p99ms: 50 },
};

function post(agent, port, body, forwardedFor) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent, host: '127.0.0.1', port, method: 'POST', path: '/api/event',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': UA, 'x-forwarded-for': forwardedFor, origin: `http://127.0.0.1:${port}` },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Posts from `connections` keep-alive sockets until `seconds` have passed; returns counts and latencies. */
async function load(port, { seconds, connections }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let accepted = 0;
  let rejected = 0;
  const deadline = Date.now() + seconds * 1000;
  const worker = async (id) => {
    for (let n = 0; Date.now() < deadline; n++) {
      const started = performance.now();
      const status = await post(agent, port, JSON.stringify({ type: 'pageview', path: PATHS[n % PATHS.length] }), `10.0.${id}.${n % 250}`);
      latencies.push(performance.now() - started);
      if (status === 202) accepted++;
      else rejected++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, (_, i) => worker(i)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { elapsed, accepted, rejected, p50: pct(50), p99: pct(99) };
}

/** Opens the store for one run; `count()` reads how many events it holds after the server is gone. */
async function openStore(kind) {
  if (kind === 'sqlite') {
    const db = join(mkdtempSync(join(tmpdir(), 'ohp-bench-')), 'analytics.db');
    return {
      env: { ANALYTICS_DB: db },
      count: async () => {
        const store = new DatabaseSync(db);
        const n = Number(store.prepare('SELECT count(*) AS n FROM events').get().n);
        store.close();
        return n;
      },
      close: async () => rmSync(dirname(db), { recursive: true, force: true }),
    };
  }
  const server = await startPostgres({ durable: true });
  return {
    env: { ANALYTICS_DATABASE_URL: server.url, ANALYTICS_SALT_SECRET: 'bench-secret-bench-secret-bench-secret-0123' },
    count: async () => {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query('SELECT count(*)::int AS n FROM events');
      await client.end();
      return rows[0].n;
    },
    close: () => server.stop(),
  };
}

export async function collectorThroughput(root, { store = 'sqlite', seconds = 10, connections = 32, port = 4390 } = {}) {
  const target = await openStore(store);
  try {
    const server = await startServer(root, port, { ...LIMITS_OFF, ...target.env });
    const run = await load(port, { seconds, connections });
    await stopServer(server); // SIGKILL: nothing gets a chance to flush
    const stored = await target.count();
    const perSecond = Math.round(run.accepted / run.elapsed);
    const budget = COLLECTOR_BUDGET[store];
    return {
      store,
      seconds: Number(run.elapsed.toFixed(1)),
      connections,
      accepted: run.accepted,
      rejected: run.rejected,
      acceptedPerSecond: perSecond,
      p50ms: Number(run.p50.toFixed(2)),
      p99ms: Number(run.p99.toFixed(2)),
      stored,
      lost: run.accepted - stored,
      ok: perSecond >= budget.perSecond && run.p99 <= budget.p99ms && run.accepted === stored,
    };
  } finally {
    await target.close();
  }
}
