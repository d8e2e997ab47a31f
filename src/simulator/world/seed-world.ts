/**
 * Builds the deterministic demo world from a seed. Same seed, size and clock start give
 * the same ids, statuses, actors and dates, so tests elsewhere can rely on them.
 *
 * Layout of each repository's runs, newest first (index 0 is the newest):
 *   0-1 queued, 2-3 in_progress, 4-9 waiting (deploy.yml), 10 requested, 11 pending,
 *   12-20 completed with each conclusion once (success, failure, neutral, cancelled,
 *   skipped, timed_out, action_required, stale, startup_failure), 21 two attempts,
 *   22 three attempts, the rest completed with weighted conclusions (some multi-attempt).
 * Fixing the layout by index, rather than hoping the PRNG covers every case, is what
 * guarantees coverage at every size.
 */
import { createPrng, type Prng } from '../prng.js';
import {
  newRunState,
  RUN_CONCLUSIONS,
  type AttemptRecord,
  type EnvironmentRecord,
  type PullRequestRecord,
  type RepoRecord,
  type RunConclusion,
  type RunRecord,
  type RunStatus,
  type TeamRecord,
  type UserRecord,
  type World,
  type WorkflowRecord,
} from './model.js';
import {
  completeJobs,
  createJobs,
  holdJobs,
  planJobConclusions,
  startJobs,
  waitJobs,
} from './job-states.js';

export type WorldSize = number | 'small' | 'default';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Completed history reaches this far back before the clock's start. */
const HISTORY_DAYS = 75;
export const FIXED_LAYOUT_RUNS = 23;

/** Runs seeded in octo-repo; public-site gets a quarter (at least the fixed layout). */
export function runsForSize(size: WorldSize | undefined): number {
  if (size === undefined || size === 'default') return 320;
  if (size === 'small') return 40;
  if (!Number.isInteger(size) || size < FIXED_LAYOUT_RUNS) {
    throw new Error(
      `size must be 'small', 'default' or an integer >= ${FIXED_LAYOUT_RUNS}, got ${String(size)}`,
    );
  }
  return size;
}

const user = (id: number, login: string, type: UserRecord['type'], name: string): UserRecord => ({
  id,
  login,
  type,
  name,
});

export const SEEDED_USERS = {
  org: user(9919, 'octo-org', 'Organization', 'Octo Org'),
  octocat: user(583231, 'octocat', 'User', 'The Octocat'),
  monalisa: user(2, 'monalisa', 'User', 'Mona Lisa'),
  hubot: user(3, 'hubot', 'User', 'Hubot'),
  lisa: user(4, 'lisa-dev', 'User', 'Lisa Developer'),
  dependabot: user(49699333, 'dependabot[bot]', 'Bot', 'dependabot[bot]'),
} as const;

const TEAMS: TeamRecord[] = [
  {
    id: 3001,
    slug: 'release-managers',
    name: 'Release Managers',
    organizationId: SEEDED_USERS.org.id,
  },
  { id: 3002, slug: 'sre', name: 'SRE', organizationId: SEEDED_USERS.org.id },
];

const ACTORS = [
  SEEDED_USERS.octocat,
  SEEDED_USERS.monalisa,
  SEEDED_USERS.hubot,
  SEEDED_USERS.lisa,
  SEEDED_USERS.dependabot,
];
const FEATURE_BRANCHES = ['feature/login', 'fix/flaky-tests', 'develop'];
const PR_NUMBERS: Record<string, number> = {
  'feature/login': 42,
  'fix/flaky-tests': 57,
  develop: 61,
};
const COMMIT_MESSAGES = [
  'Fix flaky retry test',
  'Add login form',
  'Bump undici',
  'Refactor pagination',
  'Update README',
  'Tune cache headers',
  'Handle empty pages',
];

