/**
 * Starts the simulator: one node:http server on 127.0.0.1 whose request pipeline is
 *   control routes -> latency / reset faults -> route match -> auth -> primary limit ->
 *   secondary-limit and 5xx faults -> clock-driven lifecycle -> repository access ->
 *   handler -> ETag / 304 -> rate-limit headers -> (slow) body.
 * Faults are decided before the handler runs, so a faulted request never changes state.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RequestLog, type RequestFilter, type RequestRecord } from './accounting.js';
import { identify, type Identity } from './auth.js';
import { createClock, DEFAULT_CLOCK_START } from './clock.js';
import { handleControl } from './control-routes.js';
import { FaultInjector } from './faults.js';
import { ApiError, notFound } from './http/api-error.js';
import { etagFor, matchesIfNoneMatch } from './http/etag.js';
import { parseJsonBody, type HandlerContext, type Reply } from './http/handler.js';
import { LogUrlSigner } from './logs/signed-url.js';
import type { Faults, SimulatorOptions } from './options.js';
import { RateLimiter, rateLimitHeaders } from './rate-limit.js';
import { UNMATCHED_ROUTE, type RouteDef } from './route-table.js';
import { matchRoute } from './router.js';
import { advanceWorld as advanceRuns } from './world/lifecycle.js';
import { NewRuns } from './world/new-runs.js';
import type { JobRecord, RepoRecord, RunRecord, World } from './world/model.js';
import { fullName } from './world/model.js';
import { seedWorld } from './world/seed-world.js';
import { WebhookSender } from './webhooks/webhook-sender.js';

export interface Simulator {
  /** API root without a trailing slash, e.g. `http://127.0.0.1:40123`. */
  url: string;
  close(): Promise<void>;
  requests: {
    total(filter?: RequestFilter): number;
    list(): RequestRecord[];
    reset(): void;
  };
  clock: { now(): Date; freeze(at?: Date): void; advance(ms: number): void; unfreeze(): void };
  faults: { set(f: Partial<Faults>): void; clear(): void };
  /** Takes a token back (it answers 401 from then on), or gives it back. */
  tokens: { revoke(token: string): void; restore(token: string): void };
  /** Present with the `webhook` option: resolves once every delivery so far was answered. */
  webhooks?: {
    idle(): Promise<void>;
    readonly delivered: ReadonlyArray<{ event: string; status: number }>;
  };
  /** Starts delivering signed webhooks of the simulator's changes to `url` (demo mode's gateway). */
  deliverWebhooks(target: { url: string; secret: string }): void;
  /** Read-only views of the world for tests. Do not mutate what they return. */
  state: SimulatorState;
}

export interface SimulatorState {
  readonly world: World;
  repo(fullName: string): RepoRecord | undefined;
  /** Live (not deleted) runs of a repository, newest first, with the clock's effects applied. */
  runs(fullName: string): RunRecord[];
  run(id: number): RunRecord | undefined;
  job(id: number): JobRecord | undefined;
}

