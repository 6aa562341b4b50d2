// Content negotiation for compression, shared by the static files and the on-demand responses.

/** Codings we send, best first: Brotli is smaller than gzip at the same decompression cost. */
const CODINGS = ['br', 'gzip'];

// Browsers send the same few Accept-Encoding values over and over: parse each one once.
const parsed = new Map();

/** The q-value the client gives a coding (0 = refused or not mentioned). */
function acceptance(header) {
  let result = parsed.get(header);
  if (result) return result;
  const q = new Map();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (!coding) continue;
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q.set(coding === 'x-gzip' ? 'gzip' : coding, Number.isFinite(value) ? value : 0);
  }
  const star = q.get('*') ?? 0;
  result = Object.fromEntries(CODINGS.map((c) => [c, q.get(c) ?? star]));
  if (parsed.size < 200) parsed.set(header, result);
  return result;
}

/**
 * The coding to send: 'br' over 'gzip', each only when the client accepts it (q > 0) and `available`
 * has it (an object with the codings as keys). Undefined: send the identity.
 */
export function pickEncoding(header, available) {
  if (typeof header !== 'string' || header === '') return undefined;
  const q = acceptance(header);
  return CODINGS.find((c) => q[c] > 0 && available[c] !== undefined);
}

/** Media types worth compressing: text and the text-based application/image types. */
export function compressibleType(contentType) {
  if (typeof contentType !== 'string') return false;
  const type = contentType.split(';', 1)[0].trim().toLowerCase();
  return (
    type.startsWith('text/') ||
    /^application\/(json|xml|javascript|ecmascript|wasm|manifest\+json|[\w.-]+\+(json|xml))$/.test(type) ||
    type === 'image/svg+xml'
  );
}
