/**
 * What the registries of pollers share: one entry per key, made by its first holder and
 * stopped when the last one lets go. A holder's release counts once, however often it is
 * called, and a release that comes after the key was made anew leaves the new entry alone.
 */
export interface Held<E> {
  value: E;
  release(): void;
}

export class HeldEntries<E> {
  readonly #entries = new Map<string, { holders: number; value: E }>();

  constructor(private readonly stop: (value: E) => void) {}

  hold(key: string, create: () => E): Held<E> {
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { holders: 0, value: create() };
      this.#entries.set(key, entry);
    }
    entry.holders += 1;
    const held = entry;
    let released = false;
    return {
      value: held.value,
      release: () => {
        if (released) return;
        released = true;
        held.holders -= 1;
        if (held.holders === 0 && this.#entries.get(key) === held) {
          this.#entries.delete(key);
          this.stop(held.value);
        }
      },
    };
  }

  get size(): number {
    return this.#entries.size;
  }

  *values(): IterableIterator<E> {
    for (const entry of this.#entries.values()) yield entry.value;
  }

  /** Stops every entry, held or not. */
  clear(): void {
    for (const entry of this.#entries.values()) this.stop(entry.value);
    this.#entries.clear();
  }
}
