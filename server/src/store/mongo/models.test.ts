// Index builds of the MongoDB engine, without a server (see driverFakes.ts): declared indexes are
// built before the first operation and never dropped; a failed build is reported, not fatal.
import mongoose from 'mongoose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Doc } from '../types.js';
import type { RecordingCollection } from './driverFakes.js';
import { closeHarnesses, harness } from './driverFakes.js';

type User = Doc & { email: string; name?: string };

afterEach(closeHarnesses);

describe('mongo index builds', () => {
  it('builds declared indexes before the first operation, adds later declarations, never drops any', async () => {
    const { store, driver, open } = harness();
    const { collection, model } = open<User>('needs', [
      { fields: { ownerId: 1, slug: 1 }, unique: true, sparse: true },
      { fields: { _id: 1 } },
    ]);
    await collection.countDocuments({});
    expect(driver.indexCalls).toEqual([
      {
        fields: { ownerId: 1, slug: 1 },
        options: expect.objectContaining({
          name: 'ownerId_1_slug_1',
          unique: true,
          partialFilterExpression: { ownerId: { $exists: true }, slug: { $exists: true } },
        }),
      },
    ]);
    store.collection({ name: 'needs', indexes: [{ fields: { ownerId: 1, slug: 1 }, unique: true, sparse: true }] });
    await collection.countDocuments({});
    expect(driver.indexCalls).toHaveLength(1);
    store.collection({ name: 'needs', indexes: [{ fields: { province: 1, createdAt: -1 } }] });
    await collection.countDocuments({});
    expect(driver.indexCalls.map((c) => c.options.name)).toEqual(['ownerId_1_slug_1', 'province_1_createdAt_-1']);
    expect(model.schema.indexes().map(([, options]) => options.name)).toEqual(['ownerId_1_slug_1', 'province_1_createdAt_-1']);
    expect(driver.methods().some((m) => /drop/i.test(m))).toBe(false);
    expect(await store.whenIndexesBuilt()).toEqual([]);
  });

  it('goes on without an index the data violates, reports it in health and builds it once the data is fixed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { store, driver, connection, logged } = harness();
      const duplicate = new mongoose.mongo.MongoServerError({
        errmsg: 'Index build failed: E11000 duplicate key error collection: ketnoi.users index: email_1 dup key: { email: "a@b.vn" }',
        code: 11000,
      } as never);
      driver.indexFailures.set('email_1', duplicate);
      const collection = store.collection<User>({ name: 'users', indexes: [{ fields: { email: 1 }, unique: true }] });
      const model = connection.models.users!;
      vi.spyOn(model, 'createCollection').mockResolvedValue(undefined as never);
      (model.collection as unknown as { collection: RecordingCollection }).collection = driver;
      driver.reply('find', [{ _id: 'u1', email: 'a@b.vn' }]);
      expect(await collection.find({})).toEqual([{ _id: 'u1', email: 'a@b.vn' }]);
      const failures = await store.whenIndexesBuilt();
      expect(failures).toEqual([{ collection: 'users', index: 'email_1', error: expect.stringContaining('E11000') }]);
      expect(logged).toEqual([expect.objectContaining({ collection: 'users', index: 'email_1' })]);
      // The data is fixed; within the minute nothing is retried, after it a health check starts a build.
      driver.indexFailures.delete('email_1');
      expect(store.indexFailures()).toHaveLength(1);
      expect(driver.indexCalls).toHaveLength(1);
      vi.advanceTimersByTime(61_000);
      expect(store.indexFailures()).toHaveLength(1);
      expect(await store.whenIndexesBuilt()).toEqual([]);
      expect(driver.indexCalls).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
