/**
 * Each layer of the REST client alone, in front of a fake sender that records what reaches
 * it and answers from a script, as undici's interceptor tests do.
 */
import { describe, expect, it, vi } from 'vitest';
import { GitHubError, RateLimitedError } from '../../src/github/errors.js';
import { EtagCache } from '../../src/github/etag-cache.js';
import { conditionalRequests } from '../../src/github/layers/conditional-requests.js';
import { followRenames } from '../../src/github/layers/follow-renames.js';
import {
  type ClientState,
  compose,
  type Layer,
  type UpstreamAnswer,
  type UpstreamRequest,
} from '../../src/github/layers/layer.js';
import { readLogLinks } from '../../src/github/layers/log-links.js';
import { parseJson } from '../../src/github/layers/parse-json.js';
import { readRateLimitHeaders } from '../../src/github/layers/rate-limit-headers.js';
import { refuseWhenGone } from '../../src/github/layers/refuse-when-gone.js';
import { requestBudget } from '../../src/github/layers/request-budget.js';
import { shareReads } from '../../src/github/layers/share-reads.js';
import { ReadsInFlight } from '../../src/github/reads-in-flight.js';
import { retry } from '../../src/github/layers/retry.js';
import { statusErrors } from '../../src/github/layers/status-errors.js';
import { recordPause, refusePaused } from '../../src/github/layers/token-pause.js';
import { MemoryPauseStore } from '../../src/github/token-pause.js';

const API = 'https://api.github.com';

function state(signal = new AbortController().signal): ClientState {
  return {
    caller: 'caller-key',
    signal,
    sent: 0,
    revalidated: 0,
    shared: 0,
    objects: 0,
    rateLimit: undefined,
  };
}

function get(pathAndQuery = '/repos/o/r/actions/runs'): UpstreamRequest {
  return {
    route: 'listWorkflowRunsForRepo',
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs',
    pathAndQuery,
    body: undefined,
    write: false,
    followRenames: true,
    headers: {},
  };
}

const post = (): UpstreamRequest => ({
  ...get('/repos/o/r/actions/runs/1/cancel'),
  route: 'cancelWorkflowRun',
  method: 'POST',
  write: true,
});

function answer(
  status: number,
  headers: UpstreamAnswer['headers'] = {},
  text = '{}',
): UpstreamAnswer {
  return { status, headers, text };
}

/** A sender answering from `script` in turn (a thrown Error is thrown) and recording requests. */
function fake(...script: (UpstreamAnswer | Error)[]) {
  const seen: UpstreamRequest[] = [];
  const send = async (req: UpstreamRequest) => {
    seen.push(req);
    const next = script.shift();
    if (!next) throw new Error('the fake sender ran out of answers');
    if (next instanceof Error) throw next;
    return next;
  };
  return { seen, send };
}

/** A sender whose answers wait until the test gives them, recording requests as they go out. */
function held() {
  const seen: UpstreamRequest[] = [];
  const waiting: Array<{ resolve: (a: UpstreamAnswer) => void; reject: (e: Error) => void }> = [];
  return {
    seen,
    send: (req: UpstreamRequest) =>
      new Promise<UpstreamAnswer>((resolve, reject) => {
        seen.push(req);
        waiting.push({ resolve, reject });
      }),
    answerAll(a: UpstreamAnswer) {
      for (const w of waiting.splice(0)) w.resolve(a);
    },
    fail(index: number, error: Error) {
      waiting.splice(index, 1)[0]!.reject(error);
    },
  };
}

const through = (layers: Layer[], sender: ReturnType<typeof fake>) => compose(layers, sender.send);

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as GitHubError).code;
  }
}

