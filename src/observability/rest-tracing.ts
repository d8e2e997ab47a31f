/**
 * A client span per REST request, started in the active context: inside an operation that
 * is the operation's span (src/plugins/use-tracing.ts), so the trace shows which calls one
 * operation made, retries and rename hops each as their own span. Attributes name the route
 * template, never the concrete path, and nothing of the caller.
 */
import { SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import type { RestObserver } from '../github/observer.js';

export const TRACER_NAME = 'actions-runs-graphql-gateway';

export function createRestTracing(tracer: Tracer = trace.getTracer(TRACER_NAME)): RestObserver {
  return {
    request(call) {
      const span = tracer.startSpan(`${call.method} ${call.template}`, {
        kind: SpanKind.CLIENT,
        attributes: {
          'http.request.method': call.method,
          'url.template': call.template,
          'github.route': call.route,
        },
      });
      return (outcome) => {
        span.setAttribute('github.cache', outcome.cache);
        if (outcome.status !== undefined) {
          span.setAttribute('http.response.status_code', outcome.status);
          if (outcome.status >= 400) span.setStatus({ code: SpanStatusCode.ERROR });
        }
        if (outcome.error) {
          span.setAttribute('error.type', outcome.error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.error });
        }
        if (outcome.rateLimit) {
          span.setAttribute('github.rate_limit.resource', outcome.rateLimit.resource);
          span.setAttribute('github.rate_limit.remaining', outcome.rateLimit.remaining);
        }
        span.end();
      };
    },
  };
}
