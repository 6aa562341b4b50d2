import type { APIRoute } from 'astro';
import { readBodyLimited } from '../../lib/analytics/collector';
import { answerEvent, METHOD_NOT_ALLOWED, type EventAnswer } from '../../server/collector-route';

export const prerender = false;

const toResponse = (answer: EventAnswer) => new Response(answer.body, { status: answer.status, headers: answer.headers });

/**
 * The collector under `astro dev`. `npm start` answers POST /api/event before Astro, with the same
 * answerEvent (src/server/collector-node.ts), because this route's request handling costs more than
 * the event itself.
 */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  let socketAddress: string | undefined;
  try {
    socketAddress = clientAddress;
  } catch {
    // Without a socket address (e.g. in tests) the visitor hash simply has no IP part.
  }
  return toResponse(await answerEvent({ headers: request.headers, socketAddress, readBody: (max) => readBodyLimited(request, max) }));
};

export const ALL: APIRoute = () => toResponse(METHOD_NOT_ALLOWED);
