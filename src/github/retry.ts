/**
 * Transient failures worth another try, for reads only (policy as data, as in Octokit's
 * plugin-retry). A write is never retried: a lost answer must not send it twice. Each try is
 * a request sent, so each counts against the operation's budget; a retry the budget cannot
 * pay for is not sent.
 */
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

export function isRetryableError(error: unknown): boolean {
  const code =
    (error as { code?: string })?.code ??
    (error as { cause?: { code?: string } })?.cause?.code ??
    '';
  return RETRY_POLICY.errorCodes.has(code);
}