describe('REST client layers', () => {
  it('retry: sends a read again after a 5xx, and never a write', async () => {
    const read = fake(answer(502), answer(503), answer(200));
    const s = state();
    expect((await through([retry(s)], read)(get())).status).toBe(200);
    expect(read.seen).toHaveLength(3);

    const write = fake(answer(502));
    expect((await through([retry(s)], write)(post())).status).toBe(502);
    expect(write.seen).toHaveLength(1);
  });

  it('retry: a retry the budget refuses is not sent, and the first failure is what shows', async () => {
    const s = state();
    const upstream = fake(answer(502), answer(502));
    const send = through([retry(s), requestBudget(1, s)], upstream);
    expect((await send(get())).status).toBe(502);
    expect(upstream.seen).toHaveLength(1);
    expect(s.sent).toBe(1);
  });

  it('retry: a connection reset is retried; a refused connection is not', async () => {
    const reset = Object.assign(new GitHubError('UPSTREAM_ERROR', 'reset'), {
      cause: Object.assign(new Error('socket'), { code: 'ECONNRESET' }),
    });
    const refusedConnection = Object.assign(new GitHubError('UPSTREAM_ERROR', 'refused'), {
      cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
    });
    const s = state();
    const flaky = fake(reset, answer(200));
    expect((await through([retry(s)], flaky)(get())).status).toBe(200);
    const down = fake(refusedConnection);
    expect(await codeOf(through([retry(s)], down)(get()))).toBe('UPSTREAM_ERROR');
    expect(down.seen).toHaveLength(1);
  });

  it('budget: counts every request sent and refuses past the limit, even requests started together', async () => {
    const s = state();
    const upstream = fake(answer(200), answer(200), answer(200));
    const send = through([requestBudget(2, s)], upstream);
    const codes = await Promise.all([send(get()), send(get()), send(get())].map(codeOf));
    expect(codes.sort()).toEqual(['MAX_UPSTREAM_REQUESTS_EXCEEDED', undefined, undefined].sort());
    expect(upstream.seen).toHaveLength(2);
    expect(s.sent).toBe(2);
  });

  it('abort: nothing is sent once the caller has gone', async () => {
    const gone = new AbortController();
    const upstream = fake(answer(200));
    const send = through([refuseWhenGone(state(gone.signal))], upstream);
    gone.abort();
    expect(await codeOf(send(get()))).toBe('REQUEST_ABORTED');
    expect(upstream.seen).toHaveLength(0);
  });

  it("token pause: GitHub's secondary limit pauses the token; its next request is refused unsent", async () => {
    const pauses = new MemoryPauseStore();
    const s = state();
    const upstream = fake(
      answer(429, { 'retry-after': '30' }, '{"message":"slow down"}'),
      answer(200),
    );
    const send = through([recordPause(pauses, s), statusErrors, refusePaused(pauses, s)], upstream);
    await expect(send(get())).rejects.toBeInstanceOf(RateLimitedError);
    const pause = pauses.get('caller-key');
    expect(pause?.kind).toBe('secondary');
    const refusal = await send(get()).catch((error: RateLimitedError) => error);
    expect(refusal).toBeInstanceOf(RateLimitedError);
    expect((refusal as RateLimitedError).details.retryAfter).toBeGreaterThanOrEqual(29);
    expect(upstream.seen).toHaveLength(1);
    // The refusal does not stretch the pause it reports.
    expect(pauses.get('caller-key')?.until).toBe(pause?.until);
  });

  it('conditional requests: a 304 answers with the kept body, parsed once, and is counted as revalidated', async () => {
    const cache = new EtagCache(1 << 20);
    const s = state();
    const upstream = fake(
      answer(200, { etag: '"v1"' }, '{"total_count":1,"workflow_runs":[{}]}'),
      answer(304),
    );
    const send = through([conditionalRequests(cache, s), readRateLimitHeaders(s)], upstream);
    const first = parseJson(await send(get()), s);
    const second = parseJson(await send(get()), s);
    expect(upstream.seen[0]?.headers['if-none-match']).toBeUndefined();
    expect(upstream.seen[1]?.headers['if-none-match']).toBe('"v1"');
    expect(second.status).toBe(200);
    expect(second.data).toEqual({ total_count: 1, workflow_runs: [{}] });
    // The same object: the 304 cost no parse.
    expect(second.data).toBe(first.data);
    expect(s.revalidated).toBe(1);
    expect(s.objects).toBe(2);
  });

  it('conditional requests: an answer without an ETag drops what was kept; writes are never conditional', async () => {
    const cache = new EtagCache(1 << 20);
    const s = state();
    const key = EtagCache.key(s.caller, '/repos/o/r/actions/runs');
    cache.set(key, { etag: '"old"', body: '{}' });
    const upstream = fake(answer(200, {}, '{}'), answer(202));
    const send = through([conditionalRequests(cache, s)], upstream);
    await send(get());
    expect(cache.get(key)).toBeUndefined();
    await send(post());
    expect(upstream.seen[1]?.headers['if-none-match']).toBeUndefined();
  });

  it('renames: follows a 301 on the API origin for a read, refuses one to another host', async () => {
    const moved = answer(301, { location: `${API}/repositories/42/actions/runs` });
    const upstream = fake(moved, answer(200));
    const send = through([followRenames(API)], upstream);
    expect((await send(get())).status).toBe(200);
    expect(upstream.seen.map((r) => r.pathAndQuery)).toEqual([
      '/repos/o/r/actions/runs',
      '/repositories/42/actions/runs',
    ]);
    const elsewhere = fake(answer(301, { location: 'https://evil.example/repositories/42' }));
    expect(await codeOf(through([followRenames(API)], elsewhere)(get()))).toBe('UPSTREAM_ERROR');
    expect(elsewhere.seen).toHaveLength(1);
  });

  it('log links: a logs route 302 is a link, read and never followed; elsewhere it is an error', async () => {
    const logs: UpstreamRequest = {
      ...get('/repos/o/r/actions/runs/1/logs'),
      route: 'downloadWorkflowRunLogs',
    };
    const upstream = fake(answer(302, { location: 'https://logs.example/signed' }, ''));
    const link = parseJson(await through([statusErrors, readLogLinks], upstream)(logs), state());
    expect(link).toMatchObject({
      status: 302,
      location: 'https://logs.example/signed',
      data: undefined,
    });
    expect(upstream.seen).toHaveLength(1);
    const other = fake(answer(302, { location: 'https://logs.example/signed' }, ''));
    expect(await codeOf(through([statusErrors, readLogLinks], other)(get()))).toBe(
      'UPSTREAM_ERROR',
    );
  });

  it("shared reads: a caller's identical reads in flight go out once; other callers and paths go out", async () => {
    const upstream = held();
    const reads = new ReadsInFlight();
    const [a1, a2, b] = [state(), state(), { ...state(), caller: 'other-caller' }];
    const sender = (s: ClientState) =>
      compose([shareReads(reads, s), requestBudget(10, s)], upstream.send);
    const answers = [
      sender(a1)(get()),
      sender(a2)(get()),
      sender(a2)(get('/repos/o/r/actions/runs?page=2')),
      sender(b)(get()),
    ];
    expect(upstream.seen.map((r) => r.pathAndQuery)).toEqual([
      '/repos/o/r/actions/runs',
      '/repos/o/r/actions/runs?page=2',
      '/repos/o/r/actions/runs',
    ]);
    expect(reads.size).toBe(3);
    upstream.answerAll(answer(200, { etag: '"x"' }, '[1]'));
    const [first, joined] = await Promise.all(answers);
    expect(joined).toBe(first);
    // The joiner spent nothing: one request sent, counted where it was sent.
    expect([a1.sent, a2.sent, a2.shared, b.sent]).toEqual([1, 1, 1, 1]);
    expect(reads.size).toBe(0);
  });

  it("shared reads: a write closes its caller's flights, so a read after it is sent again", async () => {
    const upstream = held();
    const reads = new ReadsInFlight();
    const s = state();
    const send = compose([shareReads(reads, s)], upstream.send);
    const before = send(get());
    const write = send(post());
    const after = send(get());
    expect(upstream.seen.map((r) => r.method)).toEqual(['GET', 'POST', 'GET']);
    upstream.answerAll(answer(200));
    await Promise.all([before, write, after]);
    expect(s.shared).toBe(0);
  });

  it('shared reads: a joiner sends its own read when the leader went away or its budget was spent', async () => {
    const upstream = held();
    const reads = new ReadsInFlight();
    const gone = new AbortController();
    const leader = state(gone.signal);
    const joiner = state();
    const sender = (s: ClientState, budget: number) =>
      compose([shareReads(reads, s), refuseWhenGone(s), requestBudget(budget, s)], upstream.send);
    const led = sender(leader, 10)(get());
    const joined = sender(joiner, 10)(get());
    gone.abort();
    upstream.fail(0, new GitHubError('REQUEST_ABORTED', 'the caller went away'));
    expect(await codeOf(led)).toBe('REQUEST_ABORTED');
    await vi.waitFor(() => expect(upstream.seen).toHaveLength(2));
    upstream.answerAll(answer(200));
    expect((await joined).status).toBe(200);
    expect(joiner.shared).toBe(0);

    const spent = state();
    spent.sent = 1;
    const refusedLead = sender(spent, 1)(get('/spent'));
    const joinedAfterRefusal = sender(state(), 10)(get('/spent'));
    expect(await codeOf(refusedLead)).toBe('MAX_UPSTREAM_REQUESTS_EXCEEDED');
    await vi.waitFor(() => expect(upstream.seen.map((r) => r.pathAndQuery)).toContain('/spent'));
    upstream.answerAll(answer(200));
    expect((await joinedAfterRefusal).status).toBe(200);
  });

  it("status errors: GitHub's statuses become stable codes", async () => {
    const cases: [UpstreamAnswer, string][] = [
      [answer(401), 'UNAUTHENTICATED'],
      [answer(404), 'NOT_FOUND'],
      [answer(422, {}, '{"message":"bad"}'), 'BAD_USER_INPUT'],
      [answer(403, {}, '{"message":"You have exceeded a secondary rate limit"}'), 'RATE_LIMITED'],
      [
        answer(403, {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-limit': '60',
          'x-ratelimit-used': '60',
          'x-ratelimit-reset': '1780000000',
        }),
        'RATE_LIMITED',
      ],
      [answer(403, {}, '<html>'), 'FORBIDDEN'],
      [answer(500, {}, '<html>'), 'UPSTREAM_ERROR'],
    ];
    for (const [given, code] of cases) {
      expect(
        await codeOf(through([statusErrors], fake(given))(get())),
        `${given.status} ${given.text}`,
      ).toBe(code);
    }
  });

  it('JSON: a body that is not JSON is an upstream error, not a crash', () => {
    expect(() => parseJson(answer(200, {}, '<html>'), state())).toThrow(GitHubError);
  });

  it('JSON: an answer read twice (shared by reads in flight) is parsed once', () => {
    const shared = answer(200, {}, '{"workflow_runs":[]}');
    const [a, b] = [state(), state()];
    expect(parseJson(shared, a).data).toBe(parseJson(shared, b).data);
    expect([a.objects, b.objects]).toEqual([1, 1]);
  });
});

