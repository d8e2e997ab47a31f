/**
 * The last step of a request: the answer's body as JSON, typed by the route. A revalidated
 * answer's body was parsed when it was first kept; a new one is parsed once and kept beside
 * its cache entry, so a `304` costs no parse.
 */
import { UpstreamStatusError } from '../errors.js';
import type { ClientState, UpstreamAnswer } from './layer.js';
import { header } from './layer.js';

export interface ParsedAnswer {
  status: number;
  data: unknown;
  /** A logs route's download link, read and never followed. */
  location: string | undefined;
  rateLimit: UpstreamAnswer['rateLimit'];
  /** Seconds GitHub's `X-Poll-Interval` asks a poller to wait, when it sent one. */
  pollInterval: number | undefined;
}

export function parseJson(answer: UpstreamAnswer, state: ClientState): ParsedAnswer {
  let data = answer.data;
  if (data === undefined && answer.link === undefined && answer.text !== '') {
    try {
      data = JSON.parse(answer.text);
    } catch {
      throw new UpstreamStatusError(
        'UPSTREAM_ERROR',
        answer.status,
        'GitHub answered with a body that is not JSON.',
      );
    }
    // Kept on the answer: reads in flight that shared it (share-reads.ts) get the same object,
    // so it is parsed once however many read it, with or without the conditional cache.
    answer.data = data;
    if (answer.cached) answer.cached.data = data;
  }
  state.objects += countObjects(data);
  return {
    status: answer.status,
    data,
    location: answer.link ?? header(answer.headers, 'location'),
    rateLimit: answer.rateLimit,
    pollInterval: Number(header(answer.headers, 'x-poll-interval')) || undefined,
  };
}

function countObjects(data: unknown): number {
  if (Array.isArray(data)) return data.length;
  if (data && typeof data === 'object') {
    const list = Object.values(data).find(Array.isArray);
    return 'total_count' in data && list ? list.length : 1;
  }
  return 0;
}
