/**
 * An embedded simulator on a loopback port and a gateway in front of it. The GraphQL side
 * is called through `gateway.fetch` (no port), the upstream side over real HTTP, so the
 * simulator counts every upstream request the gateway makes.
 */
import type { GraphQLFormattedError } from 'graphql';
import type { EtagCache } from '../../src/github/etag-cache.js';
import type { UpstreamScheduler } from '../../src/github/scheduler.js';
import { MemoryPauseStore } from '../../src/github/token-pause.js';
import { WriteSpacer } from '../../src/github/write-spacing.js';
import { DEMO_TOKENS, startSimulator } from '../../src/simulator/index.js';
import { createGateway, type GatewayOptions } from '../../src/yoga.js';

type SimulatorOptions = NonNullable<Parameters<typeof startSimulator>[0]>;

/** What `graphql()` of the client preset returns in string mode. */
export interface TypedDocument<Result, Variables> {
  toString(): string;
  /** Phantom members that carry the operation's types. */
  __apiType?: (variables: Variables) => Result;
}

export interface GraphQLResponse<Result> {
  status: number;
  data?: Result | null;
  errors?: GraphQLFormattedError[];
}

export interface ExecuteOptions {
  /** A token, or `null` for an anonymous call. Defaults to the demo admin token. */
  token?: string | null;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
}

export async function startHarness(
  options: SimulatorOptions & {
    timeoutMs?: number;
    connections?: number;
    maxUpstreamRequests?: number;
    etagCache?: EtagCache;
    corsOrigins?: string[];
    scheduler?: UpstreamScheduler;
    /** Least milliseconds between two writes of one token; 0 (none) unless a test asks. */
    writeIntervalMs?: number;
    /** Metrics, tracing and the operation log (src/observability/); none unless a test asks. */
    observability?: Pick<GatewayOptions, 'metrics' | 'tracing' | 'logger'>;
  } = {},
) {
  const {
    timeoutMs = 5_000,
    connections = 16,
    maxUpstreamRequests,
    etagCache,
    corsOrigins,
    writeIntervalMs = 0,
    observability,
    scheduler,
    ...simulatorOptions
  } = options;
  const pauses = new MemoryPauseStore();
  const simulator = await startSimulator({ port: 0, ...simulatorOptions });
  const gateway = createGateway({
    upstream: {
      apiUrl: simulator.url,
      timeoutMs,
      connections,
      maxUpstreamRequests,
      etagCache,
      pauses,
      writeSpacer: new WriteSpacer(writeIntervalMs),
      scheduler,
    },
    corsOrigins,
    ...observability,
  });

  async function execute<Result, Variables>(
    document: TypedDocument<Result, Variables> | string,
    variables?: Variables,
    { token = DEMO_TOKENS.admin, method = 'POST', headers = {} }: ExecuteOptions = {},
  ): Promise<GraphQLResponse<Result>> {
    const query = document.toString();
    const auth: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` };
    const response =
      method === 'POST'
        ? await gateway.fetch('http://gateway/graphql', {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/json',
              ...auth,
              ...headers,
            },
            body: JSON.stringify({ query, variables }),
          })
        : await gateway.fetch(
            `http://gateway/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables ?? {}) })}`,
            { method: 'GET', headers: { accept: 'application/json', ...auth, ...headers } },
          );
    const body = (await response.json()) as Omit<GraphQLResponse<Result>, 'status'>;
    return { status: response.status, ...body };
  }

  return {
    simulator,
    gateway,
    execute,
    /** Upstream requests the simulator saw since the last reset, optionally filtered. */
    upstreamCalls: (filter?: { method?: string; route?: string; status?: number }) =>
      simulator.requests.total(filter),
    upstreamLog: () => simulator.requests.list(),
    resetCalls: () => simulator.requests.reset(),
    /** Forgets the tokens GitHub told to wait, so a test after a rate-limit test starts clean. */
    forgetPauses: () => pauses.clear(),
    async close() {
      await gateway.close();
      await simulator.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** The codes of a response's errors, in order. */
export function errorCodes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
