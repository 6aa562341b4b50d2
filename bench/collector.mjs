// npm run bench:collector — collector throughput for each store (after npm run build).
// BENCH_SECONDS (10), BENCH_CONNECTIONS (32) and BENCH_STORES (sqlite,postgres) set the load; the
// figures go to bench/collector.json. PostgreSQL runs as a throwaway cluster (Debian's postgresql).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { collectorThroughput, COLLECTOR_BUDGET } from './lib/collector.mjs';

const root = new URL('..', import.meta.url).pathname;
const stores = (process.env.BENCH_STORES ?? 'sqlite,postgres').split(',').filter(Boolean);
const runs = [];
for (const store of stores) {
  runs.push(await collectorThroughput(root, { store, seconds: Number(process.env.BENCH_SECONDS ?? 10), connections: Number(process.env.BENCH_CONNECTIONS ?? 32) }));
}
console.table(runs);
console.log('budgets:', JSON.stringify(COLLECTOR_BUDGET));
const result = { date: new Date().toISOString(), machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`, runs };
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'collector.json'), `${JSON.stringify(result, null, 2)}\n`);
const lost = runs.filter((r) => r.lost !== 0);
for (const r of lost) console.error(`${r.store}: LOST ${r.lost} accepted events`);
if (lost.length > 0) process.exit(1);
