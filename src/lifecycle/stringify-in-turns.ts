/**
 * `JSON.stringify`, a turn of the event loop at a time: a 20 MB answer serialized in one
 * call holds the loop for 80-100 ms. The walk goes down objects and arrays only as far as
 * it must: an object none of whose values is an object or array (most nodes of a large
 * answer: a run with its scalar fields) is serialized by `JSON.stringify` itself, so the
 * cost stays close to the native one. Every `CHUNK_CHARS` characters it closes a chunk and
 * asks the turns (event-loop-turns.ts) for the right to go on: the answer
 * is written a chunk at a time too, never encoded as one 20 MB buffer. Each chunk is UTF-8
 * bytes as soon as it is closed, so the answer's text never lives in the JavaScript heap:
 * ten 9 MB answers kept as text until written were promoted to the old generation, and
 * collecting them paused the loop 40-55 ms at a time. Concatenated, the chunks are the
 * UTF-8 of the text `JSON.stringify(value)` gives for the JSON values a result holds.
 */
import type { EventLoopTurns } from './event-loop-turns.js';

/** About 128 KB of text, counted as 250 list items (a run of 14 fields is ~460 characters). */
const CHUNK_CHARS = 128 * 1024;
export const CHUNK_ITEMS = 250;

export async function stringifyInTurns(value: unknown, turns: EventLoopTurns): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  let parts: string[] = [];
  let sincePause = 0;
  const push = (text: string) => {
    parts.push(text);
    sincePause += text.length;
  };
  // A generator, so the walk can stop between any two values and resume where it was.
  function* write(value: unknown): Generator<void, void, void> {
    if (typeof value !== 'object' || value === null || !hasContainers(value)) {
      push(JSON.stringify(value) ?? 'null');
    } else if (Array.isArray(value)) {
      push('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) push(',');
        yield* write(value[i]);
      }
      push(']');
    } else {
      push('{');
      let first = true;
      for (const key of Object.keys(value)) {
        const entry = (value as Record<string, unknown>)[key];
        if (entry === undefined || typeof entry === 'function') continue;
        push(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
        first = false;
        yield* write(entry);
      }
      push('}');
    }
    if (sincePause >= CHUNK_CHARS) yield;
  }
  const walk = write(value);
  for (let step = walk.next(); !step.done; step = walk.next()) {
    chunks.push(Buffer.from(parts.join('')));
    parts = [];
    sincePause = 0;
    const wait = turns.admit(CHUNK_ITEMS);
    if (wait) await wait;
  }
  if (parts.length > 0) chunks.push(Buffer.from(parts.join('')));
  return chunks;
}

/** Whether the walk must go into `value`: arrays always, objects holding an object or array. */
function hasContainers(value: object): boolean {
  if (Array.isArray(value)) return true;
  if ('toJSON' in value) return false;
  for (const key in value) {
    const entry = (value as Record<string, unknown>)[key];
    if (typeof entry === 'object' && entry !== null) return true;
  }
  return false;
}
