/**
 * Bounds on open subscriptions, per connection (a WebSocket, or one SSE request) and per
 * process, so one client cannot hold every poller and stream the gateway can afford.
 */
import { GraphQLError } from 'graphql';

export class SubscriptionLimits {
  #total = 0;
  readonly #perConnection = new WeakMap<object, number>();

  constructor(
    readonly maxTotal: number,
    readonly maxPerConnection: number,
  ) {}

  /** Takes a slot or throws `TOO_MANY_SUBSCRIPTIONS`; the returned function gives it back once. */
  acquire(connection: object): () => void {
    const open = this.#perConnection.get(connection) ?? 0;
    if (open >= this.maxPerConnection) {
      throw tooMany(
        `This connection already has ${open} subscriptions, the most one connection may hold.`,
        this.maxPerConnection,
      );
    }
    if (this.#total >= this.maxTotal) {
      throw tooMany(
        `The gateway already serves ${this.#total} subscriptions (MAX_SUBSCRIPTIONS); try again later.`,
        this.maxTotal,
      );
    }
    this.#total += 1;
    this.#perConnection.set(connection, open + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#total -= 1;
      this.#perConnection.set(connection, (this.#perConnection.get(connection) ?? 1) - 1);
    };
  }

  get total(): number {
    return this.#total;
  }
}

function tooMany(message: string, limit: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit } });
}
