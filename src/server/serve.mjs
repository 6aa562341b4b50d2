// Serves the built site (static pages and the on-demand routes) with the security headers on every
// response. `npm start` runs this after `astro build`. PORT (4321) and HOST (localhost) as usual.
import { createServer } from 'node:http';
import { SECURITY_HEADERS } from './security-headers.mjs';

process.env.ASTRO_NODE_AUTOSTART = 'disabled'; // we start the server ourselves
const { handler } = await import(new URL('../../dist/server/entry.mjs', import.meta.url).href);

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';

// Files under /_astro/ have a content hash in their name, so browsers may keep them for a year.
const IMMUTABLE = 'public, max-age=31536000, immutable';

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (req.url?.startsWith('/_astro/')) {
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'cache-control' ? IMMUTABLE : value);
    res.setHeader('Cache-Control', IMMUTABLE);
  }
  handler(req, res);
});
server.listen(port, host, () => console.log(`職場の健康と安全ポータル: http://${host}:${port}/`));
// Every accepted event is already committed, so a stop only has to let in-flight answers finish.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
