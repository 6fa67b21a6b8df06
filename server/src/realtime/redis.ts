// REDIS_URL: what several app instances share — Socket.IO events (Redis Streams adapter) and
// rate-limit counters. Two connections, because the adapter blocks on its stream reads.
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
  close(): Promise<void>;
}

export async function createRedisConnections(url: string, logger: Logger): Promise<RedisConnections> {
  const adapterClient = createClient({ url });
  const commandClient = createClient({ url });
  for (const client of [adapterClient, commandClient]) client.on('error', (err: unknown) => logger.warn({ err }, 'redis connection error'));
  await Promise.all([adapterClient.connect(), commandClient.connect()]);
  logger.info('redis connected: Socket.IO adapter and shared rate limits enabled');
  return {
    socketAdapter: createAdapter(adapterClient),
    rateLimitStore: (prefix) => new RedisStore({ prefix, sendCommand: (...args: string[]) => commandClient.sendCommand(args) }),
    failureCounters: (prefix) => new RedisFailureCounters((args) => commandClient.sendCommand(args), prefix),
    close: async () => {
      await Promise.allSettled([adapterClient.quit(), commandClient.quit()]);
    },
  };
}