describe('the composed client', () => {
  it('asks the pause store once for a read, and before and after the wait for a write', async () => {
    const { createGitHubClient } = await import('../../src/github/client.js');
    const { MockAgent } = await import('undici');
    const agent = new MockAgent();
    agent.disableNetConnect();
    const pool = agent.get(API);
    pool.intercept({ path: '/repos/o/r/actions/runs/1', method: 'GET' }).reply(200, '{}');
    pool.intercept({ path: '/repos/o/r/actions/runs/1/cancel', method: 'POST' }).reply(202, '{}');
    const asked: string[] = [];
    const pauses = new MemoryPauseStore();
    const counting = {
      get: (caller: string) => {
        asked.push(caller);
        return pauses.get(caller);
      },
      set: (caller: string, pause: Parameters<MemoryPauseStore['set']>[1]) =>
        pauses.set(caller, pause),
    };
    const client = createGitHubClient({
      apiUrl: API,
      apiVersion: '2022-11-28',
      timeoutMs: 1_000,
      dispatcher: agent,
      pauses: counting,
    });
    await client.rest.getWorkflowRun({ path: { owner: 'o', repo: 'r', run_id: 1 } });
    expect(asked).toHaveLength(1);
    await client.rest.cancelWorkflowRun({ path: { owner: 'o', repo: 'r', run_id: 1 } });
    expect(asked).toHaveLength(3);
    await agent.close();
  });
});
