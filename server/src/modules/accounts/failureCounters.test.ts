// The two failure-counter stores behave alike (the Redis one runs when REDIS_URL is set).
import crypto from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FailureCounters, MemoryFailureCounters, RedisFailureCounters } from './failureCounters.js';

const MINUTE = 60_000;
const T0 = Date.parse('2026-03-02T01:00:00.000Z');

function contract(name: string, make: () => FailureCounters) {
  describe(name, () => {
    const key = () => `test:${crypto.randomUUID()}`;

    it('counts failures and remembers the latest time', async () => {
      const counters = make();
      const k = key();
      expect(await counters.get(k)).toBeNull();
      expect(await counters.add(k, T0, 15 * MINUTE)).toEqual({ failures: 1, lastFailureAt: T0 });
      expect(await counters.add(k, T0 + 5000, 15 * MINUTE)).toEqual({ failures: 2, lastFailureAt: T0 + 5000 });
      // A failure reported late (another instance's clock) never moves the time back.
      expect(await counters.add(k, T0 + 1000, 15 * MINUTE)).toEqual({ failures: 3, lastFailureAt: T0 + 5000 });
      expect(await counters.get(k)).toEqual({ failures: 3, lastFailureAt: T0 + 5000 });
    });

    it('starts again from one once the last failure is forgotten', async () => {
      const counters = make();
      const k = key();
      await counters.add(k, T0, 15 * MINUTE);
      await counters.add(k, T0 + 14 * MINUTE, 15 * MINUTE);
      expect((await counters.add(k, T0 + 28 * MINUTE, 15 * MINUTE)).failures).toBe(3);
      expect(await counters.add(k, T0 + 44 * MINUTE, 15 * MINUTE)).toEqual({ failures: 1, lastFailureAt: T0 + 44 * MINUTE });
    });

    it('clears one key only', async () => {
      const counters = make();
      const [a, b] = [key(), key()];
      await counters.add(a, T0, MINUTE);
      await counters.add(b, T0, MINUTE);
      await counters.clear(a);
      expect(await counters.get(a)).toBeNull();
      expect((await counters.get(b))?.failures).toBe(1);
    });

    it('gives at most `limit` places in flight at once, and each given back frees one', async () => {
      const counters = make();
      const [k, other] = [key(), key()];
      const entered = await Promise.all(Array.from({ length: 6 }, () => counters.enter(k, 2, MINUTE)));
      expect(entered.filter(Boolean)).toHaveLength(2);
      expect(await counters.enter(other, 1, MINUTE)).toBe(true);
      await counters.leave(k);
      expect(await counters.enter(k, 2, MINUTE)).toBe(true);
      expect(await counters.enter(k, 2, MINUTE)).toBe(false);
      // Given back more often than taken, it never owes places.
      for (let i = 0; i < 4; i++) await counters.leave(k);
      expect(await Promise.all([counters.enter(k, 1, MINUTE), counters.enter(k, 1, MINUTE)])).toEqual([true, false]);
    });
  });
}

contract('in memory', () => new MemoryFailureCounters());

const redisUrl = process.env.REDIS_URL;
describe.skipIf(!redisUrl)('in Redis', () => {
  const client = createClient({ url: redisUrl });
  beforeAll(() => client.connect());
  afterAll(() => client.quit());
  contract('Redis', () => new RedisFailureCounters((args) => client.sendCommand(args), 'test:login:'));

  it('lets Redis drop a key once it would be forgotten', async () => {
    const counters = new RedisFailureCounters((args) => client.sendCommand(args), 'test:login:');
    const k = `ttl:${crypto.randomUUID()}`;
    await counters.add(k, T0, 15 * MINUTE);
    const ttl = Number(await client.sendCommand(['PTTL', `test:login:${k}`]));
    expect(ttl).toBeGreaterThan(14 * MINUTE);
    expect(ttl).toBeLessThanOrEqual(15 * MINUTE);
  });
});
