// npm run analytics:migrate -- --from ./data/analytics.db : copies the analytics events from a SQLite
// file into the PostgreSQL database of ANALYTICS_DATABASE_URL (src/server/analytics-migrate.ts,
// bundled here on the fly, so no build is needed). Running it again adds nothing twice.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleServerModule } from './bundle-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project, so the bundle finds the packages in node_modules.
const out = join(root, 'node_modules', '.cache', 'ohp', 'analytics-migrate.mjs');
mkdirSync(join(out, '..'), { recursive: true });
await bundleServerModule(root, 'src/server/analytics-migrate.ts', out);
const { main } = await import(pathToFileURL(out).href);
process.exitCode = await main(process.argv.slice(2), process.env);
