/**
 * One pino line per operation, captured from a real gateway against the simulator: the
 * figures match the simulator's count, the request id is the caller's or a new one and is
 * echoed, and neither the token nor a variable's value ever reaches the output.
 */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { EtagCache } from '../../src/github/etag-cache.js';
import { createLogger, type LogLevel } from '../../src/observability/logger.js';
import { DEMO_TOKENS } from '../../src/simulator/index.js';
import { type Harness, startHarness } from '../helpers/harness.js';

const Runs = `
  query LoggedRuns($owner: String!, $branch: String) {
    repository(owner: $owner, name: "octo-repo") {
      workflowRuns(first: 3, filterBy: { branch: $branch }) { nodes { databaseId jobs(first: 2) { totalCount } } }
    }
  }
`;
/** A variable value distinctive enough that finding it anywhere in the output is a leak. */
const SECRET_BRANCH = 'feature-zx81-do-not-log';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function capture(level: LogLevel = 'info') {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return {
    logger: createLogger({ level, destination }),
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('operation log', () => {
  it('writes one JSON line per operation with its figures, never a token or a variable value', async () => {
    const log = capture();
    h = await startHarness({
      size: 'small',
      etagCache: new EtagCache(8 * 1024 * 1024),
      observability: { logger: log.logger },
    });
    h.simulator.clock.freeze();
    const variables = { owner: 'octo-org', branch: SECRET_BRANCH };
    const first = await h.execute(Runs, variables, { headers: { 'x-request-id': 'lb-req-42' } });
    expect(first.errors).toBeUndefined();
    const firstCalls = h.upstreamCalls();
    h.resetCalls();
    await h.execute(Runs, variables);
    const secondCalls = h.upstreamCalls();
    expect(h.upstreamCalls({ status: 304 })).toBe(secondCalls);

    const [one, two, ...rest] = log.lines();
    expect(rest).toEqual([]);
    expect(one).toMatchObject({
      level: 30,
      msg: 'operation',
      requestId: 'lb-req-42',
      operationName: 'LoggedRuns',
      operationType: 'query',
      upstreamRequests: firstCalls,
      quotaSpent: firstCalls,
      errorCodes: [],
    });
    expect(one!.durationMs).toEqual(expect.any(Number));
    // The repeat revalidates every GET: as many requests, none of them spending quota.
    expect(two).toMatchObject({ upstreamRequests: secondCalls, quotaSpent: 0 });
    expect(two!.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const text = log.text();
    for (const leak of [DEMO_TOKENS.admin, SECRET_BRANCH, 'octo-org', 'authorization'])
      expect(text.toLowerCase()).not.toContain(leak.toLowerCase());
  });

  it('logs the error codes of a refused operation, and echoes the request id', async () => {
    const log = capture();
    h = await startHarness({ size: 'small', observability: { logger: log.logger } });
    const response = await h.gateway.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${DEMO_TOKENS.admin}`,
        'x-request-id': 'caller-7',
      },
      body: JSON.stringify({
        query: Runs,
        variables: { owner: 'octo-org', branch: 'bad~ref-zx81' },
      }),
    });
    expect(response.headers.get('x-request-id')).toBe('caller-7');
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    const codes = body.errors.map((error) => error.extensions.code);
    expect(codes).toContain('BAD_USER_INPUT');
    expect(h.upstreamCalls()).toBe(0);
    expect(log.lines()).toMatchObject([
      {
        requestId: 'caller-7',
        operationName: 'LoggedRuns',
        upstreamRequests: 0,
        errorCodes: codes,
      },
    ]);
    expect(log.text()).not.toContain('bad~ref-zx81');
  });

  it('replaces a request id that is not a plain token, and LOG_LEVEL=warn drops the lines', async () => {
    const log = capture('warn');
    h = await startHarness({ size: 'small', observability: { logger: log.logger } });
    const response = await h.gateway.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'a b\tc' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(log.lines()).toEqual([]);
  });
});
