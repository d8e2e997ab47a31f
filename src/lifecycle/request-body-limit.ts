/**
 * Bounds what a caller may upload before anything reads it: a request body is parsed whole
 * (JSON, then GraphQL), so an unbounded one is memory and CPU any caller can spend. A body
 * must say its length (`Content-Length`, which every GraphQL client's `fetch` sends for a
 * string body): a longer one than the bound is `413`, one that does not say is `411`, both
 * answered before a byte of the body is read. Webhooks have their own bound, GitHub's
 * (it caps payloads at 25 MB).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

export interface BodyLimits {
  /** Largest request body, in bytes, for every route but the webhook receiver. */
  maxBytes: number;
}

export const DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
/** GitHub does not deliver webhook payloads above 25 MB. */
export const WEBHOOK_MAX_BYTES = 25 * 1024 * 1024;
const WEBHOOK_PATH = '/webhooks/github';

export function limitRequestBodies(handler: RequestListener, limits: BodyLimits): RequestListener {
  return (request, response) => {
    const refusal = refuse(request, limits);
    if (!refusal) return handler(request, response);
    answer(response, refusal.status, refusal.code, refusal.message, refusal.limit);
  };
}

interface Refusal {
  status: 411 | 413;
  code: 'LENGTH_REQUIRED' | 'REQUEST_TOO_LARGE';
  message: string;
  limit: number;
}

function refuse(request: IncomingMessage, { maxBytes }: BodyLimits): Refusal | undefined {
  const limit = request.url?.split('?')[0] === WEBHOOK_PATH ? WEBHOOK_MAX_BYTES : maxBytes;
  const declared = request.headers['content-length'];
  if (declared === undefined) {
    if (request.headers['transfer-encoding'] === undefined) return undefined; // no body
    return {
      status: 411,
      code: 'LENGTH_REQUIRED',
      message: 'Send the request body with a Content-Length header.',
      limit,
    };
  }
  const length = Number(declared);
  if (Number.isSafeInteger(length) && length <= limit) return undefined;
  return {
    status: 413,
    code: 'REQUEST_TOO_LARGE',
    message: `The request body may be at most ${limit} bytes; this one is ${declared}.`,
    limit,
  };
}

function answer(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  limit: number,
): void {
  // The body was never read: close the connection rather than read it to reuse the socket.
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    connection: 'close',
  });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code, limit } }] }));
}
