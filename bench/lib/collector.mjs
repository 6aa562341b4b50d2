// Collector throughput over loopback: parallel connections post events for a fixed time; then the
// server is killed with SIGKILL and the database is counted, so "lost" means accepted but not stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { startServer, stopServer } from './process.mjs';

const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

export async function collectorThroughput(root, { seconds = 10, connections = 32, port = 4390 } = {}) {
  const db = join(mkdtempSync(join(tmpdir(), 'ohp-bench-')), 'analytics.db');
  const server = await startServer(root, port, { ANALYTICS_DB: db, ANALYTICS_RATE_LIMIT: '100000000', ANALYTICS_GLOBAL_RATE_LIMIT: '100000000', ANALYTICS_CLIENT_IP_HEADER: 'x-forwarded-for' });
  const base = `http://127.0.0.1:${port}`;
  const latencies = [];
  let accepted = 0;
  let rejected = 0;
  const paths = ['/', '/guides/stress-check/for-workers/', '/check/stress/', '/guides/overwork/overtime-limits/'];
  const deadline = Date.now() + seconds * 1000;
  const worker = async (id) => {
    let n = 0;
    while (Date.now() < deadline) {
      const started = performance.now();
      const res = await fetch(`${base}/api/event`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': UA, 'x-forwarded-for': `10.0.${id}.${n % 250}`, origin: base },
        body: JSON.stringify({ type: 'pageview', path: paths[n++ % paths.length] }),
      });
      await res.arrayBuffer();
      latencies.push(performance.now() - started);
      if (res.status === 202) accepted++;
      else rejected++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, (_, i) => worker(i)));
  const elapsed = (performance.now() - started) / 1000;
  await stopServer(server);
  const store = new DatabaseSync(db);
  const stored = Number(store.prepare('SELECT count(*) AS n FROM events').get().n);
  store.close();
  rmSync(dirname(db), { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    seconds: Number(elapsed.toFixed(1)),
    connections,
    accepted,
    rejected,
    acceptedPerSecond: Math.round(accepted / elapsed),
    p50ms: Number(pct(50).toFixed(2)),
    p99ms: Number(pct(99).toFixed(2)),
    stored,
    lost: accepted - stored,
  };
}
