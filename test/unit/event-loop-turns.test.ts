import { describe, expect, it } from 'vitest';
import { createEventLoopTurns } from '../../src/lifecycle/event-loop-turns.js';
import { stringifyInTurns } from '../../src/lifecycle/stringify-in-turns.js';

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('event-loop turns', () => {
  it('admits within the budget at once, and past it on later turns, first come first served', async () => {
    const turns = createEventLoopTurns(100);
    expect(turns.admit(60)).toBeUndefined();
    expect(turns.admit(60)).toBeUndefined(); // crosses the line: still this turn
    const order: string[] = [];
    const waits = ['a', 'b', 'c'].map((name) => turns.admit(80)!.then(() => order.push(name)));
    expect(waits.every((wait) => wait instanceof Promise)).toBe(true);
    // Work queued meanwhile runs between two turns: the next turn takes a and b (80 fits,
    // the second crosses the line), then the loop is free, then c has its turn.
    const other = immediate().then(() => order.push('other'));
    await Promise.all([...waits, other]);
    expect(order).toEqual(['a', 'b', 'other', 'c']);
  });

  it('gives each later turn no more than its budget', async () => {
    const turns = createEventLoopTurns(100);
    turns.admit(100);
    const turnOf: number[] = [];
    let turn = 0;
    const ticking = (async () => {
      while (turn < 10) {
        await immediate();
        turn++;
      }
    })();
    await Promise.all(
      Array.from({ length: 6 }, () => turns.admit(50)!.then(() => turnOf.push(turn))),
    );
    await ticking;
    // Two lists of 50 a turn: three distinct turns for six lists.
    expect(new Set(turnOf).size).toBe(3);
  });

  it('keeps nothing scheduled when idle', async () => {
    const turns = createEventLoopTurns(10);
    expect(turns.admit(5)).toBeUndefined();
    await immediate();
    await immediate();
    expect(turns.admit(5)).toBeUndefined(); // the budget was reset by the turn that passed
  });
});

describe('stringifyInTurns', () => {
  const values: unknown[] = [
    null,
    0,
    'text with "quotes", \\ and \u2028 and emoji 🚀',
    [],
    {},
    [1, 'two', null, [3, [4]], { five: 5 }],
    { a: undefined, b: () => 1, c: [undefined, () => 1], d: { e: null } },
    Object.assign(Object.create(null), { created: new Date(0), nested: { deep: [true, false] } }),
    {
      data: {
        repository: {
          runs: Array.from({ length: 3_000 }, (_, i) => ({
            id: `WFR_${i}`,
            title: `Run ${i} — ünïcødé`,
            workflow: { name: 'CI', runs: Array.from({ length: 3 }, (_, j) => ({ n: j })) },
          })),
        },
      },
    },
  ];

  it.each(values.map((value, i) => [i, value]))(
    'writes value %i as JSON.stringify does',
    async (_, value) => {
      const chunks = await stringifyInTurns(value, createEventLoopTurns(1_000));
      expect(Buffer.concat(chunks).toString()).toBe(JSON.stringify(value));
    },
  );

  it('cuts a large value into chunks of about 128 KB, a turn apart', async () => {
    const big = values.at(-1);
    const turns = createEventLoopTurns(250);
    let immediates = 0;
    let counting = true;
    const count = (async () => {
      while (counting) {
        await immediate();
        immediates++;
      }
    })();
    const chunks = await stringifyInTurns(big, turns);
    counting = false;
    await count;
    const text = JSON.stringify(big);
    expect(chunks.length).toBeGreaterThanOrEqual(Math.floor(text.length / (128 * 1024)));
    // Characters, not bytes, are counted: the titles' non-ASCII letters take two bytes.
    expect(Math.max(...chunks.map((chunk) => chunk.toString().length))).toBeLessThan(140 * 1024);
    // One chunk a turn: the loop ran between them.
    expect(immediates).toBeGreaterThanOrEqual(chunks.length - 1);
  });
});