interface RepoSpec {
  id: number;
  name: string;
  private: boolean;
  description: string;
  workflowIds: [number, number];
  environmentIds: [number, number];
  formerNames: string[];
}

const REPO_SPECS: RepoSpec[] = [
  {
    id: 100001,
    name: 'octo-repo',
    private: true,
    description: 'The private service repository.',
    workflowIds: [161335, 161336],
    environmentIds: [161171787, 161171795],
    formerNames: ['octo-service'],
  },
  {
    id: 100002,
    name: 'public-site',
    private: false,
    description: 'The public web site.',
    workflowIds: [161337, 161338],
    environmentIds: [161171800, 161171801],
    formerNames: [],
  },
];

/**
 * A workflow the organisation requires of octo-repo (a ruleset's required workflow). It
 * lives in `octo-org/.github`, which the simulator does not serve, so its id cannot be
 * fetched from octo-repo (404), as on GitHub. One older run of octo-repo ran it.
 */
export const REQUIRED_WORKFLOW: WorkflowRecord = {
  id: 161399,
  repoId: 100000,
  name: 'Required checks',
  path: '.github/workflows/required-checks.yml',
  createdAt: new Date('2025-01-10T09:00:00Z'),
  jobNames: ['policy'],
};
/** Where that run sits in octo-repo's layout: the first run after the fixed ones. */
export const REQUIRED_WORKFLOW_RUN_INDEX = FIXED_LAYOUT_RUNS;

function buildRepo(spec: RepoSpec): RepoRecord {
  const created = new Date('2025-01-15T09:00:00Z');
  const [ciId, deployId] = spec.workflowIds;
  const [stagingId, productionId] = spec.environmentIds;
  const [releaseManagers, sre] = TEAMS as [TeamRecord, TeamRecord];
  const workflows: WorkflowRecord[] = [
    {
      id: ciId,
      repoId: spec.id,
      name: 'CI',
      path: '.github/workflows/ci.yml',
      createdAt: created,
      jobNames: ['build', 'test (ubuntu-latest)', 'test (windows-latest)', 'lint'],
    },
    {
      id: deployId,
      repoId: spec.id,
      name: 'Deploy',
      path: '.github/workflows/deploy.yml',
      createdAt: created,
      jobNames: ['build', 'deploy'],
    },
  ];
  const environments: EnvironmentRecord[] = [
    {
      id: stagingId,
      name: 'staging',
      createdAt: created,
      waitTimer: 5,
      reviewers: [
        { type: 'User', user: SEEDED_USERS.octocat },
        { type: 'Team', team: releaseManagers },
      ],
    },
    {
      id: productionId,
      name: 'production',
      createdAt: created,
      waitTimer: 30,
      reviewers: [
        { type: 'Team', team: sre },
        { type: 'User', user: SEEDED_USERS.hubot },
      ],
    },
  ];
  return {
    id: spec.id,
    owner: SEEDED_USERS.org,
    name: spec.name,
    private: spec.private,
    description: spec.description,
    defaultBranch: 'main',
    createdAt: created,
    workflows,
    environments,
    formerNames: spec.formerNames,
  };
}

/** What one seeded run will be, before ids are assigned. */
interface RunPlan {
  repo: RepoRecord;
  index: number;
  createdAt: Date;
  status: RunStatus;
  conclusion: RunConclusion | null;
  workflow: WorkflowRecord;
  attempts: number;
}

function weightedConclusion(prng: Prng): RunConclusion {
  const r = prng.next();
  if (r < 0.6) return 'success';
  if (r < 0.8) return 'failure';
  if (r < 0.88) return 'cancelled';
  if (r < 0.92) return 'skipped';
  if (r < 0.95) return 'timed_out';
  return prng.pick(RUN_CONCLUSIONS);
}

