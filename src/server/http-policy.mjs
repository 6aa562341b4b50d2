// Which HTTP methods the site answers. Pages and files are read-only; the collector takes POST only.
// Anything else gets a short 405 from here, before Astro (which answers TRACE with a 500 and a stack
// trace, and would serve a static file to PUT or DELETE).

const READ_ONLY = ['GET', 'HEAD'];
/** Routes that take something other than GET/HEAD, by normalised path (trailing slash ignored). */
const ROUTES = new Map([
  ['/api/event', ['POST']],
  ['/api/event/', ['POST']],
]);

/**
 * With the editor built in GitHub mode (src/cms/mode.ts: PUBLIC_KEYSTATIC_GITHUB_REPO), its sign-in
 * renews the GitHub token with a POST here; saves go from the browser to GitHub, not through us.
 */
const KEYSTATIC_TOKEN_REFRESH = '/api/keystatic/github/refresh-token';

/** The methods a path accepts; null (a path we could not read) is treated as a page. */
export function allowedMethods(path, env = process.env) {
  if (path === KEYSTATIC_TOKEN_REFRESH && env.PUBLIC_KEYSTATIC_GITHUB_REPO) return ['POST'];
  return (path !== null && ROUTES.get(path)) || READ_ONLY;
}

const BODY = Buffer.from('このアドレスでは、この HTTP メソッドは使えません。\n');

/** 405 with Allow. A request that brought a body is not read: the connection closes instead. */
export function refuseMethod(req, res, allowed) {
  res.statusCode = 405;
  res.setHeader('Allow', allowed.join(', '));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', BODY.length);
  if (req.headers['content-length'] || req.headers['transfer-encoding']) res.setHeader('Connection', 'close');
  res.end(BODY);
}
