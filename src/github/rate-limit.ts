/** GitHub's `x-ratelimit-*` headers, read from every response. */
export interface RateLimitInfo {
  limit: number;
  remaining: number;
  used: number;
  /** When the window resets, as an ISO date. */
  resetAt: string;
  resource: string;
}

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function readRateLimit(headers: Headers): RateLimitInfo | undefined {
  const limit = Number(header(headers, 'x-ratelimit-limit'));
  const remaining = Number(header(headers, 'x-ratelimit-remaining'));
  const reset = Number(header(headers, 'x-ratelimit-reset'));
  if (!Number.isFinite(limit) || !Number.isFinite(remaining) || !Number.isFinite(reset))
    return undefined;
  const used = Number(header(headers, 'x-ratelimit-used'));
  return {
    limit,
    remaining,
    used: Number.isFinite(used) ? used : limit - remaining,
    resetAt: new Date(reset * 1000).toISOString(),
    resource: header(headers, 'x-ratelimit-resource') ?? 'core',
  };
}

/** Seconds to wait from `retry-after`, when GitHub sent one. */
export function readRetryAfter(headers: Headers): number | undefined {
  const raw = header(headers, 'retry-after');
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