function planRuns(repo: RepoRecord, count: number, clockStart: Date, prng: Prng): RunPlan[] {
  const [ci, deploy] = repo.workflows as [WorkflowRecord, WorkflowRecord];
  // Gaps between older runs are random, then scaled so history spans HISTORY_DAYS exactly.
  const gaps = Array.from({ length: count }, () => 0.2 + prng.next());
  const olderTotal = gaps.slice(12).reduce((a, b) => a + b, 0);
  const plans: RunPlan[] = [];
  let olderElapsed = 0;
  for (let index = 0; index < count; index++) {
    let createdMs: number;
    if (index < 12) {
      createdMs = clockStart.getTime() - (index + 1) * 7 * MINUTE;
    } else {
      olderElapsed += gaps[index] ?? 1;
      createdMs =
        clockStart.getTime() -
        2 * 60 * MINUTE -
        (olderElapsed / olderTotal) * (HISTORY_DAYS * DAY - 2 * 60 * MINUTE);
    }
    const createdAt = new Date(Math.floor(createdMs / 1000) * 1000);
    let status: RunStatus = 'completed';
    let conclusion: RunConclusion | null = null;
    let workflow = prng.chance(0.75) ? ci : deploy;
    let attempts = 1;
    if (index < 2) {
      status = 'queued';
      workflow = ci;
    } else if (index < 4) {
      status = 'in_progress';
      workflow = ci;
    } else if (index < 10) {
      status = 'waiting';
      workflow = deploy;
    } else if (index === 10) {
      status = 'requested';
      workflow = ci;
    } else if (index === 11) {
      status = 'pending';
      workflow = ci;
    } else if (index < 21) conclusion = RUN_CONCLUSIONS[index - 12] ?? 'success';
    else if (index === 21) {
      conclusion = 'success';
      attempts = 2;
    } else if (index === 22) {
      conclusion = 'failure';
      attempts = 3;
    } else {
      conclusion = weightedConclusion(prng);
      if (prng.chance(0.08)) attempts = prng.chance(0.3) ? 3 : 2;
      if (index === REQUIRED_WORKFLOW_RUN_INDEX && repo.name === 'octo-repo') {
        workflow = REQUIRED_WORKFLOW;
        conclusion = 'success';
        attempts = 1;
      }
    }
    plans.push({ repo, index, createdAt, status, conclusion, workflow, attempts });
  }
  return plans;
}

interface Trigger {
  event: string;
  branch: string;
  actor: UserRecord;
  title: string;
  pr?: PullRequestRecord;
}

function pickTrigger(plan: RunPlan, prng: Prng): Trigger {
  const actor = prng.pick(ACTORS);
  const message = prng.pick(COMMIT_MESSAGES);
  if (plan.workflow.name === 'Deploy') {
    // Waiting runs alternate so both deploy triggers appear among them.
    const dispatch = plan.status === 'waiting' ? plan.index % 2 === 1 : prng.chance(0.4);
    return dispatch
      ? { event: 'workflow_dispatch', branch: 'main', actor, title: 'Deploy' }
      : { event: 'push', branch: 'main', actor, title: message };
  }
  const r = prng.next();
  if (r < 0.45)
    return {
      event: 'push',
      branch: prng.chance(0.6) ? 'main' : prng.pick(FEATURE_BRANCHES),
      actor,
      title: message,
    };
  if (r < 0.8) {
    const branch = prng.pick(FEATURE_BRANCHES);
    const number = PR_NUMBERS[branch] ?? 1;
    const pr: PullRequestRecord = {
      id: 1_000_000 + number,
      number,
      headRef: branch,
      headSha: '',
      baseRef: 'main',
      baseSha: prng.hex(40),
    };
    return { event: 'pull_request', branch, actor, title: `${message} (#${number})`, pr };
  }
  if (r < 0.92)
    return { event: 'schedule', branch: 'main', actor: SEEDED_USERS.octocat, title: 'CI' };
  return {
    event: 'workflow_dispatch',
    branch: prng.pick(['main', ...FEATURE_BRANCHES]),
    actor,
    title: 'CI',
  };
}

