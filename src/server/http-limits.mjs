// Limits against slow or greedy clients. Node's defaults hold an unfinished request for 300 s and
// accept any number of connections; a trickle of bytes could tie up memory for minutes.

/** createServer options. Node checks the request/headers deadlines every connectionsCheckingInterval. */
export const SERVER_OPTIONS = {
  headersTimeout: 10_000, // the whole request head within 10 s
  requestTimeout: 10_000, // the whole request, body included, within 10 s (then 408 and close)
  keepAliveTimeout: 10_000, // an idle keep-alive connection closes after 10 s
  connectionsCheckingInterval: 1_000, // so a deadline is enforced within about a second
};

/** A socket with no traffic in either direction for this long is closed (e.g. a client that stops reading). */
export const IDLE_SOCKET_MS = 30_000;
export const DEFAULT_MAX_CONNECTIONS = 2000;

/** MAX_CONNECTIONS from the environment: a positive integer, else the default (with a warning). */
export function maxConnections(env = process.env) {
  const raw = env.MAX_CONNECTIONS;
  if (raw === undefined || raw === '') return DEFAULT_MAX_CONNECTIONS;
  const value = Number(raw);
  if (Number.isInteger(value) && value > 0) return value;
  console.warn(`MAX_CONNECTIONS=${raw} は正の整数ではないため、${DEFAULT_MAX_CONNECTIONS} を使います。`);
  return DEFAULT_MAX_CONNECTIONS;
}

/** Applies the limits that are properties rather than options. Connections past the cap are dropped. */
export function applyLimits(server, env = process.env) {
  server.keepAliveTimeout = SERVER_OPTIONS.keepAliveTimeout;
  server.maxConnections = maxConnections(env);
  server.setTimeout(IDLE_SOCKET_MS);
  return server;
}
