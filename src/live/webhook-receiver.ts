/**
 * `POST /webhooks/github`: GitHub's deliveries, verified with `@octokit/webhooks` against
 * `GITHUB_WEBHOOK_SECRET`, deduplicated by `X-GitHub-Delivery`, and turned into events
 * that say only what changed. Answers at once; subscribers read the change themselves.
 */
import { randomUUID } from 'node:crypto';
import { Webhooks } from '@octokit/webhooks';
import { type LiveEvent, type LivePubSub, repoTopic } from './events.js';

type Payload = Record<string, any>;

/** The events this gateway acts on, and how each names its run (and job). */
const EVENTS: Record<
  string,
  (payload: Payload) => Pick<LiveEvent, 'kind' | 'runId' | 'jobId'> | undefined
> = {
  workflow_run: (p) => ({ kind: 'run', runId: numberOf(p.workflow_run?.id) }),
  workflow_job: (p) => ({
    kind: 'job',
    runId: numberOf(p.workflow_job?.run_id),
    jobId: numberOf(p.workflow_job?.id),
  }),
  deployment_review: (p) => ({ kind: 'deployment', runId: numberOf(p.workflow_run?.id) }),
  // Its run is named only in the callback URL: .../actions/runs/{run_id}/deployment_protection_rule
  deployment_protection_rule: (p) => ({
    kind: 'deployment',
    runId: numberOf(/\/actions\/runs\/(\d+)\//.exec(String(p.deployment_callback_url ?? ''))?.[1]),
  }),
};

function numberOf(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

export interface WebhookReceiverOptions {
  secret: string;
  pubSub: LivePubSub;
  /** Told of each verified delivery's repository (`owner/name`, lower case). */
  onDelivery?: (repo: string) => void;
  /** How many delivery ids are remembered for deduplication. */
  rememberDeliveries?: number;
}

export function createWebhookReceiver({
  secret,
  pubSub,
  onDelivery,
  rememberDeliveries = 10_000,
}: WebhookReceiverOptions) {
  const webhooks = new Webhooks({ secret });
  const seen = new Set<string>();

  return async function receive(request: Request): Promise<Response> {
    if (request.method !== 'POST') return json(405, { message: 'Use POST.' });
    const body = await request.text();
    const signature = request.headers.get('x-hub-signature-256');
    const valid = signature ? await webhooks.verify(body, signature).catch(() => false) : false;
    if (!valid) return json(401, { message: 'Missing or invalid X-Hub-Signature-256.' });

    const delivery = request.headers.get('x-github-delivery') ?? '';
    if (delivery && seen.has(delivery)) return json(200, { duplicate: true });
    let payload: Payload;
    try {
      payload = JSON.parse(body) as Payload;
      if (!payload || typeof payload !== 'object' || Array.isArray(payload))
        throw new Error('not an object');
    } catch {
      return json(400, { message: 'The body is not a JSON object.' });
    }
    const toEvent = EVENTS[request.headers.get('x-github-event') ?? ''];
    if (!toEvent) return json(202, { ignored: true });
    const owner = payload.repository?.owner?.login;
    const name = payload.repository?.name;
    const change = toEvent(payload);
    if (typeof owner !== 'string' || typeof name !== 'string' || change?.runId === undefined) {
      return json(400, { message: 'The payload names no repository or run.' });
    }
    if (delivery) {
      seen.add(delivery);
      // A Set iterates oldest first: forget the oldest delivery once the bound is reached.
      if (seen.size > rememberDeliveries) seen.delete(seen.values().next().value!);
    }
    const repo = repoTopic(owner, name);
    onDelivery?.(repo);
    pubSub.publish('repository', repo, { id: randomUUID(), repo, ...change });
    return json(202, { accepted: true });
  };
}
