// Serves the files of dist/client from an index made once at start: the Brotli or gzip copy the build
// wrote (src/scripts/precompress.mjs) when the client accepts it, with the headers Astro's handler
// (the `send` package) gave them before: ETag, Last-Modified, 304, ranges, public max-age=0.
// Only files in the index are served here, so no request can reach a file outside dist/client.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { pickEncoding } from './http-encoding.mjs';

/** Content types as `send` (mime-types) gave them; other extensions are left to Astro's handler. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/vnd.microsoft.icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  // Pagefind's index and WebAssembly (already compressed by Pagefind itself).
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

// Hashed build files never change under the same name. Sent with 200, 206 and 304 for a file that
// exists (a 304 repeats what the 200 would say, RFC 9110 15.4.5); never on a 404.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0';
const VARIANTS = { br: '.br', gzip: '.gz' };

const weakTag = (size, mtimeMs) => `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;

/**
 * URL path → file, for every servable file under `root`: '/a/b.css', and for 'a/index.html' also '/a/'
 * and '/a' (trailingSlash 'ignore'). Dotfiles are left out (Astro's handler refuses them).
 */
export function indexFiles(root) {
  const files = new Map();
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  } catch {
    return files; // no build: everything goes to Astro's handler
  }
  const names = new Set(entries.map((d) => join(d.parentPath, d.name)));
  for (const name of names) {
    const type = TYPES[extname(name).toLowerCase()];
    const rel = relative(root, name).split(sep).join('/');
    if (!type || rel.split('/').some((part) => part.startsWith('.') && part !== '.well-known')) continue;
    const stat = statSync(name);
    const file = {
      path: name,
      size: stat.size,
      etag: weakTag(stat.size, stat.mtimeMs),
      lastModified: stat.mtime.toUTCString(),
      modified: Math.floor(stat.mtimeMs / 1000) * 1000, // HTTP dates have whole seconds
      type,
      cache: rel.startsWith('_astro/') ? IMMUTABLE : REVALIDATE,
      encoding: undefined,
      variants: undefined,
    };
    for (const [encoding, suffix] of Object.entries(VARIANTS)) {
      if (!names.has(name + suffix)) continue;
      const variant = statSync(name + suffix);
      // A copy older than its file is stale (the file was rebuilt without precompress): ignore it.
      if (variant.mtimeMs < stat.mtimeMs) continue;
      file.variants ??= {};
      file.variants[encoding] = { ...file, path: name + suffix, size: variant.size, etag: file.etag.replace(/"$/, `-${encoding}"`), encoding };
    }
    files.set(`/${rel}`, file);
    if (rel === 'index.html') files.set('/', file);
    else if (rel.endsWith('/index.html')) {
      files.set(`/${rel.slice(0, -'index.html'.length)}`, file);
      files.set(`/${rel.slice(0, -'/index.html'.length)}`, file);
    }
  }
  return files;
}

const tokens = (header) => header.split(',').map((t) => t.trim());
const matches = (list, etag) => tokens(list).some((t) => t === '*' || t === etag || t === `W/${etag}` || `W/${t}` === etag);
const date = (value) => (value ? Date.parse(value) : NaN);

/** 'fresh' (304), 'failed' (412) or undefined (send the file), as `send` and `fresh` decide. */
function condition(headers, file) {
  const { 'if-match': ifMatch, 'if-unmodified-since': ifUnmodified, 'if-none-match': ifNone, 'if-modified-since': ifModified } = headers;
  if (!ifMatch && !ifUnmodified && !ifNone && !ifModified) return undefined;
  if (ifMatch ? !matches(ifMatch, file.etag) : file.modified > date(ifUnmodified)) return 'failed';
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/.test(headers['cache-control'] ?? '')) return undefined;
  if (ifNone) return matches(ifNone, file.etag) ? 'fresh' : undefined;
  return file.modified <= date(ifModified) ? 'fresh' : undefined;
}

/** One byte range [start, end], -1 when none can be satisfied, null to ignore the header. */
function byteRange(header, size) {
  const eq = header.indexOf('=');
  if (header.slice(0, eq).trim() !== 'bytes') return null;
  const ranges = header.slice(eq + 1).split(',').flatMap((spec) => {
    const [first, last] = spec.split('-').map((n) => n.trim());
    let start = first === '' ? NaN : Number(first);
    let end = last === '' || last === undefined ? size - 1 : Number(last);
    if (first === '') [start, end] = [Math.max(0, size - end), size - 1]; // the last n bytes
    end = Math.min(end, size - 1);
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end ? [[start, end]] : [];
  });
  if (ranges.length === 0) return -1;
  return ranges.length === 1 ? ranges[0] : null; // several ranges: the whole file, as `send` does
}

const rangeFresh = (ifRange, file) =>
  !ifRange || (ifRange.includes('"') ? ifRange.includes(file.etag) : file.modified <= date(ifRange));

const OWN_HEADERS = ['Accept-Ranges', 'Cache-Control', 'Last-Modified', 'ETag', 'Content-Type', 'Vary', 'Content-Encoding', 'Content-Length', 'Content-Range'];

/** Sends `file` (GET or HEAD); calls `fallback` if it has gone from disk since the index was made. */
export function serveFile(req, res, file, fallback) {
  const { headers } = req;
  const range = typeof headers.range === 'string' && /^ *bytes=/.test(headers.range) ? headers.range : undefined;
  // A range is a byte range of the identity file; compressed copies are for whole responses.
  const encoding = file.variants && !range ? pickEncoding(headers['accept-encoding'], file.variants) : undefined;
  const rep = encoding ? file.variants[encoding] : file;
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Cache-Control', rep.cache);
  res.setHeader('Last-Modified', rep.lastModified);
  res.setHeader('ETag', rep.etag);
  if (file.variants) res.setHeader('Vary', 'Accept-Encoding');

  const state = condition(headers, rep);
  if (state === 'failed') {
    res.statusCode = 412;
    res.removeHeader('Cache-Control'); // an error, not the file: nothing to keep
    return res.end();
  }
  if (state === 'fresh') {
    res.statusCode = 304;
    return res.end();
  }
  res.setHeader('Content-Type', rep.type);
  if (encoding) res.setHeader('Content-Encoding', encoding);
  let start = 0;
  let end = rep.size - 1;
  const wanted = range && rangeFresh(headers['if-range'], rep) ? byteRange(range, rep.size) : null;
  if (wanted === -1) {
    res.statusCode = 416;
    res.removeHeader('Cache-Control');
    res.setHeader('Content-Range', `bytes */${rep.size}`);
    return res.end();
  }
  if (wanted) {
    [start, end] = wanted;
    res.statusCode = 206;
    res.setHeader('Content-Range', `bytes ${start}-${end}/${rep.size}`);
  }
  res.setHeader('Content-Length', end - start + 1);
  if (req.method === 'HEAD' || rep.size === 0) return res.end();

  const stream = createReadStream(rep.path, { start, end });
  stream.on('error', (error) => {
    if (res.headersSent) return res.destroy(error);
    for (const name of OWN_HEADERS) res.removeHeader(name);
    res.statusCode = 200;
    fallback();
  });
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}
