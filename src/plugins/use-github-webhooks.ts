/** Serves `POST /webhooks/github` beside `/graphql` (see src/live/webhook-receiver.ts). */
import type { Plugin } from 'graphql-yoga';

export const WEBHOOK_PATH = '/webhooks/github';

export function useGitHubWebhooks(receive: (request: Request) => Promise<Response>): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== WEBHOOK_PATH) return;
      // Rebuilt with the server's own Response, which the response plugins (compression) expect.
      const answer = await receive(request);
      endResponse(
        new fetchAPI.Response(await answer.text(), {
          status: answer.status,
          headers: answer.headers,
        }),
      );
    },
  };
}
