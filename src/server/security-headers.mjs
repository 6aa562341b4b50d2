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

const OWN_POLICY = SECURITY_HEADERS['Content-Security-Policy'];
const directiveName = (directive) => directive.trim().split(/\s+/, 1)[0].toLowerCase();
const OWN_DIRECTIVES = OWN_POLICY.split(';').map((d) => d.trim()).filter(Boolean);

// Server-rendered routes (/admin/) send Astro's policy as a header, which would replace ours and drop
// frame-ancestors. A page's policy is the same on every request, so merges are remembered.
const merged = new Map();

/** Astro's policy unchanged, plus each of our directives it does not set itself. */
export function mergeCsp(policy) {
  if (policy === OWN_POLICY) return policy;
  let result = merged.get(policy);
  if (result === undefined) {
    const present = new Set(policy.split(';').map(directiveName).filter(Boolean));
    const missing = OWN_DIRECTIVES.filter((d) => !present.has(directiveName(d)));
    result = missing.length === 0 ? policy : [policy.trim().replace(/;\s*$/, ''), ...missing].join('; ');
    if (merged.size < 100) merged.set(policy, result);
  }
  return result;
}
