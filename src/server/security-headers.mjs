/**
 * Headers every response of the Node server carries. Astro puts the page's full Content-Security-
 * Policy (with script and style hashes) in a <meta> tag; this header adds what a <meta> policy cannot
 * express (frame-ancestors) and repeats the restrictions that need no hashes. Browsers enforce both.
 * The README lists the same headers for a static host or CDN.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
