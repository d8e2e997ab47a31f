/**
 * The DataLoaders of one GraphQL request. Made per request and per caller, never shared, so
 * one caller's token can never serve another's data. REST has no batch reads: a batch
 * becomes concurrent single requests, capped by the dispatcher. What matters is the cache:
 * each distinct resource is fetched at most once per operation, and every list primes the
 * loaders of the items it carried.
 */
import DataLoader from 'dataloader';
import type { GitHubClient } from '../github/client.js';
import { GitHubError } from '../github/errors.js';
import type {
  Artifact,
  EnvironmentApproval,
  FullRepository,
  Job,
  PendingDeployment,
  QueryParams,
  Workflow,
  WorkflowRun,
} from '../github/types.js';
import { type AttemptKey, cacheKeyOf, type RepoKey, repoKeyOf, type RunKey } from './keys.js';
import type { RunWindow } from './keyset-window.js';
import type { RestPage } from './paginate.js';

export interface RunListKey extends RepoKey {
  /** Runs of one workflow (id or file name), or of the whole repository when absent. */
  workflowId?: number | string | undefined;
  filter: RunFilter;
  perPage: number;
  page: number;
}

/** The REST query parameters that filter a runs listing. */
export type RunFilter = Omit<QueryParams<'listWorkflowRunsForRepo'>, 'per_page' | 'page'>;

/**
 * Values built once per request by name, without DataLoader's batch tick: a window's listing
 * must be in flight in the same tick as its resolver runs, for the run loader to wait for it.
 */
export class Memo<V> {
  readonly #built = new Map<string, Promise<V>>();

  load({ id, build }: { id: string; build: () => Promise<V> }): Promise<V> {
    let value = this.#built.get(id);
    if (!value) this.#built.set(id, (value = build()));
    return value;
  }

  clearAll(): this {
    this.#built.clear();
    return this;
  }
}

export interface JobListKey extends RunKey {
  /** The jobs of one attempt, or of the latest attempt when absent. */
  attempt?: number | undefined;
  perPage: number;
  page: number;
}

/** A run named by GitHub's numeric ids alone, as a `WFR_` node id carries them. */
export interface RepositoryIdRunKey {
  repositoryId: number;
  runId: number;
}

export interface WorkflowKey extends RepoKey {
  workflowId: number | string;
}

export interface LogsLink {
  url: string;
  expiresAt: string;
}

/**
 * A loader whose batch is the keys' single requests sent together; failures stay per key.
 * `fields` name what identifies the resource besides its repository.
 */
function perKey<K extends RepoKey, V>(
  fields: ReadonlyArray<Exclude<keyof K, keyof RepoKey>>,
  fetch: (key: K) => Promise<V>,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    (keys) => Promise.all(keys.map((key) => fetch(key).catch((error: unknown) => error as Error))),
    { cacheKeyFn: cacheKeyOf<K>(fields) },
  );
}

/** GitHub's signed log links carry their expiry; the simulator's too. 60 s is GitHub's default. */
function expiryOf(location: string): string {
  const parsed = Date.parse(new URL(location).searchParams.get('urlExpires') ?? '');
  return new Date(Number.isNaN(parsed) ? Date.now() + 60_000 : parsed).toISOString();
}

/**
 * `/repositories/{repository_id}/...` is a route GitHub answers but no published description
 * lists, so its 404 may mean the route, not the run, is gone (or the token cannot see the
 * repository). The error says so and what to pass instead.
 */
function undocumentedRouteNotFound(key: RepositoryIdRunKey, error: GitHubError): GitHubError {
  return new GitHubError(
    'NOT_FOUND',
    `GitHub answered 404 for run ${key.runId} of repository ${key.repositoryId} through GET /repositories/{repository_id}/actions/runs/{run_id}, ` +
      "a route GitHub serves but does not document. If the run exists, reference it by the gateway's WorkflowRun `id`, or read " +
      `repository(owner:, name:) { workflowRun(databaseId: ${key.runId}) }, which use documented routes.`,
    {
      ...error.details,
      route: 'GET /repositories/{repository_id}/actions/runs/{run_id}',
      documented: false,
    },
  );
}

const runCacheKey = cacheKeyOf<RunKey>(['runId']);

