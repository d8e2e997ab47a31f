/**
 * Whether a run matches a runs-listing filter, for changes a webhook announced: the
 * listing's filter is applied by GitHub, an event's run is checked here the same way.
 */
import type { WorkflowRun } from '../github/types.js';
import type { RunFilter } from '../loaders/loaders.js';

export function matchesRunFilter(run: WorkflowRun, filter: RunFilter): boolean {
  if (filter.actor != null && run.actor?.login.toLowerCase() !== filter.actor.toLowerCase())
    return false;
  if (filter.branch != null && run.head_branch !== filter.branch) return false;
  if (filter.event != null && run.event !== filter.event) return false;
  if (filter.status != null && run.status !== filter.status && run.conclusion !== filter.status)
    return false;
  if (filter.head_sha != null && !run.head_sha.startsWith(filter.head_sha.toLowerCase()))
    return false;
  if (filter.check_suite_id != null && Number(run.check_suite_id) !== filter.check_suite_id)
    return false;
  if (filter.created != null && !inCreatedRange(Date.parse(run.created_at), filter.created))
    return false;
  return true;
}

/** GitHub's search ranges: `>=d`, `>d`, `<=d`, `<d`, `d`, `a..b`, `a..*`, `*..b`. */
function inCreatedRange(at: number, range: string): boolean {
  const bound = (text: string, end: boolean) => {
    const ms = Date.parse(text);
    // A bare date covers the whole day.
    return end && /^\d{4}-\d{2}-\d{2}$/.test(text) ? ms + 86_400_000 - 1 : ms;
  };
  const op = /^(>=|<=|>|<)(.+)$/.exec(range);
  if (op) {
    const [, sign, text] = op as unknown as [string, string, string];
    if (sign === '>=') return at >= bound(text, false);
    if (sign === '>') return at > bound(text, true);
    if (sign === '<=') return at <= bound(text, true);
    return at < bound(text, false);
  }
  const [from, to = from] = range.split('..') as [string, string?];
  return (from === '*' || at >= bound(from, false)) && (to === '*' || at <= bound(to, true));
}
