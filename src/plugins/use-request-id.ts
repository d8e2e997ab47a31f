/**
 * Gives each HTTP request its id (src/observability/request-id.ts) and echoes it in the
 * response's `x-request-id`, so a caller can quote it and an operator find the log line.
 */
import type { Plugin } from 'graphql-yoga';
import { requestIdOf } from '../observability/request-id.js';

export function useRequestId(): Plugin {
  return {
    onRequest({ request }) {
      requestIdOf(request);
    },
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}
