/**
 * One token's writes spaced across the fleet: each write books the next slot in Redis (the
 * slot after the latest booked, by Redis's own clock, so replicas' clocks need not agree)
 * and waits for its own. While Redis is away the process's own spacer spaces what this
 * replica sends.
 */
import { sleep } from '../github/sleep.js';
import { WriteSpacer, type WriteSpacing } from '../github/write-spacing.js';
import type { KeyNames } from './key-names.js';
import type { RedisLink } from './redis-link.js';

/** Returns how many milliseconds to wait for the slot it booked. */
const BOOK = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local next = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(now, next)
local interval = tonumber(ARGV[1])
redis.call('SET', KEYS[1], tostring(at + interval), 'PX', at + interval - now + 1000)
return at - now`;

export class SharedWriteSpacing implements WriteSpacing {
  readonly local: WriteSpacer;

  constructor(
    private readonly link: RedisLink,
    private readonly names: KeyNames,
    readonly intervalMs: number,
  ) {
    this.local = new WriteSpacer(intervalMs);
  }

  async turn(caller: string, signal?: AbortSignal): Promise<void> {
    if (this.intervalMs === 0) return;
    let waitMs: number;
    try {
      waitMs = Number(
        await this.link.commands.eval(BOOK, 1, this.names.name('writes', caller), this.intervalMs),
      );
    } catch {
      return this.local.turn(caller, signal);
    }
    if (waitMs > 0) await sleep(waitMs, signal);
  }
}
