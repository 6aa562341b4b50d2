/**
 * Whether a POST to the collector comes from a page of this site. Browsers send an Origin header with
 * every POST (a beacon too); a request without one, or from another site, is refused. `hosts` are the
 * names this site answers to (the Host header, the public SITE_URL, a trusted proxy's forwarded host).
 */
export function originAllowed(origin: string | null, hosts: readonly (string | null | undefined)[]): boolean {
  if (!origin || origin === 'null') return false;
  let host: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    host = url.host.toLowerCase();
  } catch {
    return false;
  }
  return hosts.some((h) => typeof h === 'string' && h.trim().toLowerCase() === host);
}
