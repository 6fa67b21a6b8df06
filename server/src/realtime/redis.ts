// REDIS_URL: what several app instances share — Socket.IO events (Redis Streams adapter),
// rate-limit counters and cache invalidations (pub/sub). Three connections: the adapter blocks on
// its stream reads, and a subscribed connection runs no other commands.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Store as RateLimitStore } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import { createClient } from 'redis';
import type { Logger } from '../lib/logger.js';
import { type FailureCounters, RedisFailureCounters } from '../modules/accounts/failureCounters.js';

export interface RedisConnections {
  socketAdapter: ReturnType<typeof createAdapter>;
  rateLimitStore: (prefix: string) => RateLimitStore;
  /** Failed sign-in counters (see modules/accounts/throttle.ts). */
  failureCounters: (prefix: string) => FailureCounters;
  /**
   * Tell every instance (this one included) that cached `name` data changed; `onMessage` runs on
   * each when the news arrives. Pub/sub is at-most-once: keep a time bound on caches as well.
   */
  broadcast(name: string, onMessage: (message: string) => void): Promise<(message: string) => Promise<void>>;
  close(): Promise<void>;
}

const CHANNEL_PREFIX = 'ketnoi:';

export async function createRedisConnections(url: string, logger: Logger): Promise<RedisConnections> {
  const adapterClient = createClient({ url });
  const commandClient = createClient({ url });
  for (const client of [adapterClient, commandClient]) client.on('error', (err: unknown) => logger.warn({ err }, 'redis connection error'));
  const subscriber = commandClient.duplicate();
  subscriber.on('error', (err: unknown) => logger.warn({ err }, 'redis subscriber connection error'));
  await Promise.all([adapterClient.connect(), commandClient.connect(), subscriber.connect()]);
  logger.info('redis connected: Socket.IO adapter, shared rate limits and cache invalidation enabled');
  return {
    socketAdapter: createAdapter(adapterClient),
    rateLimitStore: (prefix) => new RedisStore({ prefix, sendCommand: (...args: string[]) => commandClient.sendCommand(args) }),
    failureCounters: (prefix) => new RedisFailureCounters((args) => commandClient.sendCommand(args), prefix),
    broadcast: async (name, onMessage) => {
      const channel = `${CHANNEL_PREFIX}${name}`;
      await subscriber.subscribe(channel, (message) => onMessage(message));
      return async (message) => {
        await commandClient.publish(channel, message);
      };
    },
    close: async () => {
      await Promise.allSettled([adapterClient.quit(), commandClient.quit(), subscriber.quit()]);
    },
  };
}
