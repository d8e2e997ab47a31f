/**
 * The simulator's state: plain records the handlers read and the lifecycle mutates.
 * Payloads are rendered from these on every request (see ../payloads), so URLs always
 * carry the running simulator's base URL and state changes show up everywhere at once.
 */

export type RunStatus =
  | 'queued'
  | 'in_progress'
  | 'completed'
  | 'waiting'
  | 'requested'
  | 'pending';
export type RunConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'stale'
  | 'startup_failure';
export type JobConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required';

export const RUN_STATUSES: readonly RunStatus[] = [
  'queued',
  'in_progress',
  'completed',
  'waiting',
  'requested',
  'pending',
];
export const RUN_CONCLUSIONS: readonly RunConclusion[] = [
  'success',
  'failure',
  'neutral',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required',
  'stale',
  'startup_failure',
];

export interface UserRecord {
  id: number;
  login: string;
  type: 'User' | 'Bot' | 'Organization';
  name: string;
}

export interface TeamRecord {
  id: number;
  slug: string;
  name: string;
  organizationId: number;
}

export interface EnvironmentRecord {
  id: number;
  name: string;
  createdAt: Date;
  /** Wait timer in minutes, as GitHub stores it. */
  waitTimer: number;
  reviewers: Array<{ type: 'User'; user: UserRecord } | { type: 'Team'; team: TeamRecord }>;
}

export interface RepoRecord {
  id: number;
  owner: UserRecord;
  name: string;
  private: boolean;
  description: string;
  defaultBranch: string;
  createdAt: Date;
  workflows: WorkflowRecord[];
  environments: EnvironmentRecord[];
  /** Names the repository had before a rename: GitHub answers them with a 301 to `/repositories/{id}/...`. */
  formerNames: string[];
}

export interface WorkflowRecord {
  id: number;
  repoId: number;
  name: string;
  /** e.g. `.github/workflows/ci.yml` */
  path: string;
  createdAt: Date;
  jobNames: readonly string[];
  /** Changed by the enable/disable routes; absent means active. */
  state?: 'active' | 'disabled_manually';
  updatedAt?: Date;
}

export interface StepRecord {
  number: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  startedAt: Date | null;
  completedAt: Date | null;
}

export interface JobRecord {
  id: number;
  runId: number;
  runAttempt: number;
  name: string;
  status: RunStatus;
  conclusion: JobConclusion | null;
  createdAt: Date;
  startedAt: Date;
  completedAt: Date | null;
  steps: StepRecord[];
  runnerId: number | null;
  runnerName: string | null;
  /** Where this job ends when the lifecycle completes it. */
  plannedConclusion: JobConclusion;
}

/**
 * What the clock will do to an attempt that is still going: it starts (queued ->
 * in_progress) at `startAt` and completes with `conclusion` at `completeAt`.
 */
export interface AttemptSchedule {
  startAt: Date;
  completeAt: Date;
  conclusion: RunConclusion;
}

export interface AttemptRecord {
  number: number;
  status: RunStatus;
  conclusion: RunConclusion | null;
  createdAt: Date;
  startedAt: Date;
  updatedAt: Date;
  triggeringActor: UserRecord;
  /** The jobs of this attempt; jobs not rerun are shared with the attempt that ran them. */
  jobs: JobRecord[];
  schedule?: AttemptSchedule;
}

export interface PendingDeploymentRecord {
  environment: EnvironmentRecord;
  waitTimerStartedAt: Date;
}

export interface ApprovalRecord {
  environments: EnvironmentRecord[];
  state: 'approved' | 'rejected' | 'pending';
  user: UserRecord;
  comment: string;
}

export interface DeploymentRecord {
  id: number;
  runId: number;
  environment: EnvironmentRecord;
  creator: UserRecord;
  createdAt: Date;
}

export interface ProtectionRuleReviewRecord {
  environmentName: string;
  state?: 'approved' | 'rejected';
  comment?: string;
  at: Date;
}

export interface PullRequestRecord {
  id: number;
  number: number;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
}

export interface RunRecord {
  id: number;
  repo: RepoRecord;
  workflow: WorkflowRecord;
  runNumber: number;
  event: string;
  headBranch: string;
  headSha: string;
  commitMessage: string;
  actor: UserRecord;
  createdAt: Date;
  checkSuiteId: number;
  pullRequests: PullRequestRecord[];
  referencedWorkflows: Array<{ path: string; sha: string; ref?: string }> | null;
  /** attempts[0] is attempt 1; the last one is what GET run answers. */
  attempts: AttemptRecord[];
  pendingDeployments: PendingDeploymentRecord[];
  approvals: ApprovalRecord[];
  deployments: DeploymentRecord[];
  protectionRuleReviews: ProtectionRuleReviewRecord[];
  logsDeleted: boolean;
  deleted: boolean;
}

/** What a run starts with, seeded or new: no attempts, reviews or deployments yet, nothing deleted. */
export function newRunState(): Pick<
  RunRecord,
  | 'attempts'
  | 'pendingDeployments'
  | 'approvals'
  | 'deployments'
  | 'protectionRuleReviews'
  | 'logsDeleted'
  | 'deleted'
> {
  return {
    attempts: [],
    pendingDeployments: [],
    approvals: [],
    deployments: [],
    protectionRuleReviews: [],
    logsDeleted: false,
    deleted: false,
  };
}

export interface World {
  users: UserRecord[];
  teams: TeamRecord[];
  repos: RepoRecord[];
  /** Every run ever seeded or created, deleted ones included (flagged). */
  runs: Map<number, RunRecord>;
  jobs: Map<number, JobRecord>;
  nextIds: { run: number; job: number; deployment: number; checkSuite: number };
  /** Runs the lifecycle still has to move forward. */
  active: Set<RunRecord>;
}

export function latestAttempt(run: RunRecord): AttemptRecord {
  const attempt = run.attempts[run.attempts.length - 1];
  if (!attempt) throw new Error(`run ${run.id} has no attempts`);
  return attempt;
}

export function fullName(repo: RepoRecord): string {
  return `${repo.owner.login}/${repo.name}`;
}
