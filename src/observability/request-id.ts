/**
 * One id per HTTP request, to find a request's log line from what a caller or a load
 * balancer saw: the caller's `x-request-id` when it is a plain token of at most 128
 * characters (a load balancer's, a client's), otherwise a new UUID. It is echoed in the
 * response's `x-request-id`.
 */
import { randomUUID } from 'node:crypto';

const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;
const ids = new WeakMap<Request, string>();

/** The id of this request, made on first asking and the same ever after. */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    const given = request.headers.get('x-request-id');
    id = given && ACCEPTED.test(given) ? given : randomUUID();
    ids.set(request, id);
  }
  return id;
}
