// npm run bench:collector — collector throughput only (after npm run build).
// BENCH_SECONDS (10) and BENCH_CONNECTIONS (32) set the load; the figures go to bench/collector.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { collectorThroughput } from './lib/collector.mjs';

const root = new URL('..', import.meta.url).pathname;
const result = {
  date: new Date().toISOString(),
  machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
  ...(await collectorThroughput(root, { seconds: Number(process.env.BENCH_SECONDS ?? 10), connections: Number(process.env.BENCH_CONNECTIONS ?? 32) })),
};
console.table([result]);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'collector.json'), `${JSON.stringify(result, null, 2)}\n`);
if (result.lost !== 0) {
  console.error(`LOST ${result.lost} accepted events`);
  process.exit(1);
}