/**
 * The runs that listings of this request carried, indexed by run only when one is first looked
 * up: most operations show a listing's runs and never ask for one by id, and indexing every
 * run of every page cost about 2% of a 50-run list's CPU. A later listing's copy of a run
 * replaces an earlier one's, as the pages arrive.
 */
class ListedRuns {
  #pages: Array<{ repo: RepoKey; runs: readonly WorkflowRun[] }> = [];
  readonly #byKey = new Map<string, WorkflowRun>();

  add(repo: RepoKey, runs: readonly WorkflowRun[]): void {
    this.#pages.push({ repo, runs });
  }

  get(key: RunKey): WorkflowRun | undefined {
    this.#index();
    return this.#byKey.get(runCacheKey(key));
  }

  delete(key: RunKey): void {
    this.#index();
    this.#byKey.delete(runCacheKey(key));
  }

  clear(): void {
    this.#pages = [];
    this.#byKey.clear();
  }

  #index(): void {
    for (const { repo, runs } of this.#pages)
      for (const run of runs) this.#byKey.set(runCacheKey({ ...repo, runId: Number(run.id) }), run);
    this.#pages = [];
  }
}

/**
 * The run loader: a run a listing carried is served from it at once; `clear` also forgets
 * what listings carried of the run.
 */
class RunLoader extends DataLoader<RunKey, WorkflowRun, string> {
  constructor(
    batch: DataLoader.BatchLoadFn<RunKey, WorkflowRun>,
    options: DataLoader.Options<RunKey, WorkflowRun, string>,
    private readonly listed: ListedRuns,
  ) {
    super(batch, options);
  }

  override load(key: RunKey): Promise<WorkflowRun> {
    const known = this.listed.get(key);
    return known ? Promise.resolve(known) : super.load(key);
  }

  override clear(key: RunKey): this {
    this.listed.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.listed.clear();
    return super.clearAll();
  }
}

