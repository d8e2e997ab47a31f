/**
 * The list-runs query filters, including GitHub's search date-range syntax for `created`:
 * `2026-01-01`, `>=d`, `>d`, `<=d`, `<d`, `a..b`, `a..*`, `*..b`, with dates or date-times
 * (`2026-01-01T10:00`, `2026-01-01T10:00:05Z`, `2026-01-01T12:00:05+02:00`), compared at
 * GitHub's second precision. Any capping filter limits paging to the first 1,000 results.
 */
import { validationFailed } from '../http/api-error.js';
import { latestAttempt, type RunRecord } from './model.js';

/** Using any of these limits a search to 1,000 reachable results on GitHub. */
export const CAPPING_FILTERS = [
  'actor',
  'branch',
  'check_suite_id',
  'created',
  'event',
  'head_sha',
  'status',
] as const;
export const FILTERED_RESULT_CAP = 1000;

interface Bound {
  ms: number;
  inclusive: boolean;
}
export interface DateRange {
  from?: Bound;
  to?: Bound;
}

const DAY_MS = 86_400_000;

const POINT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * GitHub keeps creation times to the second, so a point covers what its precision names:
 * a date its whole UTC day, `THH:MM` a minute, `THH:MM:SS` a second; no zone means UTC.
 */
function parsePoint(text: string): { start: number; end: number } | undefined {
  const match = POINT.exec(text);
  if (!match) return undefined;
  const [, date, minute, second, zone] = match;
  if (!minute) {
    const start = Date.parse(`${date}T00:00:00Z`);
    return Number.isNaN(start) ? undefined : { start, end: start + DAY_MS };
  }
  const start = Date.parse(`${date}T${minute}${second ?? ':00'}${zone ?? 'Z'}`);
  return Number.isNaN(start) ? undefined : { start, end: start + (second ? 1000 : 60_000) };
}

/** A run's creation time as GitHub stores and renders it: whole seconds. */
export const createdSecondMs = (run: RunRecord): number =>
  Math.floor(run.createdAt.getTime() / 1000) * 1000;

export function parseCreated(raw: string): DateRange | undefined {
  const text = raw.trim();
  const op = /^(>=|<=|>|<)(.+)$/.exec(text);
  if (op) {
    const p = parsePoint(op[2] ?? '');
    if (!p) return undefined;
    switch (op[1]) {
      case '>=':
        return { from: { ms: p.start, inclusive: true } };
      case '>':
        return { from: { ms: p.end, inclusive: true } };
      case '<=':
        return { to: { ms: p.end, inclusive: false } };
      default:
        return { to: { ms: p.start, inclusive: false } };
    }
  }
  const range = /^(.+?)\.\.(.+)$/.exec(text);
  if (range) {
    const [a, b] = [range[1] ?? '', range[2] ?? ''];
    const from = a === '*' ? undefined : parsePoint(a);
    const to = b === '*' ? undefined : parsePoint(b);
    if ((a !== '*' && !from) || (b !== '*' && !to)) return undefined;
    return {
      ...(from ? { from: { ms: from.start, inclusive: true } } : {}),
      ...(to ? { to: { ms: to.end, inclusive: false } } : {}),
    };
  }
  const p = parsePoint(text);
  return p
    ? { from: { ms: p.start, inclusive: true }, to: { ms: p.end, inclusive: false } }
    : undefined;
}

function inRange(ms: number, r: DateRange): boolean {
  if (r.from && (r.from.inclusive ? ms < r.from.ms : ms <= r.from.ms)) return false;
  if (r.to && (r.to.inclusive ? ms > r.to.ms : ms >= r.to.ms)) return false;
  return true;
}

/** Returns the predicate for a query, and whether the 1,000-result cap applies. Throws 422 on a bad `created`. */
export function runFilter(query: URLSearchParams): {
  matches: (run: RunRecord) => boolean;
  capped: boolean;
} {
  const actor = query.get('actor');
  const branch = query.get('branch');
  const event = query.get('event');
  const status = query.get('status');
  const headSha = query.get('head_sha');
  const checkSuite = query.get('check_suite_id');
  const createdRaw = query.get('created');
  const created = createdRaw === null ? undefined : parseCreated(createdRaw);
  if (createdRaw !== null && !created) {
    throw validationFailed({
      resource: 'WorkflowRun',
      field: 'created',
      code: 'invalid',
      message: `Invalid created date range: ${createdRaw}`,
    });
  }
  const capped = CAPPING_FILTERS.some((f) => query.has(f));
  const matches = (run: RunRecord): boolean => {
    const attempt = latestAttempt(run);
    if (actor !== null && run.actor.login.toLowerCase() !== actor.toLowerCase()) return false;
    if (branch !== null && run.headBranch !== branch) return false;
    if (event !== null && run.event !== event) return false;
    if (status !== null && attempt.status !== status && attempt.conclusion !== status) return false;
    if (headSha !== null && run.headSha !== headSha) return false;
    if (checkSuite !== null && String(run.checkSuiteId) !== checkSuite) return false;
    if (created && !inRange(createdSecondMs(run), created)) return false;
    return true;
  };
  return { matches, capped };
}
