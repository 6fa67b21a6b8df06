import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../store/embedded/index.js';
import type { Store } from '../store/types.js';
import { EventBus } from './events.js';
import { createLogger } from './logger.js';

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const change = { userId: 'u-1', province: 'lang-son', by: 'admin', at: '2026-12-07T00:00:00.000Z' };

describe('EventBus.settled', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createEmbeddedStore({ dataDir: ':memory:' });
  });
  afterAll(() => store.close());

  it('waits for the after-commit handlers of a change, and for those they set off', async () => {
    const bus = new EventBus(store, createLogger('silent'));
    const done: string[] = [];
    bus.on('account.suspended', async () => {
      await later(20);
      done.push('suspended');
      bus.publish('account.unsuspended', { ...change, at: '2026-12-08T00:00:00.000Z' });
    });
    bus.on('account.unsuspended', async () => {
      await later(20);
      done.push('unsuspended');
    });
    await store.withTransaction(async () => bus.publish('account.suspended', { ...change, reason: null }));
    expect(done).toEqual([]);
    await bus.settled();
    expect(done).toEqual(['suspended', 'unsuspended']);
  });

  it('settles once a failing handler has failed (it is logged, never thrown)', async () => {
    const bus = new EventBus(store, createLogger('silent'));
    let ran = false;
    bus.on('account.password_reset_sent', async () => {
      await later(10);
      ran = true;
      throw new Error('mail server down');
    });
    bus.publish('account.password_reset_sent', change);
    await expect(bus.settled()).resolves.toBeUndefined();
    expect(ran).toBe(true);
  });
});
