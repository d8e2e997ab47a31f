/**
 * The reads of each caller that are in flight, by path: a GET that a caller starts while the
 * same GET of the same caller is on its way waits for that answer instead of sending again.
 * DataLoader does this within one operation; this does it across the operations of the
 * process, as a CDN collapses requests for one URL. Eight people opening the same dashboard
 * with one token (an app's installation token, a portal's service token) cost GitHub one
 * set of requests, and none of the token's concurrency or rate limit for the rest.
 *
 * Keys are `callerKey()`s, so an answer is only ever shared with the caller whose token
 * fetched it. A write closes its caller's flights to newcomers, when it starts and when it
 * ends: a read that follows a write never joins one that started before it.
 */
import type { UpstreamAnswer } from './layers/layer.js';

export interface Flight {
  answer: Promise<UpstreamAnswer>;
  /** The leading request's caller signal: when it aborted, the request may have been cut. */
  signal: AbortSignal;
}

export class ReadsInFlight {
  readonly #byCaller = new Map<string, Map<string, Flight>>();

  /** The flight a read of `pathAndQuery` by `caller` may join, if one is open. */
  get(caller: string, pathAndQuery: string): Flight | undefined {
    return this.#byCaller.get(caller)?.get(pathAndQuery);
  }

  /** Opens a flight to joiners until its answer settles (or a write of the caller closes it). */
  open(caller: string, pathAndQuery: string, flight: Flight): void {
    let flights = this.#byCaller.get(caller);
    if (!flights) this.#byCaller.set(caller, (flights = new Map()));
    flights.set(pathAndQuery, flight);
    const close = () => {
      const now = this.#byCaller.get(caller);
      if (now?.get(pathAndQuery) !== flight) return;
      now.delete(pathAndQuery);
      if (now.size === 0) this.#byCaller.delete(caller);
    };
    flight.answer.then(close, close);
  }

  /** Closes every flight of `caller` to newcomers; those already joined keep their answer. */
  closeAll(caller: string): void {
    this.#byCaller.delete(caller);
  }

  /** Flights open now, all callers together. */
  get size(): number {
    let size = 0;
    for (const flights of this.#byCaller.values()) size += flights.size;
    return size;
  }
}
