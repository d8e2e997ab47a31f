/**
 * Which tokens GitHub told to wait, for the whole fleet: a pause seen by one replica is a
 * Redis key (named by an HMAC of the caller key) that expires when the pause ends, so every
 * replica refuses that token with `RATE_LIMITED` until then, without calling GitHub. Each
 * pause is kept in this process too: while Redis is away the replica still honours what it
 * saw itself, and a later pause never shortens an earlier one.
 */
import { MemoryPauseStore, type Pause, type PauseStore } from '../github/token-pause.js';
import type { KeyNames } from './key-names.js';
import type { RedisLink } from './redis-link.js';

/** Sets the pause unless a later one is already there; expires with it. */
const EXTEND = `
local current = redis.call('GET', KEYS[1])
if current and tonumber(string.match(current, '^%d+')) >= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1] .. ' ' .. ARGV[2], 'PX', ARGV[3])
return 1`;

export class SharedPauseStore implements PauseStore {
  readonly local = new MemoryPauseStore();

  constructor(
    private readonly link: RedisLink,
    private readonly names: KeyNames,
  ) {}

  async get(caller: string): Promise<Pause | undefined> {
    const here = this.local.get(caller);
    if (here) return here;
    try {
      const saved = await this.link.commands.get(this.names.name('pause', caller));
      if (!saved) return undefined;
      const [until, kind] = saved.split(' ');
      const pause: Pause = {
        until: Number(until),
        kind: kind === 'primary' ? 'primary' : 'secondary',
      };
      if (!(pause.until > Date.now())) return undefined;
      this.local.set(caller, pause);
      return pause;
    } catch {
      return undefined;
    }
  }

  async set(caller: string, pause: Pause): Promise<void> {
    this.local.set(caller, pause);
    const ttl = Math.ceil(pause.until - Date.now());
    if (ttl <= 0) return;
    await this.link.commands
      .eval(
        EXTEND,
        1,
        this.names.name('pause', caller),
        String(Math.round(pause.until)),
        pause.kind,
        ttl,
      )
      .catch(() => undefined);
  }
}
