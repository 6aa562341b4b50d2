// npm start: serve the site, building it first when there is no complete build or when anything the
// build reads has changed since. A failed build never starts the server.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { staleReason } from './build-stamp.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

const reason = staleReason(root);
if (reason) {
  console.log(`${reason}。サイトをビルドします…`);
  const build = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('ビルドに失敗したため、サーバーを起動しませんでした。');
    process.exit(1);
  }
}
await import('./serve.mjs');
