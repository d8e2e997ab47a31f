/**
 * One upstream read per (event, token, resource), however many subscribers with that token
 * react to the event. Subscribers consume events at their own pace, so an entry is kept a
 * while after it settles for the slower ones; keys hold a token hash, never a token.
 */
export class SharedReads {
  readonly #reads = new Map<string, Promise<unknown>>();

  constructor(private readonly keepMs = 60_000) {}

  read<T>(key: string, fetch: () => Promise<T>): Promise<T> {
    const known = this.#reads.get(key);
    if (known) return known as Promise<T>;
    const promise = fetch();
    this.#reads.set(key, promise);
    const forget = () => {
      setTimeout(() => this.#reads.delete(key), this.keepMs).unref();
    };
    promise.then(forget, forget);
    return promise;
  }

  get size(): number {
    return this.#reads.size;
  }
}
