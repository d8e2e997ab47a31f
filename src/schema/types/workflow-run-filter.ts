import { InvalidInputError } from '../../github/errors.js';
import { checkOwner } from '../../github/path-params.js';
import type { RunFilter } from '../../loaders/loaders.js';
import { builder } from '../builder.js';
import { WorkflowRunStatusFilter } from './workflow-run-status-filter.js';

const DATE = String.raw`\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?`;
const CREATED = new RegExp(
  `^(?:(?:>=|<=|>|<)?${DATE}|${DATE}\\.\\.(?:${DATE}|\\*)|\\*\\.\\.${DATE})$`,
);
const SHA = /^[0-9a-f]{7,40}$/i;
const REF = /^[^\s~^:?*[\\]{1,255}$/;

/** GitHub answers at most 1,000 runs for a listing that uses any of these filters. */
export const FILTERED_RESULTS_CAP = 1000;

export const WorkflowRunFilter = builder.inputType('WorkflowRunFilter', {
  description: `Filters for a list of workflow runs. When any filter but \`excludePullRequests\` is set, GitHub serves at most ${FILTERED_RESULTS_CAP} runs of one REST listing; keyset cursors continue past that in the next \`created\` window, so every matching run can be paged to.`,
  fields: (t) => ({
    actor: t.string({ description: 'Runs started by this login.' }),
    branch: t.string({ description: 'Runs of pushes to, or pull requests from, this branch.' }),
    event: t.string({
      description: 'Runs triggered by this event, such as `push` or `pull_request`.',
    }),
    status: t.field({
      type: WorkflowRunStatusFilter.ref,
      description: 'Runs with this status or conclusion.',
    }),
    created: t.string({
      description:
        "Runs created in a date range, in GitHub's search syntax: `>=2026-01-01`, `<2026-01-01`, `2026-01-01..2026-02-01`, `2026-01-01..*`.",
    }),
    headSha: t.string({ description: 'Runs of this commit SHA.' }),
    checkSuiteId: t.field({
      type: 'BigInt',
      description:
        'The run of this check suite (`fullCheckSuiteId`): an integer or a decimal string, up to 64 bits.',
    }),
    excludePullRequests: t.boolean({
      description: 'Leave `pullRequests` empty, which makes listings faster.',
    }),
  }),
});

type FilterInput = typeof WorkflowRunFilter.$inferInput;

/** Checks a filter and turns it into REST query parameters, before any request. */
export function toRunFilter(input: FilterInput | null | undefined): {
  filter: RunFilter;
  cap: number | undefined;
} {
  if (!input) return { filter: {}, cap: undefined };
  const bad = (argument: string, message: string) =>
    new InvalidInputError(message, { argument: `filterBy.${argument}` });
  if (input.actor != null) checkOwner(input.actor, 'filterBy.actor');
  if (input.branch != null && !REF.test(input.branch))
    throw bad('branch', `Invalid branch ${JSON.stringify(input.branch)}.`);
  if (input.event != null && !/^[a-z_]{1,64}$/.test(input.event))
    throw bad('event', `Invalid event ${JSON.stringify(input.event)}.`);
  if (input.created != null && (!CREATED.test(input.created) || input.created === '*..*')) {
    throw bad(
      'created',
      `Invalid created range ${JSON.stringify(input.created)}: use >=YYYY-MM-DD, <YYYY-MM-DD, YYYY-MM-DD..YYYY-MM-DD or YYYY-MM-DD..*.`,
    );
  }
  if (input.headSha != null && !SHA.test(input.headSha))
    throw bad(
      'headSha',
      `Invalid headSha ${JSON.stringify(input.headSha)}: expected a hexadecimal commit SHA.`,
    );
  if (input.checkSuiteId != null && input.checkSuiteId < 1)
    throw bad('checkSuiteId', 'checkSuiteId must be a positive integer.');
  const filter: RunFilter = {};
  if (input.actor != null) filter.actor = input.actor;
  if (input.branch != null) filter.branch = input.branch;
  if (input.event != null) filter.event = input.event;
  if (input.status != null) filter.status = input.status;
  if (input.created != null) filter.created = input.created;
  if (input.headSha != null) filter.head_sha = input.headSha;
  if (input.checkSuiteId != null) filter.check_suite_id = input.checkSuiteId;
  if (input.excludePullRequests != null) filter.exclude_pull_requests = input.excludePullRequests;
  const capped = Object.keys(filter).some((key) => key !== 'exclude_pull_requests');
  return { filter, cap: capped ? FILTERED_RESULTS_CAP : undefined };
}
