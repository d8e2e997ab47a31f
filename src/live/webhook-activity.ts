/**
 * When each repository last delivered a webhook. With webhooks on, a repository that sends
 * none (its hook not set up, or failing) is still polled, at a slower interval; a poll of a
 * repository that did deliver since the last poll only refreshes its baseline, since the
 * webhooks have told the subscribers already (see polls.ts).
 */
export class WebhookActivity {
  readonly #last = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly remember = 10_000,
  ) {}

  /** Records a verified delivery for `repo` (`owner/name`, lower case). */
  delivered(repo: string): void {
    this.#last.delete(repo);
    this.#last.set(repo, this.now());
    // A Map iterates oldest first: forget the repository heard from longest ago.
    if (this.#last.size > this.remember) this.#last.delete(this.#last.keys().next().value!);
  }

  /** Whether `repo` delivered a webhook at or after `since` (epoch ms). */
  deliveredSince(repo: string, since: number): boolean {
    return (this.#last.get(repo) ?? Number.NEGATIVE_INFINITY) >= since;
  }
}
