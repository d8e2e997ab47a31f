/**
 * Execution in bounded turns of the event loop. graphql-js completes a resolved list, and
 * everything under it that is already known, in one synchronous stretch: ten answers of
 * 10,000 runs arriving together held the loop for over a second, and `/health` with it.
 *
 * Each list a resolver returns asks for its items' worth of the current turn. Within the
 * turn's budget it goes on at once (no promise, no delay: small operations never wait);
 * past it, the list waits for a later turn (`setImmediate`, after the poll phase has
 * served the sockets that were waiting), first come first served across every operation
 * of the process. So one turn completes about `budget` items plus the one list that
 * crossed the line, and an operation of any size leaves the loop free between its turns.
 */
export interface EventLoopTurns {
  /** Undefined when `items` fit in this turn; otherwise settles on the turn they are given. */
  admit(items: number): Promise<void> | undefined;
}

export function createEventLoopTurns(budget: number): EventLoopTurns {
  let used = 0;
  let scheduled = false;
  const waiting: Array<{ items: number; go: () => void }> = [];
  const turn = () => {
    scheduled = false;
    used = 0;
    while (waiting.length > 0 && used < budget) {
      const next = waiting.shift()!;
      used += next.items;
      next.go();
    }
    schedule();
  };
  // A turn is due while anything was spent (its budget resets then) or anything waits.
  const schedule = () => {
    if (scheduled || (used === 0 && waiting.length === 0)) return;
    scheduled = true;
    setImmediate(turn);
  };
  return {
    admit(items) {
      if (waiting.length === 0 && used < budget) {
        used += items;
        schedule();
        return undefined;
      }
      return new Promise<void>((go) => {
        waiting.push({ items, go });
        schedule();
      });
    },
  };
}

/**
 * The process's turns: the event loop is one per process, so is its budget. 250 items take
 * about 4 ms of completion on this project's machines (the 10,000-run answer measured 16 µs
 * an item), so `/health` and the other sockets are served every few milliseconds whatever
 * the load (500 measured up to 170 ms for `/health` under ten 18 MB answers, 250 under 100).
 */
export const eventLoopTurns = createEventLoopTurns(250);