export function createLoaders(client: GitHubClient) {
  const { rest } = client;
  const repoPath = ({ owner, repo }: RepoKey) => ({ owner, repo });
  /** What a key says about following a renamed repository's redirect. */
  const renames = (key: RepoKey) => (key.followRenames === false ? { followRenames: false } : {});

  /**
   * Runs that a listing of this request carried, by cache key. A run asked for by id while a
   * listing is still in flight (root fields resolve side by side) waits for the listings and
   * is served from them when they carried it, so the same run reached three ways costs one
   * request.
   */
  const listed = new ListedRuns();
  const listingsInFlight = new Set<Promise<unknown>>();

  const run = new RunLoader(
    async (keys) => {
      while (listingsInFlight.size > 0) await Promise.allSettled([...listingsInFlight]);
      return Promise.all(
        keys.map(async (key) => {
          const known = listed.get(key);
          if (known) return known;
          try {
            const { data } = await rest.getWorkflowRun({
              path: { ...repoPath(key), run_id: key.runId },
              ...renames(key),
            });
            return data;
          } catch (error) {
            return error as Error;
          }
        }),
      );
    },
    { cacheKeyFn: runCacheKey },
    // What a write clears must not come back from the listings either.
    listed,
  );

  // Keyed by ids, not names, so it cannot share `run`'s cache; it primes `run` instead, and
  // the run's other fields then load under the names its payload carried.
  const runByRepositoryId = new DataLoader<RepositoryIdRunKey, WorkflowRun, string>(
    (keys) =>
      Promise.all(
        keys.map(async (key) => {
          try {
            const { data } = await rest.getWorkflowRunByRepositoryId({
              path: { repository_id: key.repositoryId, run_id: key.runId },
            });
            run.prime(
              {
                owner: data.repository.owner.login,
                repo: data.repository.name,
                runId: Number(data.id),
              },
              data,
            );
            return data;
          } catch (error) {
            return error instanceof GitHubError && error.code === 'NOT_FOUND'
              ? undocumentedRouteNotFound(key, error)
              : (error as Error);
          }
        }),
      ),
    { cacheKeyFn: (key) => `${key.repositoryId}/${key.runId}` },
  );

  /**
   * Windows of run listings, once per operation for one listing and one set of arguments:
   * 100 runs that each show their workflow's latest runs ask for the same window, which is
   * then built once instead of 100 times (its pages are the `runList` loader's either way).
   */
  const runWindow = new Memo<RunWindow>();

  const runList = perKey<RunListKey, RestPage<WorkflowRun>>(
    ['workflowId', 'filter', 'perPage', 'page'],
    async (key) => {
      const query = { ...key.filter, per_page: key.perPage, page: key.page };
      const listing =
        key.workflowId === undefined
          ? rest.listWorkflowRunsForRepo({ path: repoPath(key), query, ...renames(key) })
          : rest.listWorkflowRuns({
              path: { ...repoPath(key), workflow_id: key.workflowId },
              query,
              ...renames(key),
            });
      listingsInFlight.add(listing);
      try {
        const { data } = await listing;
        listed.add(repoKeyOf(key), data.workflow_runs);
        return { totalCount: data.total_count, items: data.workflow_runs };
      } finally {
        listingsInFlight.delete(listing);
      }
    },
  );

  const attempt = perKey<AttemptKey, WorkflowRun>(['runId', 'attempt'], async (key) => {
    const { data } = await rest.getWorkflowRunAttempt({
      path: { ...repoPath(key), run_id: key.runId, attempt_number: key.attempt },
    });
    return data as WorkflowRun;
  });

  const job = perKey<RepoKey & { jobId: number }, Job>(['jobId'], async (key) => {
    const { data } = await rest.getJobForWorkflowRun({
      path: { ...repoPath(key), job_id: key.jobId },
    });
    return data;
  });

  const jobList = perKey<JobListKey, RestPage<Job>>(
    ['runId', 'attempt', 'perPage', 'page'],
    async (key) => {
      const query = { per_page: key.perPage, page: key.page };
      const { data } =
        key.attempt === undefined
          ? await rest.listJobsForWorkflowRun({
              path: { ...repoPath(key), run_id: key.runId },
              query: { ...query, filter: 'latest' },
            })
          : await rest.listJobsForWorkflowRunAttempt({
              path: { ...repoPath(key), run_id: key.runId, attempt_number: key.attempt },
              query,
            });
      for (const item of data.jobs) job.prime({ ...repoPath(key), jobId: Number(item.id) }, item);
      return { totalCount: data.total_count, items: data.jobs };
    },
  );

  const approvals = perKey<RunKey, EnvironmentApproval[]>(['runId'], async (key) => {
    const { data } = await rest.getReviewsForRun({ path: { ...repoPath(key), run_id: key.runId } });
    return data;
  });

  const pendingDeployments = perKey<RunKey, PendingDeployment[]>(['runId'], async (key) => {
    const { data } = await rest.getPendingDeploymentsForRun({
      path: { ...repoPath(key), run_id: key.runId },
    });
    return data;
  });

  const workflow: DataLoader<WorkflowKey, Workflow, string> = perKey<WorkflowKey, Workflow>(
    ['workflowId'],
    async (key) => {
      const { data } = await rest.getWorkflow({
        path: { ...repoPath(key), workflow_id: key.workflowId },
        ...renames(key),
      });
      // A workflow asked for by file name is the same resource as by its id.
      if (typeof key.workflowId === 'string')
        workflow.prime({ ...repoKeyOf(key), workflowId: data.id }, data);
      return data;
    },
  );

  const workflowList = perKey<RepoKey & { perPage: number; page: number }, RestPage<Workflow>>(
    ['perPage', 'page'],
    async (key) => {
      const { data } = await rest.listRepoWorkflows({
        path: repoPath(key),
        query: { per_page: key.perPage, page: key.page },
        ...renames(key),
      });
      for (const item of data.workflows)
        workflow.prime({ ...repoKeyOf(key), workflowId: item.id }, item);
      return { totalCount: data.total_count, items: data.workflows };
    },
  );

  const repository = perKey<RepoKey, FullRepository>([], async (key) => {
    const { data } = await rest.getRepo({ path: repoPath(key), ...renames(key) });
    return data;
  });

  /** The expiring link of a 302 answer; the zip itself never passes through the gateway. */
  const logs = perKey<RunKey & { attempt?: number | undefined }, LogsLink>(
    ['runId', 'attempt'],
    async (key) => {
      const { location } =
        key.attempt === undefined
          ? await rest.downloadWorkflowRunLogs({ path: { ...repoPath(key), run_id: key.runId } })
          : await rest.downloadWorkflowRunAttemptLogs({
              path: { ...repoPath(key), run_id: key.runId, attempt_number: key.attempt },
            });
      if (!location) throw new Error('GitHub answered the logs route without a Location.');
      return { url: location, expiresAt: expiryOf(location) };
    },
  );

  /** A job log's signed plain-text link, read from the 302 and never followed here. */
  const jobLogLink = perKey<RepoKey & { jobId: number }, LogsLink>(['jobId'], async (key) => {
    const { location } = await rest.downloadJobLogsForWorkflowRun({
      path: { ...repoPath(key), job_id: key.jobId },
    });
    if (!location) throw new Error('GitHub answered the job logs route without a Location.');
    return { url: location, expiresAt: expiryOf(location) };
  });

  const artifactList = perKey<RunKey & { perPage: number; page: number }, RestPage<Artifact>>(
    ['runId', 'perPage', 'page'],
    async (key) => {
      const { data } = await rest.listWorkflowRunArtifacts({
        path: { ...repoPath(key), run_id: key.runId },
        query: { per_page: key.perPage, page: key.page },
      });
      return { totalCount: data.total_count, items: data.artifacts };
    },
  );

  /** An artifact's expiring zip link, read from the 302 as the logs' are. */
  const artifactLink = perKey<RepoKey & { artifactId: number }, LogsLink>(
    ['artifactId'],
    async (key) => {
      const { location } = await rest.downloadArtifact({
        path: { ...repoPath(key), artifact_id: key.artifactId, archive_format: 'zip' },
      });
      if (!location)
        throw new Error('GitHub answered the artifact download route without a Location.');
      return { url: location, expiresAt: expiryOf(location) };
    },
  );

  const loaders = {
    artifactList,
    artifactLink,
    jobLogLink,
    run,
    runByRepositoryId,
    runList,
    runWindow,
    attempt,
    job,
    jobList,
    approvals,
    pendingDeployments,
    workflow,
    workflowList,
    repository,
    logs,
  };
  return {
    ...loaders,
    /**
     * Forgets what a write of this kind may have changed, so what the request reads next
     * comes fresh from GitHub. Whole loaders are cleared, not one key: job lists and attempts
     * are keyed by page or number, and a mutation request rarely holds many.
     */
    afterWrite(kind: WriteKind): void {
      for (const name of staleAfter(kind)) loaders[name].clearAll();
    },
  };
}

