/**
 * Which other origins' browser pages may call the gateway. By default none: a browser page on
 * another origin gets no CORS headers, so it cannot read an answer; GraphiQL, served from
 * the gateway's own origin, needs none. `CORS_ORIGINS` names the origins that may (`*`: any).
 *
 * Credentials are never allowed: the gateway reads no cookie, a page sends its token in
 * `Authorization`, which the preflight allows by name. So a page on an origin that is let in
 * still cannot ride on a user's ambient credentials.
 */
import type { CORSOptions } from 'graphql-yoga';

const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'x-request-id',
  'traceparent',
  'tracestate',
];
const EXPOSED_HEADERS = ['x-request-id'];

export function corsPolicy(origins: readonly string[]): (request: Request) => CORSOptions {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !(any || allowed.has(origin))) return false;
    return {
      origin,
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    };
  };
}
