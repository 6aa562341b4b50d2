// Serves the built site (static pages and the on-demand routes) with the security headers on every
// response. `npm start` runs this after `astro build`. PORT (4321) and HOST (localhost) as usual;
// MAX_CONNECTIONS (2000) caps open connections. The HTTP rules live in http-server.mjs.
import { fileURLToPath } from 'node:url';
import { createSiteServer } from './http-server.mjs';

process.env.ASTRO_NODE_AUTOSTART = 'disabled'; // we start the server ourselves
// The collector accepts events only for what this build produced; it reads the list from here.
process.env.SITE_MANIFEST ??= fileURLToPath(new URL('../../dist/site-manifest.json', import.meta.url));
const { handler } = await import(new URL('../../dist/server/entry.mjs', import.meta.url).href);
// The collector's fast path, bundled by the build (src/server/collector-node.ts).
const { handleEvent, openCollector } = await import(new URL('../../dist/server/collector.mjs', import.meta.url).href);

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';

const server = createSiteServer({ handler, collector: handleEvent, clientDir: fileURLToPath(new URL('../../dist/client/', import.meta.url)) });
server.listen(port, host, async () => {
  console.log(`職場の健康と安全ポータル: http://${host}:${port}/`);
  // Open the analytics store now rather than at the first event (applying PostgreSQL's migrations),
  // and say so if it cannot be: the line above this one gives the reason. Pages are served either way,
  // and the collector answers 503 until the store opens (tried again at most once a minute).
  if (!(await openCollector())) {
    console.error('集計は止まっています（ページの配信は続けます。ANALYTICS_DB か ANALYTICS_DATABASE_URL を確かめてください）');
  }
});
// Every accepted event is already committed, so a stop only has to let in-flight answers finish.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
