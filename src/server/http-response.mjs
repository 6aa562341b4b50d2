// The response object of every request (createServer's ServerResponse option). Rules that must hold
// whoever writes the head, our code or Astro's, live here rather than in each route.
import { ServerResponse } from 'node:http';
import { mergeCsp } from './security-headers.mjs';

/** A request whose declared body has not fully arrived yet. */
const bodyUnread = (req) =>
  req !== undefined && !req.complete && (req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length']) > 0);

export class SiteResponse extends ServerResponse {
  setHeader(name, value) {
    // Astro's Content-Security-Policy header (server-rendered pages) keeps our frame-ancestors & co.
    if (name.length === 23 && typeof value === 'string' && name.toLowerCase() === 'content-security-policy') {
      value = mergeCsp(value);
    }
    return super.setHeader(name, value);
  }

  writeHead(status, ...rest) {
    // After a 413, or any answer given before the body arrived (403, 429…), the rest of a possibly huge
    // body is unwanted: close the connection instead of letting Node read it to the end.
    if (status === 413 || bodyUnread(this.req)) {
      this.shouldKeepAlive = false;
      this.setHeader('Connection', 'close');
    }
    return super.writeHead(status, ...rest);
  }
}
