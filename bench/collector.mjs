// Collector throughput over loopback: starts the built server with a fresh database, sends events from
// parallel connections for a fixed time, then checks every accepted event is in the database.
// Run: npm run build && npm run bench:collector   (BENCH_SECONDS=10 BENCH_CONNECTIONS=32 by default)
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const port = Number(process.env.BENCH_PORT ?? 4390);
const root = new URL('..', import.meta.url).pathname;
const db = join(mkdtempSync(join(tmpdir(), 'ohp-bench-')), 'analytics.db');
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

const server = spawn(process.execPath, ['src/server/serve.mjs'], {
  cwd: root,
  env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ANALYTICS_DB: db, ANALYTICS_RATE_LIMIT: '100000000', ANALYTICS_CLIENT_IP_HEADER: 'x-forwarded-for' },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/`)).ok) break;
  } catch {
    if (i > 100) throw new Error('server did not start (run npm run build first)');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const latencies = [];
let accepted = 0;
let rejected = 0;
const paths = ['/', '/guides/stress-check/for-workers/', '/check/stress/', '/guides/overwork/overtime-limits/'];
const deadline = Date.now() + seconds * 1000;
async function worker(id) {
  let n = 0;
  while (Date.now() < deadline) {
    const body = JSON.stringify({ type: 'pageview', path: paths[n++ % paths.length] });
    const start = performance.now();
    const res = await fetch(`${base}/api/event`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': UA, 'x-forwarded-for': `10.0.${id}.${n % 250}` },
      body,
    });
    await res.arrayBuffer();
    latencies.push(performance.now() - start);
    if (res.status === 202) accepted++;
    else rejected++;
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: connections }, (_, i) => worker(i)));
const elapsed = (performance.now() - started) / 1000;
server.kill('SIGKILL'); // the hardest stop: whatever was answered 202 must already be on disk
await new Promise((r) => server.once('exit', r));

const stored = Number(new DatabaseSync(db).prepare('SELECT count(*) AS n FROM events').get().n);
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
const result = {
  date: new Date().toISOString(),
  machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
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
console.table([result]);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'collector.json'), `${JSON.stringify(result, null, 2)}\n`);
if (result.lost !== 0) {
  console.error(`LOST ${result.lost} accepted events`);
  process.exit(1);
}
