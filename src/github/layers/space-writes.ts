/**
 * Writes of one token are spaced (`../write-spacing.ts`: at least the write interval apart,
 * as GitHub asks of mutative requests). Reads pass straight through.
 */
import type { WriteSpacing } from '../write-spacing.js';
import { type ClientState, type Layer, passThrough } from './layer.js';

export function spaceWrites(spacing: WriteSpacing | undefined, state: ClientState): Layer {
  if (!spacing) return passThrough;
  return (next) => async (req) => {
    if (req.write) await spacing.turn(state.caller, state.signal);
    return next(req);
  };
}
