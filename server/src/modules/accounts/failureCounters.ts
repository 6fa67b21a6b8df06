// Counters of failed sign-ins for the login throttle: how many, and when the last one was, and the
// sign-ins being checked right now (a burst sent at once must not pass the check before any of
// its failures is counted). In memory for one instance; in Redis when REDIS_URL is set, so every
// instance sees the same counts.
// Times are the app clock's (epoch ms), passed in, so tests move time without sleeping; a counter
// whose last failure is older than `forgetAfterMs` starts again from one.

export interface FailureRecord {
  failures: number;
  /** Epoch ms of the last failure. */
  lastFailureAt: number;
}

export interface FailureCounters {
  get(key: string): Promise<FailureRecord | null>;
  /** Count one failure at `at`; returns the record after it. */
  add(key: string, at: number, forgetAfterMs: number): Promise<FailureRecord>;
  clear(key: string): Promise<void>;
  /**
   * Take one of `limit` places for a check in flight; false when all are taken. A place not given
   * back (an instance that died mid-check) is forgotten after `holdMs`.
   */
  enter(key: string, limit: number, holdMs: number): Promise<boolean>;
  /** Give back a place taken by `enter`. */
  leave(key: string): Promise<void>;
}

const stale = (record: FailureRecord, at: number, forgetAfterMs: number) => at - record.lastFailureAt > forgetAfterMs;

export class MemoryFailureCounters implements FailureCounters {
  private readonly records = new Map<string, FailureRecord & { forgetAfterMs: number }>();
  // One instance cannot die mid-check without losing this map too, so no hold time is needed here.
  private readonly inFlight = new Map<string, number>();
  private addsSinceSweep = 0;

  get(key: string): Promise<FailureRecord | null> {
    const record = this.records.get(key);
    return Promise.resolve(record ? { failures: record.failures, lastFailureAt: record.lastFailureAt } : null);
  }

  add(key: string, at: number, forgetAfterMs: number): Promise<FailureRecord> {
    if (++this.addsSinceSweep >= 1000) this.sweep(at);
    const previous = this.records.get(key);
    const failures = previous && !stale(previous, at, forgetAfterMs) ? previous.failures + 1 : 1;
    const lastFailureAt = Math.max(previous?.lastFailureAt ?? 0, at);
    this.records.set(key, { failures, lastFailureAt, forgetAfterMs });
    return Promise.resolve({ failures, lastFailureAt });
  }

  clear(key: string): Promise<void> {
    this.records.delete(key);
    return Promise.resolve();
  }

  enter(key: string, limit: number): Promise<boolean> {
    const taken = this.inFlight.get(key) ?? 0;
    if (taken >= limit) return Promise.resolve(false);
    this.inFlight.set(key, taken + 1);
    return Promise.resolve(true);
  }

  leave(key: string): Promise<void> {
    const taken = (this.inFlight.get(key) ?? 0) - 1;
    if (taken > 0) this.inFlight.set(key, taken);
    else this.inFlight.delete(key);
    return Promise.resolve();
  }

  /** Drop forgotten counters, so an address spraying accounts cannot grow the map without bound. */
  private sweep(at: number): void {
    this.addsSinceSweep = 0;
    for (const [key, record] of this.records) if (stale(record, at, record.forgetAfterMs)) this.records.delete(key);
  }
}

// One atomic step: start again when the last failure is forgotten, count this one, remember when,
// and let Redis drop the key once it would be forgotten anyway.
const ADD_SCRIPT = `
local last = tonumber(redis.call('HGET', KEYS[1], 'last') or '0')
local at = tonumber(ARGV[1])
local failures
if at - last > tonumber(ARGV[2]) then
  redis.call('HSET', KEYS[1], 'failures', 1)
  failures = 1
else
  failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
end
if at > last then redis.call('HSET', KEYS[1], 'last', ARGV[1]) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return {failures, redis.call('HGET', KEYS[1], 'last')}
`;

// Take a place atomically, or give it straight back when all were taken.
const ENTER_SCRIPT = `
local taken = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if taken > tonumber(ARGV[1]) then
  redis.call('DECR', KEYS[1])
  return 0
end
return 1
`;

// Never below zero (a place forgotten by its hold time and then given back).
const LEAVE_SCRIPT = `
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
return 1
`;

export type SendCommand = (args: string[]) => Promise<unknown>;

export class RedisFailureCounters implements FailureCounters {
  constructor(
    private readonly sendCommand: SendCommand,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<FailureRecord | null> {
    const [failures, last] = (await this.sendCommand(['HMGET', this.prefix + key, 'failures', 'last'])) as (string | null)[];
    if (!failures || !last) return null;
    return { failures: Number(failures), lastFailureAt: Number(last) };
  }

  async add(key: string, at: number, forgetAfterMs: number): Promise<FailureRecord> {
    const [failures, last] = (await this.sendCommand([
      'EVAL',
      ADD_SCRIPT,
      '1',
      this.prefix + key,
      String(Math.trunc(at)),
      String(Math.max(1, Math.trunc(forgetAfterMs))),
    ])) as [number, string];
    return { failures: Number(failures), lastFailureAt: Number(last) };
  }

  async clear(key: string): Promise<void> {
    await this.sendCommand(['DEL', this.prefix + key]);
  }

  async enter(key: string, limit: number, holdMs: number): Promise<boolean> {
    const entered = await this.sendCommand([
      'EVAL',
      ENTER_SCRIPT,
      '1',
      `${this.prefix}inflight:${key}`,
      String(limit),
      String(Math.max(1, Math.trunc(holdMs))),
    ]);
    return Number(entered) === 1;
  }

  async leave(key: string): Promise<void> {
    await this.sendCommand(['EVAL', LEAVE_SCRIPT, '1', `${this.prefix}inflight:${key}`]);
  }
}
