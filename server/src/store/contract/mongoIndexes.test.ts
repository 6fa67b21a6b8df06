// MongoDB only (runs when MONGODB_URI is set, like mongo.test.ts): index builds at start-up never
// drop an index and never stop a collection; what cannot be built is reported.
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../types.js';

// Index builds need a real MongoDB (none can run on the development machine): the suite runs when
// MONGODB_URI is set (`npm run test:mongo`) and says it was skipped otherwise.
const uri = process.env.MONGODB_URI;

describe.skipIf(!uri)('mongodb engine: index builds', () => {
  const dbName = `ketnoi_indexes_${Date.now().toString(36)}`;
  let raw: mongoose.Connection;
  let store: Store;

  beforeAll(async () => {
    raw = await mongoose.createConnection(uri!, { dbName }).asPromise();
    const { createMongoStore } = await import('../mongo/index.js');
    store = await createMongoStore({ uri: uri!, dbName, dropDatabaseOnClose: true });
  });
  afterAll(async () => {
    await store?.close();
    await raw?.close();
  });

  it('leaves an index it does not declare in place', async () => {
    await raw.db!.collection('handmade').createIndex({ note: 1 }, { name: 'by_hand' });
    const handmade = store.collection({ name: 'handmade', indexes: [{ fields: { city: 1 } }] });
    await handmade.insertOne({ _id: 'h1', city: 'hue' });
    expect(await store.whenIndexesBuilt()).toEqual([]);
    const names = (await raw.db!.collection('handmade').indexes()).map((i) => i.name).sort();
    expect(names).toEqual(['_id_', 'by_hand', 'city_1']);
  });

  it('goes on without a unique index the data violates, and lists it', async () => {
    await raw.db!.collection('dupes').insertMany([
      { _id: 'a' as never, email: 'same@x.vn' },
      { _id: 'b' as never, email: 'same@x.vn' },
    ]);
    const dupes = store.collection({ name: 'dupes', indexes: [{ fields: { email: 1 }, unique: true }] });
    expect(await dupes.countDocuments({ email: 'same@x.vn' })).toBe(2);
    expect(await store.whenIndexesBuilt()).toEqual([{ collection: 'dupes', index: 'email_1', error: expect.stringContaining('E11000') }]);
    expect(store.indexFailures().map((f) => f.index)).toEqual(['email_1']);
  });
});

if (!uri) console.info('[store] MongoDB index-build cases skipped: MONGODB_URI is not set');
