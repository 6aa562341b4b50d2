import type { IncomingMessage, ServerResponse } from 'node:http';
import { analytics } from './analytics-runtime';
import { answerEvent } from './collector-route';

/**
 * POST /api/event for `npm start`, straight on Node's request: no conversion to a web Request and
 * back, no routing, no rendering. serve.mjs sends the collector's requests here before Astro; the
 * build bundles this file into dist/server/collector.mjs. Validation and the origin check are the
 * same answerEvent as Astro's route.
 */
export async function handleEvent(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let answer;
  try {
    answer = await answerEvent({
      headers: { get: (name) => header(req, name) },
      socketAddress: req.socket.remoteAddress,
      readBody: (max) => readBody(req, max),
    });
  } catch (error) {
    if (req.destroyed || res.destroyed) return; // the client went away (or timed out): nobody to answer
    console.error(error); // never a stack trace to the client
    answer = { status: 500, headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"error":"サーバーでエラーが起きました"}' };
  }
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
}

/** The body as text, or null once it passes `max` bytes (the connection is then closed by the 413). */
function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    req.once('error', reject);
  });
}

/** Opens the store now rather than at the first event; a failure is logged by the runtime and retried. */
export async function openCollector(): Promise<boolean> {
  return analytics().then(
    () => true,
    () => false,
  );
}
