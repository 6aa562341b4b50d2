// Bundles a TypeScript module of the server (and what it imports from src/) into one ES module that
// plain Node runs; packages stay imports from node_modules. Used by the build for the collector's
// fast path and by npm run analytics:migrate.
import { build } from 'esbuild';

export async function bundleServerModule(root, entry, outfile) {
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
  });
}
