/**
 * The visitor's address, used only to compute the daily visitor hash. Behind a reverse proxy the
 * socket address is the proxy's, so a header may be trusted, but only when the operator names it
 * (ANALYTICS_CLIENT_IP_HEADER, e.g. "x-forwarded-for"); otherwise a client could forge it.
 */
export function clientIp(headers: { get(name: string): string | null }, socketAddress: string | undefined, trustedHeader: string | undefined): string {
  if (trustedHeader) {
    // A proxy appends the address it saw to X-Forwarded-For; entries to its left came from the client
    // and could be forged, so the right-most one is the address the trusted proxy vouches for.
    const last = headers.get(trustedHeader)?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return socketAddress ?? '';
}
