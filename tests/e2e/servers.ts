import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

// Tests that start their own server processes (to kill them, or to read their databases) use these.
const root = join(import.meta.dirname, '..', '..');

/** Starts `npm start`'s server (src/server/serve.mjs) on a port; resolves once it serves the home page. */
export async function startSiteServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['src/server/serve.mjs'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ANALYTICS_CLIENT_IP_HEADER: 'x-forwarded-for', ANALYTICS_RATE_LIMIT: '100000', ...env },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    // A child that exits at once (e.g. the port is taken) must not be mistaken for a ready server.
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} (port ${port} in use?)`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

/** Stops a server and waits until its process is gone. */
export function stopServer(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