/** What a mutation writes: a run (or what hangs off it: jobs, reviews, logs), or a workflow. */
export type WriteKind = 'run' | 'workflow';

/** A loader's name, as `ctx.loaders` holds it. */
type LoaderName = Exclude<keyof Loaders, 'afterWrite'>;

/**
 * For every loader, the writes after which its answers may be stale. A record of every
 * loader `createLoaders` makes, so a new loader does not compile until it
 * says what makes it stale. Artifacts, log links and repositories are never written here
 * and outlive a run write's request; a write's payload reads runs, jobs and reviews fresh.
 */
const staleWhen = {
  run: ['run'],
  // Read by node id, it primes `run`, whose clear covers what matters; kept as it was.
  runByRepositoryId: [],
  runList: ['run'],
  runWindow: ['run'],
  attempt: ['run'],
  job: ['run'],
  jobList: ['run'],
  approvals: ['run'],
  pendingDeployments: ['run'],
  logs: ['run'],
  workflow: ['workflow'],
  workflowList: ['workflow'],
  repository: [],
  artifactList: [],
  artifactLink: [],
  jobLogLink: [],
} as const satisfies Record<LoaderName, readonly WriteKind[]>;

/** The same table read the other way: the loaders a kind of write clears. */
function staleAfter(kind: WriteKind): LoaderName[] {
  const names = Object.keys(staleWhen) as LoaderName[];
  return names.filter((name) => (staleWhen[name] as readonly WriteKind[]).includes(kind));
}

export type Loaders = ReturnType<typeof createLoaders>;
