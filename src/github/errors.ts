/**
 * Errors of the REST layer. Each class has a stable `code`, the vocabulary the GraphQL
 * layer exposes as `extensions.code`. Messages never contain a token or an upstream URL.
 */
export type GitHubErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UPSTREAM_ERROR'
  | 'UPSTREAM_TIMEOUT'
  | 'MAX_UPSTREAM_REQUESTS_EXCEEDED'
  /** The caller went away mid-operation; what was left of it was not sent. */
  | 'REQUEST_ABORTED';

export class GitHubError extends Error {
  override name = 'GitHubError';
  constructor(
    readonly code: GitHubErrorCode,
    message: string,
    /** Extra facts a caller can act on: upstream `status`, `retryAfter`, `resetAt`, ... */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A path segment or parameter that GitHub would refuse; raised before any request. */
export class InvalidInputError extends GitHubError {
  override name = 'InvalidInputError';
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

/** GitHub answered with a status the route does not treat as success. */
export class UpstreamStatusError extends GitHubError {
  override name = 'UpstreamStatusError';
  constructor(
    code: GitHubErrorCode,
    readonly status: number,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(code, message, { status, ...details });
  }
}

export class RateLimitedError extends UpstreamStatusError {
  override name = 'RateLimitedError';
  constructor(status: number, message: string, details: { retryAfter?: number; resetAt?: string }) {
    super('RATE_LIMITED', status, message, details);
  }
}

/** No answer in time, or the connection failed; for a read, nothing changed upstream. */
export class UpstreamUnavailableError extends GitHubError {
  override name = 'UpstreamUnavailableError';
}

/** A write whose response was lost: it may or may not have happened, and is not resent. */
export class OutcomeUnknownError extends GitHubError {
  override name = 'OutcomeUnknownError';
  constructor(code: 'UPSTREAM_ERROR' | 'UPSTREAM_TIMEOUT', what: string) {
    super(
      code,
      `The response to ${what} was lost; the write may or may not have taken effect. It was not retried. Read the resource to learn its state.`,
      { outcome: 'UNKNOWN' },
    );
  }
}

const CODES_BY_STATUS: Record<number, GitHubErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  410: 'NOT_FOUND',
  422: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
};

export function codeForStatus(status: number): GitHubErrorCode {
  return CODES_BY_STATUS[status] ?? 'UPSTREAM_ERROR';
}
