/**
 * Durations computed from GitHub's own timestamps, in whole seconds. GitHub's REST API
 * leaves them to the client (and is retiring the run `/timing` route), so they cost no
 * request. Null while either end is not known yet.
 */
export function secondsBetween(
  from: string | null | undefined,
  to: string | null | undefined,
): number | null {
  if (!from || !to) return null;
  const seconds = Math.round((Date.parse(to) - Date.parse(from)) / 1000);
  return Number.isNaN(seconds) ? null : Math.max(0, seconds);
}

interface RunTimes {
  status?: string | null;
  created_at: string;
  updated_at: string;
  run_started_at?: string | null;
}

/**
 * A run's payload has no completion time: its `updated_at` is when it last changed, which
 * for a completed run is when it completed. So a run's duration is known once it completes.
 */
export function runDuration(run: RunTimes): number | null {
  return run.status === 'completed' ? secondsBetween(run.run_started_at, run.updated_at) : null;
}

/** From the run's creation to the start of its latest attempt. */
export function runQueuedDuration(run: RunTimes): number | null {
  return secondsBetween(run.created_at, run.run_started_at);
}
