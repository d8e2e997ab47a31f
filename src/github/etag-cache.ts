/**
 * Conditional requests, as GitHub recommends for polling: the last answer to each GET is
 * kept with its ETag, and the next identical GET sends `If-None-Match`. A `304 Not
 * Modified` costs nothing against the caller's rate limit, and its body comes from here.
 *
 * Entries are partitioned by caller: the key starts with a keyed hash of the `Authorization`
 * header (`callerKey()`), so one caller's answer is never served to another and no token is kept in clear.
 * Bounded by the bytes of the bodies it holds; the least recently used go first. The parsed
 * body kept beside each (`data`) is not counted: it takes about as much again (1.14x the
 * text for a 100-run page), which the README's `ETAG_CACHE_MB` row tells operators.
 */
export interface CachedAnswer {
  etag: string;
  body: string;
  /**
   * The body parsed, kept beside it in this process's memory only (a shared store keeps the
   * text), so a revalidated answer is not parsed again. Read-only: callers never change it.
   */
  data?: unknown;
}

type MaybePromise<T> = T | Promise<T>;

/**
 * Where conditional answers are kept: this process's memory (`EtagCache`) or, for several
 * replicas, a shared store. Keys come from `EtagCache.key()`.
 */
export interface ConditionalCache {
  get(key: string): MaybePromise<CachedAnswer | undefined>;
  set(key: string, answer: CachedAnswer): MaybePromise<void>;
  delete(key: string): MaybePromise<void>;
}

export class EtagCache implements ConditionalCache {
  readonly #entries = new Map<string, CachedAnswer>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
      throw new RangeError(`EtagCache maxBytes must be a positive integer, got ${maxBytes}`);
    }
  }

  /** `caller` is a `callerKey()` of the `Authorization` header, never the header itself. */
  static key(caller: string, pathAndQuery: string): string {
    return `${caller} ${pathAndQuery}`;
  }

  get(key: string): CachedAnswer | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      // Map order is insertion order: re-inserting marks the entry most recently used.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, answer: CachedAnswer): void {
    this.delete(key);
    const size = answer.body.length;
    if (size > this.maxBytes) return;
    this.#entries.set(key, answer);
    this.#bytes += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.body.length;
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.body.length;
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  keys(): IterableIterator<string> {
    return this.#entries.keys();
  }
}
