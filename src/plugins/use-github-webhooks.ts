/** Serves `POST /webhooks/github` beside `/graphql` (see src/live/webhook-receiver.ts). */
import type { Plugin } from 'graphql-yoga';

export const WEBHOOK_PATH = '/webhooks/github';

export function useGitHubWebhooks(receive: (request: Request) => Promise<Response>): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === WEBHOOK_PATH) endResponse(await receive(request));
    },
  };
}
