/**
 * Transient failures worth another try, for reads only (policy as data, as in Octokit's
 * plugin-retry). A write is never retried: a lost answer must not send it twice. Each try is
 * a request sent, so each counts against the operation's budget; a retry the budget cannot
 * pay for is not sent.
 */
import {
  isRefusal,
  type ClientState,
  type Layer,
  type Send,
  type UpstreamAnswer,
  type UpstreamRequest,
} from './layer.js';
import { sleep } from '../sleep.js';
export const RETRY_POLICY = {
  statusCodes: new Set([500, 502, 503, 504]),
  errorCodes: new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']),
  maxRetries: 2,
  minTimeoutMs: 50,
  maxTimeoutMs: 500,
};

/** Milliseconds before retry `n` (1-based): 50, 100, ... capped at 500. */
export function retryDelayMs(n: number): number {
  return Math.min(RETRY_POLICY.minTimeoutMs * 2 ** (n - 1), RETRY_POLICY.maxTimeoutMs);
}

function isRetryableError(error: unknown): boolean {
  const code =
    (error as { code?: string })?.code ??
    (error as { cause?: { code?: string } })?.cause?.code ??
    '';
  return RETRY_POLICY.errorCodes.has(code);
}

type Outcome = { answer: UpstreamAnswer } | { error: unknown };

/**
 * Sends a read again after a transient failure, up to the policy's tries. A retry is a
 * request like any other: when the layers below refuse it (budget spent, token paused, caller
 * gone), the failure that called for it is what the caller sees.
 */
export function retry(state: ClientState): Layer {
  return (next) => async (req) => {
    if (req.write) return next(req);
    let last = await attempt(next, req);
    for (let n = 1; n <= RETRY_POLICY.maxRetries && retryable(last); n += 1) {
      if (!(await wait(retryDelayMs(n), state.signal))) break;
      const again = await attempt(next, req);
      if ('error' in again && isRefusal(again.error)) break;
      last = again;
    }
    if ('error' in last) throw last.error;
    return last.answer;
  };
}

async function attempt(next: Send, req: UpstreamRequest): Promise<Outcome> {
  try {
    return { answer: await next(req) };
  } catch (error) {
    return { error };
  }
}

function retryable(outcome: Outcome): boolean {
  if ('answer' in outcome) return RETRY_POLICY.statusCodes.has(outcome.answer.status);
  // The transport keeps the network failure behind its coded error as `cause`.
  return isRetryableError((outcome.error as Error)?.cause);
}

/** False when the caller went away during the wait. */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  return sleep(ms, signal).then(
    () => true,
    () => false,
  );
}