interface Outcome {
  status: number;
  headers: Record<string, string>;
  body?: Buffer;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function findRepo(
  world: World,
  route: RouteDef,
  params: Record<string, string>,
): RepoRecord | undefined {
  if (route.scope === 'repository-id') {
    const id = params['repository_id'] ?? '';
    return /^\d+$/.test(id) ? world.repos.find((r) => r.id === Number(id)) : undefined;
  }
  const name = `${params['owner'] ?? ''}/${params['repo'] ?? ''}`.toLowerCase();
  return world.repos.find((r) => fullName(r).toLowerCase() === name);
}

/**
 * A repository asked for by a name it had before a rename answers as GitHub does: 301 for
 * a GET (307 for other methods) to the same route under `/repositories/{id}`.
 */
function movedRepository(
  world: World,
  base: string,
  url: URL,
  method: string,
  params: Record<string, string>,
  identity: Identity,
): ApiError | undefined {
  const owner = (params['owner'] ?? '').toLowerCase();
  const name = (params['repo'] ?? '').toLowerCase();
  const repo = world.repos.find(
    (r) =>
      r.owner.login.toLowerCase() === owner && r.formerNames.some((n) => n.toLowerCase() === name),
  );
  if (!repo || (repo.private && identity.kind === 'anonymous')) return undefined;
  const rest = url.pathname.split('/').slice(4).join('/');
  const location = `${base}/repositories/${repo.id}${rest ? `/${rest}` : ''}${url.search}`;
  return new ApiError(
    method === 'GET' ? 301 : 307,
    'Moved Permanently',
    undefined,
    { location },
    location,
  );
}

/** Private repositories hide from callers without a valid token; writes need the admin token. */
function checkAccess(
  repo: RepoRecord | undefined,
  route: RouteDef,
  identity: Identity,
): RepoRecord {
  if (!repo || (repo.private && identity.kind === 'anonymous')) throw notFound();
  if (route.write && identity.kind === 'anonymous')
    throw new ApiError(401, 'Requires authentication');
  if (route.write && identity.kind !== 'admin')
    throw new ApiError(403, 'Resource not accessible by personal access token');
  return repo;
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const seed = opts.seed ?? 1;
  const clockStart = opts.clockStart ?? DEFAULT_CLOCK_START;
  const clock = createClock(clockStart);
  const world = seedWorld(seed, opts.size, clockStart, {
    smallIds: opts.smallIds ?? false,
    services: opts.services ?? 0,
  });
  const requests = new RequestLog();
  const faults = new FaultInjector(seed, {
    ...(opts.latency ? { latency: opts.latency } : {}),
    ...opts.faults,
  });
  const rateLimiter = new RateLimiter(clock, opts.rateLimit ?? 5000);
  const signer = new LogUrlSigner();
  const newRuns = opts.newRuns ? new NewRuns(world, opts.newRuns, clockStart) : undefined;
  // The clock's effects: runs due to be created, then every schedule due.
  const advanceWorld = (w: World, now: Date) => {
    newRuns?.due(now);
    advanceRuns(w, now);
  };
  const revoked = new Set<string>();
  let base = '';

  function answer(
    req: IncomingMessage,
    url: URL,
    rawBody: string,
    identity: Identity,
    match: ReturnType<typeof matchRoute>,
    decision: ReturnType<FaultInjector['decide']>,
  ): Outcome {
    const route = match?.route;
    const limited = route?.scope === 'repo' || route?.scope === 'repository-id';
    let rateHeaders: Record<string, string> = {};
    let reply: Reply;
    let conditional = false;
    try {
      if (!match || !route) throw notFound();
      if (identity.kind === 'invalid') throw new ApiError(401, 'Bad credentials');
      if (route.scope !== 'signed') {
        const state = rateLimiter.state(identity.kind);
        rateHeaders = rateLimitHeaders(state);
        if (limited && state.remaining === 0) {
          throw new ApiError(
            403,
            `API rate limit exceeded for ${identity.user?.login ?? '127.0.0.1'}.`,
          );
        }
      }
      if (decision.secondary) {
        const { status, retryAfter } = decision.secondary;
        throw new ApiError(
          status,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          undefined,
          retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) },
        );
      }
      if (decision.serverError) throw new ApiError(decision.serverError, 'Server Error');
      const now = clock.now();
      advanceWorld(world, now);
      const found = limited ? findRepo(world, route, match.params) : undefined;
      if (limited && !found && route.scope === 'repo') {
        const moved = movedRepository(
          world,
          base,
          url,
          req.method ?? 'GET',
          match.params,
          identity,
        );
        if (moved) throw moved;
      }
      const repo = limited ? checkAccess(found, route, identity) : undefined;
      let parsed: { value: unknown } | undefined;
      const ctx: HandlerContext = {
        world,
        base,
        url,
        now,
        params: match.params,
        identity,
        signer,
        rateLimit: rateLimiter.state(identity.kind),
        ...(repo ? { repo } : {}),
        body: () => (parsed ??= { value: parseJsonBody(rawBody) }).value,
      };
      reply = route.handler(ctx);
      conditional = req.method === 'GET' && reply.status === 200;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      reply = { status: error.status, body: error.body(), headers: error.headers };
    }