function buildAttempts(
  world: World,
  run: RunRecord,
  plan: RunPlan,
  clockStart: Date,
  prng: Prng,
): void {
  let at = new Date(run.createdAt.getTime() + 5_000);
  for (let n = 1; n <= plan.attempts; n++) {
    const last = n === plan.attempts;
    const status: RunStatus = last ? plan.status : 'completed';
    const conclusion: RunConclusion | null = last
      ? plan.conclusion
      : prng.chance(0.7)
        ? 'failure'
        : 'cancelled';
    const planned = planJobConclusions(
      run.workflow.jobNames.length,
      conclusion ?? (prng.chance(0.8) ? 'success' : 'failure'),
      prng,
    );
    const jobs = createJobs(world, run, n, run.workflow.jobNames, planned, at);
    const attempt: AttemptRecord = {
      number: n,
      status,
      conclusion,
      createdAt: at,
      startedAt: at,
      updatedAt: at,
      triggeringActor: n === 1 ? run.actor : prng.pick(ACTORS),
      jobs,
    };
    const duration = prng.int(2, 12) * MINUTE + prng.int(0, 59) * 1000;
    switch (status) {
      case 'completed': {
        const end = new Date(at.getTime() + duration);
        completeJobs(jobs, at, end);
        attempt.updatedAt = new Date(end.getTime() + 3_000);
        break;
      }
      case 'queued':
        attempt.schedule = {
          startAt: new Date(clockStart.getTime() + (plan.index + 1) * 20_000),
          completeAt: new Date(clockStart.getTime() + (plan.index + 4) * MINUTE),
          conclusion: prng.chance(0.75) ? 'success' : 'failure',
        };
        world.active.add(run);
        break;
      case 'in_progress':
        startJobs(jobs, at);
        attempt.schedule = {
          startAt: at,
          completeAt: new Date(clockStart.getTime() + plan.index * 2 * MINUTE),
          conclusion: prng.chance(0.75) ? 'success' : 'failure',
        };
        world.active.add(run);
        break;
      case 'waiting': {
        const until = new Date(at.getTime() + 2 * MINUTE);
        waitJobs(jobs, at, until);
        attempt.updatedAt = until;
        break;
      }
      case 'requested':
      case 'pending':
        holdJobs(jobs, status);
        break;
    }
    run.attempts.push(attempt);
    at = new Date(attempt.updatedAt.getTime() + prng.int(5, 90) * MINUTE);
  }
}

function seedReviews(run: RunRecord, plan: RunPlan): void {
  const [staging, production] = run.repo.environments as [EnvironmentRecord, EnvironmentRecord];
  const attempt = run.attempts[run.attempts.length - 1];
  if (!attempt) return;
  if (plan.status === 'waiting') {
    const waitingSince = attempt.updatedAt;
    // Index 4 and 6 already passed staging (approval history), 5 waits on both, the rest on staging.
    if (plan.index === 4 || plan.index === 6) {
      run.approvals.push({
        environments: [staging],
        state: 'approved',
        user: SEEDED_USERS.octocat,
        comment: 'Staging looks good.',
      });
      run.pendingDeployments.push({ environment: production, waitTimerStartedAt: waitingSince });
    } else if (plan.index === 5) {
      run.pendingDeployments.push(
        { environment: staging, waitTimerStartedAt: waitingSince },
        { environment: production, waitTimerStartedAt: waitingSince },
      );
    } else {
      run.pendingDeployments.push({ environment: staging, waitTimerStartedAt: waitingSince });
    }
  } else if (plan.workflow.name === 'Deploy' && plan.status === 'completed') {
    const approved = plan.conclusion !== 'failure';
    run.approvals.push({
      environments: [staging],
      state: approved ? 'approved' : 'rejected',
      user: approved ? SEEDED_USERS.octocat : SEEDED_USERS.hubot,
      comment: approved ? 'Ship it!' : 'Not today.',
    });
  }
}

