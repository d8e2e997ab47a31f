/**
 * `/_simulator/*`: drives the simulator from another process (a gateway under test, a
 * benchmark). These requests are not counted, rate limited or faulted.
 */
import type { ServerResponse } from 'node:http';
import type { RequestLog } from './accounting.js';
import type { Clock } from './clock.js';
import type { FaultInjector } from './faults.js';
import type { Faults } from './options.js';
import type { RateLimiter } from './rate-limit.js';

export interface ControlDeps {
  requests: RequestLog;
  clock: Clock;
  faults: FaultInjector;
  rateLimiter: RateLimiter;
  /** Tokens answered 401 as if their owner had deleted them. */
  revoked: Set<string>;
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify(body));
}

const clockState = (clock: Clock) => ({ now: clock.now().toISOString(), frozen: clock.frozen });

export function handleControl(
  deps: ControlDeps,
  method: string,
  path: string,
  rawBody: string,
  res: ServerResponse,
): void {
  let body: Record<string, unknown> = {};
  if (rawBody.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(rawBody);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        body = parsed as Record<string, unknown>;
      else throw new Error('not an object');
    } catch {
      send(res, 400, { message: 'Body must be a JSON object' });
      return;
    }
  }
  try {
    const key = `${method} ${path.replace(/\/$/, '')}`;
    switch (key) {
      case 'GET /_simulator/health':
        return send(res, 200, { ok: true });
      case 'GET /_simulator/requests':
        return send(res, 200, {
          total: deps.requests.total(),
          counts: deps.requests.counts(),
          requests: deps.requests.list(),
        });
      case 'POST /_simulator/requests/reset':
        deps.requests.reset();
        return send(res, 204);
      case 'POST /_simulator/requests/drain': {
        // The log so far, and cleared in the same step: a long run reads it without losing
        // the requests that would arrive between a GET and a reset.
        const requests = deps.requests.list();
        deps.requests.reset();
        return send(res, 200, { requests });
      }
      case 'GET /_simulator/clock':
        return send(res, 200, clockState(deps.clock));
      case 'POST /_simulator/clock': {
        // Order matters: freeze first, so `{freeze: true, advanceMs}` advances the frozen clock.
        if (typeof body['freeze'] === 'string') deps.clock.freeze(new Date(body['freeze']));
        else if (body['freeze'] === true) deps.clock.freeze();
        if (body['advanceMs'] !== undefined) deps.clock.advance(Number(body['advanceMs']));
        if (body['unfreeze'] === true) deps.clock.unfreeze();
        return send(res, 200, clockState(deps.clock));
      }
      case 'GET /_simulator/faults':
        return send(res, 200, deps.faults.current());
      case 'POST /_simulator/faults':
        deps.faults.set(body as Partial<Faults>);
        return send(res, 200, deps.faults.current());
      case 'DELETE /_simulator/faults':
        deps.faults.clear();
        return send(res, 204);
      case 'POST /_simulator/tokens/revoke':
      case 'POST /_simulator/tokens/restore': {
        const token = body['token'];
        if (typeof token !== 'string' || token === '')
          return send(res, 400, { message: 'Expected { "token": "<token>" }' });
        if (key.endsWith('revoke')) deps.revoked.add(token);
        else deps.revoked.delete(token);
        return send(res, 204);
      }
      case 'POST /_simulator/rate-limit/reset':
        deps.rateLimiter.reset();
        return send(res, 204);
      default:
        return send(res, 404, { message: 'Not Found' });
    }
  } catch (error) {
    send(res, 400, { message: error instanceof Error ? error.message : String(error) });
  }
}
