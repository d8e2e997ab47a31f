/**
 * The list-runs query filters, including GitHub's search date-range syntax for `created`:
 * `2026-01-01`, `>=d`, `>d`, `<=d`, `<d`, `a..b`, `a..*`, `*..b`, with dates or date-times.
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

/** A date covers its whole UTC day; a date-time is an instant. */
function parsePoint(text: string): { start: number; end: number } | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const start = Date.parse(`${text}T00:00:00Z`);
    return Number.isNaN(start) ? undefined : { start, end: start + DAY_MS };
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : { start: at, end: at + 1 };
}

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
    if (created && !inRange(run.createdAt.getTime(), created)) return false;
    return true;
  };
  return { matches, capped };
}