    const headers: Record<string, string> = { ...(reply.headers ?? {}) };
    let body: Buffer | undefined;
    if (reply.body !== undefined) {
      body = Buffer.isBuffer(reply.body) ? reply.body : Buffer.from(JSON.stringify(reply.body));
      headers['content-type'] ??= JSON_TYPE;
    }
    let status = reply.status;
    if (conditional && body) {
      const etag = etagFor(body);
      headers['etag'] = etag;
      if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
        // GitHub does not charge a 304 to the rate limit.
        status = 304;
        body = undefined;
        delete headers['content-type'];
      }
    }
    if (
      limited &&
      identity.kind !== 'invalid' &&
      status !== 304 &&
      !(status === 403 && rateHeaders['x-ratelimit-remaining'] === '0')
    ) {
      rateLimiter.consume(identity.kind);
      rateHeaders = rateLimitHeaders(rateLimiter.state(identity.kind));
    }
    return { status, headers: { ...rateHeaders, ...headers }, ...(body ? { body } : {}) };
  }

  async function send(res: ServerResponse, outcome: Outcome, slowBodyMs: number): Promise<void> {
    const headers = { ...outcome.headers, 'x-github-media-type': 'github.v3; format=json' };
    if (!outcome.body) {
      res.writeHead(outcome.status, headers).end();
      return;
    }
    res.writeHead(outcome.status, { ...headers, 'content-length': String(outcome.body.length) });
    if (slowBodyMs <= 0) {
      res.end(outcome.body);
      return;
    }
    const parts = 10;
    const size = Math.ceil(outcome.body.length / parts);
    for (let i = 0; i < parts && !res.destroyed; i++) {
      res.write(outcome.body.subarray(i * size, (i + 1) * size));
      await sleep(slowBodyMs / parts);
    }
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = performance.now();
    const url = new URL(req.url ?? '/', base);
    const method = (req.method ?? 'GET').toUpperCase();
    const rawBody = await readBody(req);
    if (url.pathname.startsWith('/_simulator/')) {
      handleControl(
        { requests, clock, faults, rateLimiter, revoked },
        method,
        url.pathname,
        rawBody,
        res,
      );
      return;
    }
    const match = matchRoute(method, url.pathname);
    const routeKey = match?.route.template ?? UNMATCHED_ROUTE;
    const carried: Identity = identify(req.headers.authorization, revoked);
    // A signed link is answered without looking at a token, but the accounting still records
    // the one that came with it: a test must see a token sent where none belongs.
    const identity: Identity = match?.route.scope === 'signed' ? { kind: 'anonymous' } : carried;
    const decision = faults.decide(routeKey);
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    const record = (status: number): RequestRecord => {
      const entry: RequestRecord = {
        method,
        route: routeKey,
        path: url.pathname,
        status,
        token: carried.kind,
        latencyMs: decision.latencyMs,
      };
      requests.add(entry);
      return entry;
    };
    if (decision.reset) {
      record(0);
      req.socket.destroy();
      return;
    }
    const outcome = answer(req, url, rawBody, identity, match, decision);
    const entry = record(outcome.status);
    sender?.check();
    await send(res, outcome, decision.slowBodyMs);
    entry.answeredMs = performance.now() - arrived;
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug, not a simulated failure: answer 500 and say so on stderr.
      console.error('simulator: unhandled error', error);
      if (!res.headersSent)
        res
          .writeHead(500, { 'content-type': JSON_TYPE })
          .end(JSON.stringify({ message: 'Simulator error' }));
      else res.destroy();
    });
  });
  // Longer than any client's idle timeout (undici's is 4 s), as GitHub's is: the client, not
  // the simulator, closes an idle connection, so a request never races a closing socket
  // (an ECONNRESET a loaded machine would otherwise show now and then).
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let sender: WebhookSender | undefined;
  const deliverWebhooks = (target: { url: string; secret: string }) => {
    sender?.stop();
    sender = new WebhookSender(
      world,
      () => base,
      target,
      () => advanceWorld(world, clock.now()),
    );
    return sender;
  };
  if (opts.webhook) deliverWebhooks(opts.webhook);

  const liveRuns = (name: string): RunRecord[] => {
    advanceWorld(world, clock.now());
    return [...world.runs.values()]
      .filter((r) => !r.deleted && fullName(r.repo).toLowerCase() === name.toLowerCase())
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
  };

  return {
    url: base,
    get webhooks() {
      return sender;
    },
    deliverWebhooks,
    close: () =>
      new Promise<void>((resolve, reject) => {
        sender?.stop();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    requests: {
      total: (f) => requests.total(f),
      list: () => requests.list(),
      reset: () => requests.reset(),
    },
    clock: {
      now: () => clock.now(),
      freeze: (at) => clock.freeze(at),
      advance: (ms) => clock.advance(ms),
      unfreeze: () => clock.unfreeze(),
    },
    faults: { set: (f) => faults.set(f), clear: () => faults.clear() },
    tokens: { revoke: (t) => void revoked.add(t), restore: (t) => void revoked.delete(t) },
    state: {
      world,
      repo: (name) => world.repos.find((r) => fullName(r).toLowerCase() === name.toLowerCase()),
      runs: liveRuns,
      run: (id) => {
        advanceWorld(world, clock.now());
        return world.runs.get(id);
      },
      job: (id) => world.jobs.get(id),
    },
  };
}
