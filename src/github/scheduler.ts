/**
 * When a request may go: the REST layer runs each request through a scheduler, keyed by the
 * caller (a `callerKey()` hash), so limits can be per token and fair between tokens. The
 * interface is what a shared (Redis) implementation fills too.
 */
export interface UpstreamScheduler {
  /** Runs `task` when this caller may send; rejects with the signal's reason if it aborts first. */
  run<T>(caller: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}
