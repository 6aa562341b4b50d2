// Compresses what Astro renders on demand (the dashboard, the CSV, the 404 page) for clients that
// accept it. The head is held back until 1 kB of body has come (or the end), so tiny answers stay
// as they are; 202/204/206/304, non-text and already-encoded responses are never touched.
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { compressibleType, pickEncoding } from './http-encoding.mjs';

const MIN_BYTES = 1024;
const SKIP_STATUS = new Set([202, 204, 206, 304]);
// Made per response, so moderate settings: quality 11 is for the build's static copies only.
const ENCODERS = {
  br: () => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: () => createGzip({ level: 6 }),
};

function setHeaders(res, headers) {
  if (Array.isArray(headers)) {
    const flat = headers.length > 0 && Array.isArray(headers[0]) ? headers.flat() : headers;
    for (let i = 0; i < flat.length; i += 2) res.setHeader(flat[i], flat[i + 1]);
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  }
}

/** A response worth encoding, given its status and headers (the size is checked apart). */
function eligible(res) {
  return (
    res.statusCode >= 200 &&
    !SKIP_STATUS.has(res.statusCode) &&
    !res.hasHeader('Content-Encoding') &&
    compressibleType(res.getHeader('Content-Type')) &&
    !/no-transform/i.test(String(res.getHeader('Cache-Control') ?? ''))
  );
}

/** Wraps `res` (a GET or HEAD about to be answered by Astro) so its body is compressed when worthwhile. */
export function compressOnDemand(req, res) {
  const encoding = pickEncoding(req.headers['accept-encoding'], ENCODERS);
  const { writeHead, write, end } = res;
  let started = false;
  let zip = null;
  let held = [];
  let heldBytes = 0;

  const start = (whole) => {
    started = true;
    if (eligible(res)) {
      const vary = String(res.getHeader('Vary') ?? '');
      if (!/accept-encoding|\*/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
      const length = whole ? heldBytes : Number(res.getHeader('Content-Length') ?? Infinity);
      if (encoding && length >= MIN_BYTES) {
        res.setHeader('Content-Encoding', encoding);
        res.removeHeader('Content-Length');
        const etag = res.getHeader('ETag');
        if (typeof etag === 'string' && !etag.startsWith('W/')) res.setHeader('ETag', `W/${etag}`);
        if (req.method !== 'HEAD') {
          zip = ENCODERS[encoding]();
          zip.on('data', (chunk) => write.call(res, chunk) || zip.pause());
          res.on('drain', () => zip.resume());
          zip.on('end', () => end.call(res));
          zip.on('error', (error) => res.destroy(error));
          res.on('close', () => zip.destroy());
        }
      }
    }
    writeHead.call(res, res.statusCode, res.statusMessage || undefined);
    const chunks = held;
    held = [];
    for (const chunk of chunks) zip ? zip.write(chunk) : write.call(res, chunk);
  };

  // Headers are recorded now and sent with the first bytes of body (or at the end).
  res.writeHead = (status, reason, headers) => {
    if (typeof reason !== 'string') [headers, reason] = [reason, undefined];
    res.statusCode = status;
    if (reason) res.statusMessage = reason;
    setHeaders(res, headers);
    return res;
  };
  res.write = (chunk, enc, callback) => {
    if (typeof enc === 'function') [callback, enc] = [enc, undefined];
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk;
    if (!started) {
      held.push(bytes);
      heldBytes += bytes.length;
      if (heldBytes < MIN_BYTES) {
        if (callback) process.nextTick(callback);
        return true;
      }
      start(false);
      if (callback) process.nextTick(callback);
      return true;
    }
    return zip ? zip.write(bytes, callback) : write.call(res, bytes, callback);
  };
  res.end = (chunk, enc, callback) => {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    if (typeof enc === 'function') [callback, enc] = [enc, undefined];
    if (chunk !== undefined && chunk !== null) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk;
      if (started) zip ? zip.write(bytes) : write.call(res, bytes);
      else {
        held.push(bytes);
        heldBytes += bytes.length;
      }
    }
    if (!started) start(true);
    if (zip) {
      if (callback) res.once('finish', callback);
      zip.end();
    } else end.call(res, callback);
    return res;
  };
}
