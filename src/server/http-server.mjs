// The site's HTTP server around Astro's handler: security headers, allowed methods, the static files
// (precompressed copies when accepted), compression of on-demand responses, and the limits.
import { createServer } from 'node:http';
import { compressOnDemand } from './http-compress.mjs';
import { applyLimits, SERVER_OPTIONS } from './http-limits.mjs';
import { sitePath } from './http-path.mjs';
import { allowedMethods, refuseMethod } from './http-policy.mjs';
import { SiteResponse } from './http-response.mjs';
import { indexFiles, serveFile } from './http-static.mjs';
import { SECURITY_HEADERS } from './security-headers.mjs';

const SECURITY = Object.entries(SECURITY_HEADERS);

/**
 * `handler` is Astro's (dist/server/entry.mjs); `clientDir` is dist/client, indexed once here, so a
 * request for a known file costs no file-system lookup before the file is opened. `collector`
 * (dist/server/collector.mjs) answers POST /api/event before Astro, when given.
 */
export function createSiteServer({ handler, clientDir, collector = undefined, env = process.env }) {
  const files = indexFiles(clientDir);
  const astro = (req, res) => {
    if (req.method === 'GET' || req.method === 'HEAD') compressOnDemand(req, res);
    handler(req, res);
  };
  const server = createServer({ ...SERVER_OPTIONS, ServerResponse: SiteResponse }, (req, res) => {
    try {
      for (const [name, value] of SECURITY) res.setHeader(name, value);
      const path = sitePath(req.url);
      const allowed = allowedMethods(path);
      if (!allowed.includes(req.method)) return refuseMethod(req, res, allowed);
      if (collector && req.method === 'POST' && (path === '/api/event' || path === '/api/event/')) return void collector(req, res);
      const file = path === null ? undefined : files.get(path);
      if (file) return serveFile(req, res, file, () => astro(req, res));
      astro(req, res);
    } catch (error) {
      // Never a stack trace to the client; the log has it.
      console.error(error);
      if (res.headersSent) return res.destroy();
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('サーバーでエラーが起きました。\n');
    }
  });
  return applyLimits(server, env);
}
