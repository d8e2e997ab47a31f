import { describe, expect, it } from 'vitest';
import {
  FairScheduler,
  type InFlightStore,
  MemoryInFlightStore,
} from '../../src/github/fair-scheduler.js';

/** A task that records when it starts and finishes only when the test says so. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    task: async () => {
      log.push(name);
      await opened;
      return name;
    },
    open,
  };
}

/** Lets the scheduler's pump (a few microtasks) run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('FairScheduler', () => {
  it('takes turns between waiting callers: a fan-out does not hold back a first request', async () => {
    const scheduler = new FairScheduler({ perCaller: 1, total: 1 });
    const started: string[] = [];
    const blocker = gate(started, 'z');
    const first = scheduler.run('z', blocker.task); // holds the one slot while the rest queue
    const tasks = ['a1', 'a2', 'a3', 'a4', 'b1', 'c1', 'c2'].map((name) => ({
      name,
      ...gate(started, name),
    }));
    const results = tasks.map(({ name, task }) => scheduler.run(name[0]!, task));
    expect(scheduler.waiting).toBe(7);
    for (const { open } of [blocker, ...tasks]) open();
    await first;
    expect(await Promise.all(results)).toEqual(tasks.map((t) => t.name));
    // a came first, then one of each caller in turn.
    expect(started).toEqual(['z', 'a1', 'b1', 'c1', 'a2', 'c2', 'a3', 'a4']);
  });

  it('keeps each caller under its limit and the process under its total', async () => {
    const store = new MemoryInFlightStore();
    const scheduler = new FairScheduler({ perCaller: 2, total: 3, store });
    const started: string[] = [];
    const gates = Array.from({ length: 5 }, (_, i) => gate(started, `a${i}`));
    const others = Array.from({ length: 3 }, (_, i) => gate(started, `b${i}`));
    const runs = [
      ...gates.map((g) => scheduler.run('a', g.task)),
      ...others.map((g) => scheduler.run('b', g.task)),
    ];
    await settle();
    // a's first two go at once (its limit), then b's first (the process's total).
    expect(started).toEqual(['a0', 'a1', 'b0']);
    expect(store.inFlight('a')).toBe(2);
    expect(scheduler.running).toBe(3);
    expect(scheduler.waiting).toBe(5);

    gates[0]!.open(); // a slot frees; a queued first, so a goes, then to the back of the turns
    await settle();
    expect(started.at(-1)).toBe('a2');
    expect(store.inFlight('a')).toBe(2);
    expect(scheduler.running).toBe(3);

    gates[1]!.open(); // a frees another, but it is b's turn now
    await settle();
    expect(started.at(-1)).toBe('b1');
    expect(store.inFlight('b')).toBe(2);
    expect(store.inFlight('a')).toBe(1);

    for (const g of [...gates, ...others]) g.open();
    await Promise.all(runs);
    expect(started).toHaveLength(8);
    expect(store.inFlight('a')).toBe(0);
    expect(scheduler.running).toBe(0);
  });

  it('drops a waiting task whose signal aborts at once, and never starts it', async () => {
    const scheduler = new FairScheduler({ perCaller: 1, total: 10 });
    const started: string[] = [];
    const first = gate(started, 'first');
    const running = scheduler.run('a', first.task);
    const gone = new AbortController();
    const waiting = scheduler.run('a', gate(started, 'abandoned').task, gone.signal);
    const next = gate(started, 'next');
    const after = scheduler.run('a', next.task);
    await settle();
    expect(scheduler.waiting).toBe(2);

    gone.abort(new Error('caller went away'));
    await expect(waiting).rejects.toThrow('caller went away');
    expect(scheduler.waiting).toBe(1);

    first.open();
    next.open();
    await Promise.all([running, after]);
    expect(started).toEqual(['first', 'next']);
  });

  it('refuses a task whose signal has already aborted, without queueing it', async () => {
    const scheduler = new FairScheduler({ perCaller: 1, total: 1 });
    let ran = false;
    await expect(
      scheduler.run(
        'a',
        async () => {
          ran = true;
        },
        AbortSignal.abort(new Error('already gone')),
      ),
    ).rejects.toThrow('already gone');
    expect(ran).toBe(false);
    expect(scheduler.waiting).toBe(0);
  });

  it('gives the slot back when a task fails', async () => {
    const store = new MemoryInFlightStore();
    const scheduler = new FairScheduler({ perCaller: 1, total: 1, store });
    await expect(
      scheduler.run('a', async () => {
        throw new Error('upstream reset');
      }),
    ).rejects.toThrow('upstream reset');
    expect(await scheduler.run('a', async () => 'next')).toBe('next');
    expect(store.inFlight('a')).toBe(0);
  });

  it('works over an asynchronous store, as a shared one answers', async () => {
    const memory = new MemoryInFlightStore();
    const calls: string[] = [];
    const store: InFlightStore = {
      acquire: async (caller, limit) => {
        calls.push(`acquire ${caller}`);
        await settle();
        return memory.acquire(caller, limit);
      },
      release: async (caller) => {
        calls.push(`release ${caller}`);
        await settle();
        memory.release(caller);
      },
    };
    const scheduler = new FairScheduler({ perCaller: 1, total: 4, store });
    const started: string[] = [];
    const results = await Promise.all(
      ['a', 'a', 'b'].map((caller, i) =>
        scheduler.run(caller, async () => {
          started.push(`${caller}${i}`);
          return i;
        }),
      ),
    );
    expect(results).toEqual([0, 1, 2]);
    expect(started).toEqual(['a0', 'b2', 'a1']);
    await settle(); // the shared store's last release is not waited for by the caller
    await settle();
    expect(memory.inFlight('a') + memory.inFlight('b')).toBe(0);
    expect(calls.filter((c) => c.startsWith('release'))).toHaveLength(3);
  });

  it('fails fast on limits that make no sense', () => {
    expect(() => new FairScheduler({ perCaller: 0, total: 1 })).toThrow(
      /perCaller must be an integer >= 1, got 0/,
    );
  });
});
