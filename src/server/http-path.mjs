// The path a request names, decoded and normalised once, for the method policy and the file index.
import { posix } from 'node:path';

/**
 * '/guides/x/' for '/guides/x/?q=1', '/%E3%81%82' → '/あ'. Null when the target is not a plain path or
 * tries to step around (a '.' or '..' segment, a backslash, NUL, bad escapes): such requests are left
 * to Astro's handler, which answers them as it always has (400/404), and are never served from the index.
 */
export function sitePath(url) {
  if (typeof url !== 'string' || url.charCodeAt(0) !== 47 /* / */) return null;
  let end = url.indexOf('?');
  const hash = url.indexOf('#');
  if (hash !== -1 && (end === -1 || hash < end)) end = hash;
  let path = end === -1 ? url : url.slice(0, end);
  if (path.includes('%')) {
    try {
      path = decodeURIComponent(path);
    } catch {
      return null;
    }
  }
  if (path.includes('\\') || path.includes('\0') || /(^|\/)\.\.?(\/|$)/.test(path)) return null;
  return path.includes('//') ? posix.normalize(path) : path;
}
