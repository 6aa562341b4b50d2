// A throwaway PostgreSQL server for tests and benchmarks: a new cluster in a temporary folder
// (initdb, pg_ctl), listening on 127.0.0.1 at a free port, removed afterwards. Run as root, the
// cluster belongs to the `postgres` user (initdb refuses root). ANALYTICS_TEST_DATABASE_URL points
// at an existing server instead. Without either, this throws: the tests fail loudly, never skip.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const MISSING = `PostgreSQL が見つかりません。テストは本物のサーバーを使います：
  Debian / Ubuntu:  sudo apt-get install postgresql
  または ANALYTICS_TEST_DATABASE_URL=postgres://… に使い捨てのデータベースを指定してください。`;

/** The directory with initdb and pg_ctl: PG_BIN, Debian's newest /usr/lib/postgresql/N/bin, or PATH. */
function binDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length > 0) return join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (found) return join(found, '..');
  throw new Error(MISSING);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server; resolves to { url, stop }. `durable: false` (tests) turns off fsync for speed;
 * the benchmark keeps PostgreSQL's defaults so its figures mean something.
 */
export async function startPostgres({ durable = false } = {}) {
  const given = process.env.ANALYTICS_TEST_DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'ohp-pg-'));
  const data = join(dir, 'data');
  // initdb refuses to run as root: then the cluster is the postgres user's (or nobody's).
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? (spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody') : userInfo().username;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', owner], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', owner], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (tool, args) => {
    const [command, fullArgs] = asRoot ? ['runuser', ['-u', owner, '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    const result = spawnSync(command, fullArgs, { encoding: 'utf8', timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${tool} が失敗しました（${result.status}）：\n${result.stderr || result.stdout}\n${result.error ?? ''}`);
  };
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'ohp', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
    const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", '-c max_connections=200', ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'])];
    run('pg_ctl', ['-D', data, '-o', options.join(' '), '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const stop = async () => {
    if (!existsSync(data)) return;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('exit', () => void stop().catch(() => {}));
  return { url: `postgres://ohp@127.0.0.1:${port}/postgres`, stop };
}

/**
 * A new, empty schema on the server at `url`, and a URL whose connections use it, so every test
 * starts from nothing without creating a database. `drop` removes it.
 */
export async function freshSchema(url) {
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    schema,
    url: scoped.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
