/**
 * The span tree of one operation, through the real SDK setup (src/observability/tracing.ts)
 * with an in-memory exporter: the caller's traceparent is the parent, the operation's span
 * holds a client span per REST request with its route template, method, status and cache
 * outcome.
 */
import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EtagCache } from '../../src/github/etag-cache.js';
import { startTracing, type Tracing } from '../../src/observability/tracing.js';
import { type Harness, startHarness } from '../helpers/harness.js';

const Runs = `
  query TracedRuns {
    repository(owner: "octo-org", name: "octo-repo") {
      workflowRuns(first: 2) { nodes { databaseId jobs(first: 2) { nodes { name } } } }
    }
  }
`;
const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let h: Harness | undefined;

beforeAll(async () => {
  tracing = await startTracing({
    spanProcessors: [new SimpleSpanProcessor({ exporter })],
    env: {},
  });
});
afterAll(async () => {
  await tracing.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
});
afterEach(async () => {
  await h?.close();
  h = undefined;
  exporter.reset();
});

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('tracing', () => {
  it('makes the operation span a child of the caller traceparent, with a child span per REST call', async () => {
    h = await startHarness({
      size: 'small',
      etagCache: new EtagCache(8 * 1024 * 1024),
      observability: { tracing: true },
    });
    h.simulator.clock.freeze();
    const traceparent = `00-${CALLER_TRACE}-${CALLER_SPAN}-01`;
    const response = await h.execute(Runs, undefined, { headers: { traceparent } });
    expect(response.errors).toBeUndefined();

    const spans = exporter.getFinishedSpans();
    const operation = spans.find((span) => span.name === 'query.TracedRuns');
    expect(operation).toBeDefined();
    expect(operation!.kind).toBe(SpanKind.SERVER);
    expect(operation!.spanContext().traceId).toBe(CALLER_TRACE);
    expect(parentOf(operation!)).toBe(CALLER_SPAN);
    expect(operation!.attributes['graphql.execute.operationName']).toBe('TracedRuns');

    const rest = spans.filter((span) => span.kind === SpanKind.CLIENT);
    // One span per request the simulator saw: a page of runs, then the jobs of each run.
    expect(rest).toHaveLength(h.upstreamCalls());
    expect(rest).toHaveLength(3);
    for (const span of rest) {
      expect(span.spanContext().traceId).toBe(CALLER_TRACE);
      expect(parentOf(span)).toBe(operation!.spanContext().spanId);
      expect(span.attributes['http.response.status_code']).toBe(200);
      expect(span.attributes['github.cache']).toBe('miss');
      expect(span.attributes['http.request.method']).toBe('GET');
    }
    expect(rest.map((span) => span.attributes['url.template']).sort()).toEqual([
      '/repos/{owner}/{repo}/actions/runs',
      '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
      '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
    ]);
    expect(rest[0]!.name).toMatch(/^GET \/repos\/\{owner\}\/\{repo\}\/actions\/runs/);

    // The same query again: each REST span records the revalidation, status 304.
    exporter.reset();
    await h.execute(Runs, undefined, { headers: { traceparent } });
    const again = exporter.getFinishedSpans().filter((span) => span.kind === SpanKind.CLIENT);
    expect(again).toHaveLength(3);
    for (const span of again) {
      expect(span.attributes['github.cache']).toBe('revalidated');
      expect(span.attributes['http.response.status_code']).toBe(304);
    }
  });

  it('starts a trace of its own when the caller sends none, and records no variable', async () => {
    h = await startHarness({ size: 'small', observability: { tracing: true } });
    const response = await h.execute(
      `query TracedById($owner: String!) { repository(owner: $owner, name: "octo-repo") { name } }`,
      { owner: 'octo-org' },
    );
    expect(response.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const operation = spans.find((span) => span.name === 'query.TracedById')!;
    expect(operation.parentSpanContext).toBeUndefined();
    expect(operation.spanContext().traceId).not.toBe(CALLER_TRACE);
    expect(JSON.stringify(spans.map((span) => span.attributes))).not.toContain('octo-org');
  });
});
