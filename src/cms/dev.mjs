#!/usr/bin/env node
// npm run cms [-- --port 4400 --host 0.0.0.0]: the development server (`astro dev`, the same options as
// `npm run dev`) with the editor at /keystatic in local mode: saves write to this copy's content/.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PORTAL_CMS: 'local' },
});
// Ctrl+C reaches both processes through the terminal; a signal sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