/**
 * `octo-org/service-1` ... `service-N`: more private repositories, each laid out like
 * public-site, for listings across many repositories (the merged runs feed).
 */
function serviceSpec(index: number): RepoSpec {
  return {
    id: 100011 + index,
    name: `service-${index + 1}`,
    private: true,
    description: `Service ${index + 1}.`,
    workflowIds: [161401 + 2 * index, 161402 + 2 * index],
    environmentIds: [161171901 + 2 * index, 161171902 + 2 * index],
    formerNames: [],
  };
}

export function seedWorld(
  seed: number,
  size: WorldSize | undefined,
  clockStart: Date,
  { smallIds = false, services = 0 }: { smallIds?: boolean; services?: number } = {},
): World {
  if (!Number.isInteger(services) || services < 0 || services > 50)
    throw new Error(`services must be an integer from 0 to 50, got ${String(services)}`);
  const prng = createPrng(seed);
  const world: World = {
    users: Object.values(SEEDED_USERS),
    teams: TEAMS,
    repos: [...REPO_SPECS, ...Array.from({ length: services }, (_, i) => serviceSpec(i))].map(
      buildRepo,
    ),
    runs: new Map(),
    jobs: new Map(),
    // As large as github.com's today: runs near 2 x 10^10, jobs and check suites past 4 x 10^10, deployments
    // past 2^31, so every test meets ids that GraphQL's 32-bit `Int` cannot carry.
    nextIds: smallIds
      ? { run: 9_000_001, job: 30_000_001, deployment: 1_000_001, checkSuite: 20_000_001 }
      : {
          run: 19_800_000_001,
          job: 52_000_000_001,
          deployment: 3_100_000_001,
          checkSuite: 44_000_000_001,
        },
    active: new Set(),
  };
  const octoRuns = runsForSize(size);
  const [octoRepo, publicSite, ...serviceRepos] = world.repos as [RepoRecord, RepoRecord];
  const smaller = Math.max(FIXED_LAYOUT_RUNS, Math.ceil(octoRuns / 4));
  const plans = [
    ...planRuns(octoRepo, octoRuns, clockStart, prng),
    ...planRuns(publicSite, smaller, clockStart, prng),
    ...serviceRepos.flatMap((repo) => planRuns(repo, smaller, clockStart, prng)),
  ];
  // Ids grow with creation time across both repositories, as GitHub's do; ties keep plan order.
  plans.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.repo.id - b.repo.id);
  const runNumbers = new Map<number, number>();
  for (const plan of plans) {
    const trigger = pickTrigger(plan, prng);
    const runNumber = (runNumbers.get(plan.workflow.id) ?? 0) + 1;
    runNumbers.set(plan.workflow.id, runNumber);
    const headSha = prng.hex(40);
    if (trigger.pr) trigger.pr.headSha = headSha;
    const run: RunRecord = {
      id: world.nextIds.run++,
      repo: plan.repo,
      workflow: plan.workflow,
      runNumber,
      event: trigger.event,
      headBranch: trigger.branch,
      headSha,
      commitMessage: trigger.title,
      actor: trigger.actor,
      createdAt: plan.createdAt,
      checkSuiteId: world.nextIds.checkSuite++,
      pullRequests: trigger.pr ? [trigger.pr] : [],
      referencedWorkflows:
        plan.workflow.name === 'CI' && plan.index % 5 === 0
          ? [
              {
                path: 'octo-org/shared-workflows/.github/workflows/lint.yml@v2',
                sha: prng.hex(40),
                ref: 'refs/tags/v2',
              },
            ]
          : [],
      ...newRunState(),
    };
    buildAttempts(world, run, plan, clockStart, prng);
    seedReviews(run, plan);
    world.runs.set(run.id, run);
  }
  return world;
}
