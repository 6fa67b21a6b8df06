// What the engine hands to the MongoDB driver, checked without a server: Mongoose runs for real,
// only the driver collection and the session are recorded fakes. (Behaviour against a real
// replica set is the shared contract suite's job: MONGODB_URI=… npm run test:mongo.)
import mongoose from 'mongoose';
import { afterEach, describe, expect, it } from 'vitest';
import type { Doc } from '../types.js';
import { DuplicateKeyError, StoreUnavailableError } from '../types.js';
import { closeHarnesses, harness } from './driverFakes.js';

afterEach(closeHarnesses);

type User = Doc & { email: string; name?: string; tags?: string[] };

/** What the server answers an insert of a second user with the email a@b.vn. */
const duplicateEmail = () =>
  new mongoose.mongo.MongoServerError({
    errmsg: 'E11000 duplicate key error collection: ketnoi.users index: email_1 dup key: { email: "a@b.vn" }',
    code: 11000,
  } as never);

describe('mongo engine → driver', () => {
  it('passes filters through unchanged, with the port options mapped', async () => {
    const { driver, open } = harness();
    const { collection } = open<User>('users');
    const filter = {
      status: { $in: ['active', 'pending'] },
      'profile.province': 'lang-son',
      createdAt: { $gte: '2025-07-01T00:00:00.000Z' },
      $or: [{ tags: { $all: ['mật ong'] } }, { score: { $gt: 3 } }],
      _id: { $ne: 'u0' },
    };
    const original = structuredClone(filter);
    driver.reply('find', [{ _id: 'u1', email: 'a@b.vn' }]);
    const found = await collection.find(filter, { sort: { createdAt: -1 }, skip: 20, limit: 10, projection: { email: 1 } });
    expect(found).toEqual([{ _id: 'u1', email: 'a@b.vn' }]);
    const [call] = driver.calls;
    expect(call?.method).toBe('find');
    expect(call?.args[0]).toEqual(original);
    expect(call?.args[1]).toMatchObject({ sort: { createdAt: -1 }, skip: 20, limit: 10, projection: { email: 1 } });
    expect(filter).toEqual(original);
  });

  it('refuses an empty $and/$or/$nor before the driver sees it, with MongoDB’s message', async () => {
    const { driver, open } = harness();
    const { collection } = open<User>('users');
    await expect(collection.find({ $or: [] })).rejects.toThrow('$and/$or/$nor must be a nonempty array');
    await expect(collection.countDocuments({ email: 'a@b.vn', $and: [{ $nor: [] }] })).rejects.toThrow(/nonempty array/);
    await expect(collection.updateMany({ $and: [] }, { $set: { name: 'x' } })).rejects.toThrow(/nonempty array/);
    expect(driver.calls).toEqual([]);
  });

  it('applies the embedded engine’s slicing rules (no negative skip, limit ≤ 0 = none)', async () => {
    const { driver, open } = harness();
    const { collection } = open<User>('users');
    await collection.find({}, { skip: -5, limit: 0 });
    const options = driver.calls[0]?.args[1] as Record<string, unknown>;
    expect(options.skip).toBeUndefined();
    expect(options.limit).toBeUndefined();
  });

  it('inserts normalised copies and returns what was stored', async () => {
    const { driver, open } = harness();
    const { collection } = open<User & { at?: unknown }>('users');
    const input = { _id: 'u1', email: 'a@b.vn', at: new Date('2025-07-01T00:00:00Z') as unknown, gone: undefined };
    const stored = await collection.insertOne(input);
    expect(stored).toEqual({ _id: 'u1', email: 'a@b.vn', at: '2025-07-01T00:00:00.000Z' });
    expect(driver.calls[0]?.method).toBe('insertMany');
    expect(driver.calls[0]?.args[0]).toEqual([{ _id: 'u1', email: 'a@b.vn', at: '2025-07-01T00:00:00.000Z' }]);
    (stored as { email: string }).email = 'changed';
    expect((driver.calls[0]?.args[0] as User[])[0]?.email).toBe('a@b.vn');
  });

  it('inserts several documents in one transaction, passing its session', async () => {
    const { driver, open, session } = harness();
    const { collection } = open<User>('users');
    const stored = await collection.insertMany([
      { _id: 'u1', email: 'a@b.vn' },
      { _id: 'u2', email: 'c@d.vn' },
    ]);
    expect(stored.map((d) => d._id)).toEqual(['u1', 'u2']);
    expect(session.attempts).toBe(1);
    expect(session.ended).toBe(true);
    expect(driver.calls[0]?.args[1]).toMatchObject({ ordered: true, session });
    expect(await collection.insertMany([])).toEqual([]);
    expect(driver.calls).toHaveLength(1);
  });

  it('maps updateOne results and sends the prepared update', async () => {
    const { driver, open } = harness();
    const { collection } = open<User>('users');
    driver.reply('updateOne', { acknowledged: true, matchedCount: 0, modifiedCount: 0, upsertedId: 'new-id', upsertedCount: 1 });
    const result = await collection.updateOne(
      { email: 'a@b.vn' },
      { $set: { name: 'Thuận Anh' }, $addToSet: { tags: 'bún ngô' }, $inc: { logins: 1 } },
      { upsert: true },
    );
    expect(result).toEqual({ matchedCount: 0, modifiedCount: 0, upsertedId: 'new-id' });
    const [filter, update, options] = driver.calls[0]!.args as [unknown, Record<string, Record<string, unknown>>, Record<string, unknown>];
    expect(filter).toEqual({ email: 'a@b.vn' });
    expect(update.$set).toEqual({ name: 'Thuận Anh' });
    expect(update.$addToSet).toEqual({ tags: 'bún ngô' });
    expect(update.$inc).toEqual({ logins: 1 });
    expect(typeof update.$setOnInsert?._id).toBe('string');
    expect(options.upsert).toBe(true);
  });

  it('hands every port update operator to the driver as written', async () => {
    const { driver, open } = harness();
    const { collection } = open<User>('profiles');
    const update = {
      $set: { profile: { name: 'Tumany', links: {}, 'sub.key': 1 }, 'stats.views': 3 },
      $unset: { draft: '' },
      $inc: { 'stats.score': -2 },
      $push: { history: { $each: [{ at: '2025-07-01', to: 'accepted' }], $slice: -50 } },
      $pull: { items: { id: 'x', qty: { $gte: 5 } } },
      $addToSet: { tags: { $each: ['ocop', 'mật ong'] } },
    };
    await collection.updateMany({ province: 'lang-son' }, update);
    const sent = driver.calls[0]?.args[1];
    expect(sent).toEqual(update);
  });

  it('answers an update that changes nothing with a count instead of a write', async () => {
    const { driver, open } = harness();
    const { collection } = open<User>('users');
    driver.reply('countDocuments', 1);
    expect(await collection.updateOne({ _id: 'u1' }, { $set: {} })).toEqual({ matchedCount: 1, modifiedCount: 0, upsertedId: null });
    expect(driver.methods()).toEqual(['countDocuments']);
    expect(driver.calls[0]?.args[1]).toMatchObject({ limit: 1 });
  });

  it('findOneAndUpdate passes returnDocument, sort and upsert', async () => {
    const { driver, open } = harness();
    const { collection } = open<User>('users');
    driver.reply('findOneAndUpdate', { _id: 'u1', email: 'a@b.vn', name: 'B' });
    const doc = await collection.findOneAndUpdate(
      { email: 'a@b.vn' },
      { $set: { name: 'B' } },
      { returnDocument: 'before', sort: { createdAt: 1 } },
    );
    expect(doc).toEqual({ _id: 'u1', email: 'a@b.vn', name: 'B' });
    const options = driver.calls[0]?.args[2] as Record<string, unknown>;
    expect(options).toMatchObject({ returnDocument: 'before', sort: { createdAt: 1 }, upsert: false });
    expect(options.includeResultMetadata).toBe(false);
  });

  it('translates a duplicate key into DuplicateKeyError with the index name', async () => {
    const { driver, open } = harness();
    const { collection } = open<User>('users', [{ fields: { email: 1 }, unique: true }]);
    driver.failures.set('insertMany', duplicateEmail());
    const error = await collection.insertOne({ _id: 'u2', email: 'a@b.vn' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateKeyError);
    expect(error).toMatchObject({ collection: 'users', index: 'email_1' });
  });

  it('passes aggregation pipelines and counts through', async () => {
    const { driver, open } = harness();
    const { collection } = open<User>('intros');
    const pipeline = [{ $match: { province: 'lang-son' } }, { $group: { _id: '$category', n: { $sum: 1 } } }, { $sort: { n: -1 } }];
    driver.reply('aggregate', [{ _id: 'trademark', n: 6 }]);
    driver.reply('countDocuments', 20);
    expect(await collection.aggregate(pipeline)).toEqual([{ _id: 'trademark', n: 6 }]);
    expect(driver.calls[0]?.args[0]).toEqual(pipeline);
    expect(await collection.countDocuments({ province: 'lang-son' })).toBe(20);
    expect(driver.calls[1]?.args[0]).toEqual({ province: 'lang-son' });
    expect(await collection.deleteMany({ province: 'x' })).toEqual({ deletedCount: 3 });
  });

  it('joins the ambient transaction: every call carries the session, nested calls join, callbacks wait for commit', async () => {
    const { store, driver, open, session } = harness();
    const { collection } = open<User>('users');
    const events: string[] = [];
    driver.reply('findOne', { _id: 'u1', email: 'a@b.vn' });
    const result = await store.withTransaction(async () => {
      await collection.findOne({ _id: 'u1' });
      store.afterCommit(() => events.push('committed'));
      await store.withTransaction(async () => {
        await collection.updateOne({ _id: 'u1' }, { $set: { name: 'A' } });
      });
      await Promise.all([collection.deleteOne({ _id: 'u9' }), collection.countDocuments({})]);
      events.push('body done');
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(session.attempts).toBe(1);
    for (const call of driver.calls) {
      const options = call.args[call.method === 'findOne' || call.method === 'deleteOne' || call.method === 'countDocuments' ? 1 : 2];
      expect((options as { session?: unknown }).session).toBe(session);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual(['body done', 'committed']);
    await collection.findOne({ _id: 'u1' });
    expect((driver.calls.at(-1)?.args[1] as { session?: unknown }).session).toBeUndefined();
  });

  it('runs afterCommit callbacks of the last attempt only when the driver retried', async () => {
    const { store, open } = harness({ attempts: 2 });
    open<User>('users');
    const events: number[] = [];
    let attempt = 0;
    await store.withTransaction(async () => {
      attempt += 1;
      const n = attempt;
      store.afterCommit(() => events.push(n));
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual([2]);
  });

  it('ends the transaction with a swallowed duplicate key instead of committing', async () => {
    const { store, driver, open } = harness();
    const { collection } = open<User>('users', [{ fields: { email: 1 }, unique: true }]);
    driver.failures.set('insertMany', duplicateEmail());
    const outcome = await store
      .withTransaction(async () => {
        await collection.insertOne({ _id: 'u2', email: 'a@b.vn' }).catch(() => 'ignored');
        return 'carried on';
      })
      .catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(DuplicateKeyError);
  });

  it('reports a failover outside a transaction as StoreUnavailableError; inside one, retries the transaction', async () => {
    const { store, driver, open, session } = harness();
    const { collection } = open<User>('users');
    const noPrimary = () => new mongoose.mongo.MongoServerSelectionError('Server selection timed out after 15000 ms', {} as never);
    driver.failures.set('find', noPrimary());
    const error = await collection.find({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    driver.failures.set('findOne', noPrimary());
    driver.reply('findOne', { _id: 'u1', email: 'a@b.vn' });
    const found = await store.withTransaction(() => collection.findOne({ _id: 'u1' }));
    expect(found).toEqual({ _id: 'u1', email: 'a@b.vn' });
    expect(session.attempts).toBe(2);
  });

  it('refuses calls after close and reports not-alive', async () => {
    const { store, open } = harness();
    const { collection } = open<User>('users');
    await store.close();
    await expect(collection.find({})).rejects.toThrow('store is closed');
    expect(() => store.collection({ name: 'users' })).toThrow('store is closed');
    await expect(store.withTransaction(async () => 1)).rejects.toThrow('store is closed');
    expect(await store.ping()).toBe(false);
    await store.close();
  });

  it('rejects collection names the embedded engine would reject', () => {
    const { store } = harness();
    expect(() => store.collection({ name: 'bad name' })).toThrow(/invalid collection name/);
    expect(() => store.collection({ name: '9lives' })).toThrow(/invalid collection name/);
  });
});
