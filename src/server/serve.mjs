// Serves the built site (static pages and the on-demand routes) with the security headers on every
// response. `npm start` runs this after `astro build`. PORT (4321) and HOST (localhost) as usual;
// MAX_CONNECTIONS (2000) caps open connections. The HTTP rules live in http-server.mjs.
import { fileURLToPath } from 'node:url';
import { createSiteServer } from './http-server.mjs';

process.env.ASTRO_NODE_AUTOSTART = 'disabled'; // we start the server ourselves
// The collector accepts events only for what this build produced; it reads the list from here.
process.env.SITE_MANIFEST ??= fileURLToPath(new URL('../../dist/site-manifest.json', import.meta.url));
const { handler } = await import(new URL('../../dist/server/entry.mjs', import.meta.url).href);

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';

const server = createSiteServer({ handler, clientDir: fileURLToPath(new URL('../../dist/client/', import.meta.url)) });
server.listen(port, host, async () => {
  console.log(`職場の健康と安全ポータル: http://${host}:${port}/`);
  // Open the analytics store now rather than at the first event, and say in one line if it cannot be:
  // pages are served either way, and the collector answers 503 until the store can be opened.
  try {
    const health = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${port}/api/health`);
    if (!health.ok) {
      const { store } = await health.json();
      console.error(`集計は止まっています：${store}（ページの配信は続けます。ANALYTICS_DB を確かめてください）`);
    }
  } catch (error) {
    console.error(`集計の状態を確かめられませんでした（${error instanceof Error ? error.message : error}）`);
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
