// The store contract: every engine must pass these cases. Used by embedded.test.ts (always)
// and mongo.test.ts (when MONGODB_URI is set). Collections get a per-run prefix so the suite can
// run against a shared MongoDB without touching real data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Collection, Doc, Store } from '../types.js';
import { DuplicateKeyError } from '../types.js';
import { guardCases } from './guardCases.js';
import { semanticsCases } from './semanticsCases.js';

type Person = Doc & { name: string; age?: number; tags?: string[]; city?: string; email?: string; profile?: { level: number } };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function runStoreContract(engineName: string, makeStore: () => Promise<Store>): void {
  describe(`store contract: ${engineName}`, () => {
    let store: Store;
    const prefix = `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}_`;
    let seq = 0;
    const fresh = <T extends Doc = Person>(indexes: Parameters<Store['collection']>[0]['indexes'] = []): Collection<T> =>
      store.collection<T>({ name: `${prefix}${seq++}`, indexes });

    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await store.close();
    });

    it('inserts, finds and returns copies that cannot change stored data', async () => {
      const people = fresh();
      const inserted = await people.insertOne({ _id: 'a', name: 'Lan', age: 30, tags: ['x'] });
      expect(inserted).toEqual({ _id: 'a', name: 'Lan', age: 30, tags: ['x'] });
      const found = await people.findOne({ _id: 'a' });
      found!.name = 'changed';
      found!.tags!.push('y');
      expect(await people.findOne({ _id: 'a' })).toEqual({ _id: 'a', name: 'Lan', age: 30, tags: ['x'] });
      expect(await people.findOne({ _id: 'missing' })).toBeNull();
    });

    it('filters with query operators, dotted paths and array membership', async () => {
      const people = fresh([{ fields: { city: 1 } }]);
      await people.insertMany([
        { _id: '1', name: 'An', age: 20, city: 'lang-son', tags: ['honey', 'ocop'], profile: { level: 1 } },
        { _id: '2', name: 'Bình', age: 35, city: 'phu-tho', tags: ['tea'], profile: { level: 3 } },
        { _id: '3', name: 'Chi', age: 41, city: 'lang-son', tags: [], profile: { level: 2 } },
        { _id: '4', name: 'Dũng', city: 'da-nang' },
      ]);
      const ids = async (filter: Record<string, unknown>) => (await people.find(filter, { sort: { _id: 1 } })).map((p) => p._id);
      expect(await ids({ city: 'lang-son' })).toEqual(['1', '3']);
      expect(await ids({ age: { $gte: 30 } })).toEqual(['2', '3']);
      expect(await ids({ city: { $in: ['phu-tho', 'da-nang'] } })).toEqual(['2', '4']);
      expect(await ids({ tags: 'honey' })).toEqual(['1']);
      expect(await ids({ 'profile.level': { $gt: 1 } })).toEqual(['2', '3']);
      expect(await ids({ age: { $exists: false } })).toEqual(['4']);
      expect(await ids({ $or: [{ city: 'da-nang' }, { age: 20 }] })).toEqual(['1', '4']);
      expect(await ids({ $and: [{ city: 'lang-son' }, { age: { $lt: 30 } }] })).toEqual(['1']);
      expect(await ids({ city: 'lang-son', age: 41 })).toEqual(['3']);
      expect(await ids({ name: { $ne: 'An' }, city: { $nin: ['da-nang'] } })).toEqual(['2', '3']);
      // A string pattern (the admin user search matches folded words this way).
      expect(await ids({ city: { $regex: '-son$' } })).toEqual(['1', '3']);
      expect(await ids({ $and: [{ city: { $regex: 'son' } }, { city: { $regex: 'lang' } }] })).toEqual(['1', '3']);
      expect(await people.countDocuments({ city: 'lang-son' })).toBe(2);
      expect(await people.countDocuments()).toBe(4);
    });

    it('sorts, skips, limits and projects', async () => {
      const people = fresh();
      await people.insertMany(
        Array.from({ length: 30 }, (_, i) => ({ _id: `p${String(i).padStart(2, '0')}`, name: `N${i % 7}`, age: (i * 7) % 30 })),
      );
      const page = await people.find({}, { sort: { age: -1, _id: 1 }, skip: 2, limit: 3 });
      expect(page.map((p) => p.age)).toEqual([27, 26, 25]);
      const byName = await people.find({}, { sort: { name: 1, age: 1 }, limit: 2 });
      expect(byName.map((p) => [p.name, p.age])).toEqual([
        ['N0', 0],
        ['N0', 8], // i = 0, 14 → ages 0 and 98 % 30
      ]);
      const projected = await people.find({ _id: 'p01' }, { projection: { name: 1 } });
      expect(projected).toEqual([{ _id: 'p01', name: 'N1' }]);
      const excluded = await people.findOne({ _id: 'p01' }, { projection: { age: 0 } });
      expect(excluded).toEqual({ _id: 'p01', name: 'N1' });
    });

    it('updates with $set $unset $inc $push $pull $addToSet and reports counts', async () => {
      const people = fresh();
      await people.insertOne({ _id: 'u', name: 'Hà', age: 1, tags: ['a', 'b'], city: 'x' });
      const r1 = await people.updateOne(
        { _id: 'u' },
        { $set: { name: 'Hà Giang', 'profile.level': 2 }, $unset: { city: '' }, $inc: { age: 2 } },
      );
      expect(r1).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedId: null });
      await people.updateOne({ _id: 'u' }, { $push: { tags: 'c' } });
      await people.updateOne({ _id: 'u' }, { $pull: { tags: 'a' } });
      await people.updateOne({ _id: 'u' }, { $addToSet: { tags: 'b' } });
      await people.updateOne({ _id: 'u' }, { $addToSet: { tags: { $each: ['d', 'c'] } } });
      expect(await people.findOne({ _id: 'u' })).toEqual({
        _id: 'u',
        name: 'Hà Giang',
        age: 3,
        tags: ['b', 'c', 'd'],
        profile: { level: 2 },
      });
      const noop = await people.updateOne({ _id: 'u' }, { $set: { name: 'Hà Giang' } });
      expect(noop).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
      const none = await people.updateOne({ _id: 'nobody' }, { $set: { name: 'x' } });
      expect(none).toMatchObject({ matchedCount: 0, modifiedCount: 0, upsertedId: null });
    });

    it('upserts from the filter equality fields and $setOnInsert', async () => {
      const counters = fresh<Doc & { key: string; n: number; createdBy?: string }>();
      const r = await counters.updateOne({ key: 'views' }, { $inc: { n: 1 }, $setOnInsert: { createdBy: 'test' } }, { upsert: true });
      expect(r.matchedCount).toBe(0);
      expect(typeof r.upsertedId).toBe('string');
      await counters.updateOne({ key: 'views' }, { $inc: { n: 1 }, $setOnInsert: { createdBy: 'other' } }, { upsert: true });
      const doc = await counters.findOne({ key: 'views' });
      expect(doc).toMatchObject({ key: 'views', n: 2, createdBy: 'test' });
      expect(await counters.countDocuments()).toBe(1);
    });

    it('updateMany and findOneAndUpdate (before/after, sort, upsert)', async () => {
      const jobs = fresh<Doc & { state: string; priority: number }>();
      await jobs.insertMany([
        { _id: 'j1', state: 'queued', priority: 1 },
        { _id: 'j2', state: 'queued', priority: 5 },
        { _id: 'j3', state: 'done', priority: 9 },
      ]);
      const claimed = await jobs.findOneAndUpdate(
        { state: 'queued' },
        { $set: { state: 'running' } },
        { sort: { priority: -1 }, returnDocument: 'after' },
      );
      expect(claimed).toEqual({ _id: 'j2', state: 'running', priority: 5 });
      const before = await jobs.findOneAndUpdate({ _id: 'j1' }, { $inc: { priority: 1 } }, { returnDocument: 'before' });
      expect(before).toEqual({ _id: 'j1', state: 'queued', priority: 1 });
      expect(await jobs.findOneAndUpdate({ _id: 'zz' }, { $set: { state: 'x' } }, { returnDocument: 'after' })).toBeNull();
      const up = await jobs.findOneAndUpdate(
        { _id: 'j9' },
        { $set: { state: 'queued', priority: 0 } },
        { upsert: true, returnDocument: 'after' },
      );
      expect(up).toEqual({ _id: 'j9', state: 'queued', priority: 0 });
      const many = await jobs.updateMany({ state: 'queued' }, { $set: { state: 'cancelled' } });
      expect(many).toMatchObject({ matchedCount: 2, modifiedCount: 2 });
      expect((await jobs.find({ state: 'cancelled' }, { sort: { _id: 1 } })).map((j) => j._id)).toEqual(['j1', 'j9']);
    });

    it('deletes one or many', async () => {
      const items = fresh<Doc & { k: number }>();
      await items.insertMany([1, 2, 3, 4].map((k) => ({ _id: `d${k}`, k })));
      expect(await items.deleteOne({ k: { $gt: 2 } })).toEqual({ deletedCount: 1 });
      expect(await items.deleteMany({ k: { $lte: 2 } })).toEqual({ deletedCount: 2 });
      expect(await items.countDocuments()).toBe(1);
      expect(await items.deleteMany({ k: 99 })).toEqual({ deletedCount: 0 });
    });

    it('aggregates ($match $unwind $group $project $sort $count)', async () => {
      const intros = fresh<Doc & { province: string; status: string; tags: string[]; hours: number }>();
      await intros.insertMany([
        { _id: 'i1', province: 'lang-son', status: 'accepted', tags: ['a', 'b'], hours: 2 },
        { _id: 'i2', province: 'lang-son', status: 'declined', tags: ['a'], hours: 10 },
        { _id: 'i3', province: 'lang-son', status: 'accepted', tags: [], hours: 4 },
        { _id: 'i4', province: 'phu-tho', status: 'accepted', tags: ['b'], hours: 6 },
      ]);
      const byStatus = await intros.aggregate<{ _id: string; n: number; avg: number }>([
        { $match: { province: 'lang-son' } },
        { $group: { _id: '$status', n: { $sum: 1 }, avg: { $avg: '$hours' } } },
        { $sort: { _id: 1 } },
      ]);
      expect(byStatus).toEqual([
        { _id: 'accepted', n: 2, avg: 3 },
        { _id: 'declined', n: 1, avg: 10 },
      ]);
      const tags = await intros.aggregate<{ _id: string; n: number }>([
        { $unwind: '$tags' },
        { $group: { _id: '$tags', n: { $sum: 1 } } },
        { $sort: { n: -1, _id: 1 } },
      ]);
      expect(tags).toEqual([
        { _id: 'a', n: 2 },
        { _id: 'b', n: 2 },
      ]);
      const counted = await intros.aggregate<{ total: number }>([{ $match: { status: 'accepted' } }, { $count: 'total' }]);
      expect(counted).toEqual([{ total: 3 }]);
      const projected = await intros.aggregate([
        { $match: { _id: 'i1' } },
        { $project: { _id: 0, p: '$province', n: { $size: '$tags' } } },
      ]);
      expect(projected).toEqual([{ p: 'lang-son', n: 2 }]);
      // Aggregation must not alter stored documents.
      await intros.aggregate([{ $addFields: { 'extra.x': 1 } }, { $unwind: { path: '$tags', preserveNullAndEmptyArrays: true } }]);
      expect(await intros.findOne({ _id: 'i3' })).toEqual({ _id: 'i3', province: 'lang-son', status: 'accepted', tags: [], hours: 4 });
    });

    it('enforces unique indexes (plain, sparse, compound) and _id uniqueness', async () => {
      const users = fresh([{ fields: { email: 1 }, unique: true }]);
      await users.insertOne({ _id: 'u1', name: 'A', email: 'a@x.vn' });
      await expect(users.insertOne({ _id: 'u2', name: 'B', email: 'a@x.vn' })).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(users.insertOne({ _id: 'u1', name: 'C', email: 'c@x.vn' })).rejects.toBeInstanceOf(DuplicateKeyError);
      await users.insertOne({ _id: 'u3', name: 'D', email: 'd@x.vn' });
      await expect(users.updateOne({ _id: 'u3' }, { $set: { email: 'a@x.vn' } })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await users.findOne({ _id: 'u3' }))!.email).toBe('d@x.vn');
      expect(await users.countDocuments()).toBe(2);

      const sparse = fresh([{ fields: { email: 1 }, unique: true, sparse: true }]);
      await sparse.insertMany([
        { _id: 's1', name: 'no email' },
        { _id: 's2', name: 'no email either' },
      ]);
      expect(await sparse.countDocuments()).toBe(2);

      const pairs = fresh<Doc & { a: string; b: string }>([{ fields: { a: 1, b: 1 }, unique: true }]);
      await pairs.insertMany([
        { _id: 'p1', a: 'x', b: 'y' },
        { _id: 'p2', a: 'x', b: 'z' },
      ]);
      await expect(pairs.insertOne({ _id: 'p3', a: 'x', b: 'y' })).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('a failed insertMany stores nothing', async () => {
      const users = fresh([{ fields: { email: 1 }, unique: true }]);
      await expect(
        users.insertMany([
          { _id: 'm1', name: 'A', email: 'same@x.vn' },
          { _id: 'm2', name: 'B', email: 'same@x.vn' },
        ]),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await users.countDocuments()).toBe(0);
    });

    it('commits a transaction atomically across collections', async () => {
      const accounts = fresh<Doc & { balance: number }>();
      const ledger = fresh<Doc & { amount: number }>();
      await accounts.insertMany([
        { _id: 'a', balance: 100 },
        { _id: 'b', balance: 0 },
      ]);
      await store.withTransaction(async () => {
        await accounts.updateOne({ _id: 'a' }, { $inc: { balance: -40 } });
        await accounts.updateOne({ _id: 'b' }, { $inc: { balance: 40 } });
        await ledger.insertOne({ _id: 'l1', amount: 40 });
        // Reads inside the transaction see its own writes.
        expect((await accounts.findOne({ _id: 'a' }))!.balance).toBe(60);
        expect(await ledger.countDocuments()).toBe(1);
      });
      expect((await accounts.find({}, { sort: { _id: 1 } })).map((a) => a.balance)).toEqual([60, 40]);
      expect(await ledger.countDocuments()).toBe(1);
    });

    it('a transaction that throws leaves no partial writes', async () => {
      const accounts = fresh<Doc & { balance: number }>([{ fields: { balance: 1 } }]);
      const ledger = fresh<Doc & { amount: number }>();
      await accounts.insertOne({ _id: 'a', balance: 100 });
      await expect(
        store.withTransaction(async () => {
          await accounts.updateOne({ _id: 'a' }, { $inc: { balance: -40 } });
          await ledger.insertOne({ _id: 'l1', amount: 40 });
          await accounts.insertOne({ _id: 'new', balance: 1 });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await accounts.findOne({ _id: 'a' })).toEqual({ _id: 'a', balance: 100 });
      expect(await accounts.countDocuments({ balance: 60 })).toBe(0);
      expect(await accounts.findOne({ _id: 'new' })).toBeNull();
      expect(await ledger.countDocuments()).toBe(0);
    });

    it('a unique violation inside a transaction rolls the whole transaction back', async () => {
      const users = fresh([{ fields: { email: 1 }, unique: true }]);
      await users.insertOne({ _id: 'x', name: 'X', email: 'x@x.vn' });
      await expect(
        store.withTransaction(async () => {
          await users.insertOne({ _id: 'y', name: 'Y', email: 'y@x.vn' });
          await users.insertOne({ _id: 'z', name: 'Z', email: 'x@x.vn' });
        }),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await users.find({}, { sort: { _id: 1 } })).map((u) => u._id)).toEqual(['x']);
    });

    it('concurrent transactions do not interleave (read-modify-write stays correct)', async () => {
      const counters = fresh<Doc & { n: number }>();
      await counters.insertOne({ _id: 'c', n: 0 });
      const increments = 12;
      await Promise.all(
        Array.from({ length: increments }, () =>
          store.withTransaction(async () => {
            const current = await counters.findOne({ _id: 'c' });
            await sleep(2);
            await counters.updateOne({ _id: 'c' }, { $set: { n: current!.n + 1 } });
          }),
        ),
      );
      expect((await counters.findOne({ _id: 'c' }))!.n).toBe(increments);
    });

    guardCases(() => ({ store, prefix, fresh }));
    semanticsCases(() => ({ fresh }));

    it('uncommitted writes are invisible outside their transaction', async () => {
      const notes = fresh<Doc & { text: string }>();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let insideDone!: () => void;
      const inserted = new Promise<void>((r) => (insideDone = r));
      const tx = store.withTransaction(async () => {
        await notes.insertOne({ _id: 'n1', text: 'draft' });
        insideDone();
        await gate;
      });
      await inserted;
      expect(await notes.findOne({ _id: 'n1' })).toBeNull();
      release();
      await tx;
      expect(await notes.findOne({ _id: 'n1' })).toEqual({ _id: 'n1', text: 'draft' });
    });

    it('runs after-commit callbacks only when the transaction commits', async () => {
      const notes = fresh<Doc & { text: string }>();
      const seen: string[] = [];
      await store.withTransaction(async () => {
        await notes.insertOne({ _id: 'ok', text: 'a' });
        store.afterCommit(() => seen.push('committed'));
        expect(seen).toEqual([]);
      });
      await expect(
        store.withTransaction(async () => {
          store.afterCommit(() => seen.push('rolled back'));
          throw new Error('no');
        }),
      ).rejects.toThrow('no');
      await sleep(5);
      expect(seen).toEqual(['committed']);
    });

    it('an index declared over existing documents answers lookups', async () => {
      const name = `${prefix}late`;
      const plain = store.collection<Person>({ name });
      await plain.insertMany([
        { _id: 'l1', name: 'A', city: 'hue' },
        { _id: 'l2', name: 'B', city: 'hue' },
        { _id: 'l3', name: 'C', city: 'ha-noi' },
      ]);
      const indexed = store.collection<Person>({ name, indexes: [{ fields: { city: 1 } }, { fields: { name: 1 }, unique: true }] });
      expect((await indexed.find({ city: 'hue' }, { sort: { _id: 1 } })).map((d) => d._id)).toEqual(['l1', 'l2']);
      expect((await indexed.findOne({ name: 'C' }))!._id).toBe('l3');
      await expect(indexed.insertOne({ _id: 'l4', name: 'A' })).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('finds documents by every field of a compound unique index, also after updates and inside transactions', async () => {
      const messages = fresh<Doc & { conv: string; client: string; body: string }>([{ fields: { conv: 1, client: 1 }, unique: true }]);
      await messages.insertMany(
        Array.from({ length: 50 }, (_, i) => ({ _id: `m${i}`, conv: `c${i % 5}`, client: `k${i}`, body: `b${i}` })),
      );
      expect((await messages.findOne({ conv: 'c3', client: 'k13' }))!._id).toBe('m13');
      expect(await messages.findOne({ conv: 'c3', client: 'k14' })).toBeNull();
      expect(await messages.countDocuments({ conv: 'c3', client: 'k13', body: 'other' })).toBe(0);
      await messages.updateOne({ _id: 'm13' }, { $set: { client: 'k13b' } });
      expect(await messages.findOne({ conv: 'c3', client: 'k13' })).toBeNull();
      expect((await messages.findOne({ conv: 'c3', client: 'k13b' }))!._id).toBe('m13');
      await store.withTransaction(async () => {
        await messages.insertOne({ _id: 'new', conv: 'c9', client: 'k9', body: 'x' });
        await messages.updateOne({ _id: 'm0' }, { $set: { client: 'moved' } });
        expect((await messages.findOne({ conv: 'c9', client: 'k9' }))!._id).toBe('new');
        expect(await messages.findOne({ conv: 'c0', client: 'k0' })).toBeNull();
        expect((await messages.findOne({ conv: 'c0', client: 'moved' }))!._id).toBe('m0');
      });
    });

    it('matches array members through a compound unique index (multikey)', async () => {
      const tagged = fresh<Doc & { owner: string; tags: string[] }>([{ fields: { owner: 1, tags: 1 }, unique: true }]);
      await tagged.insertMany([
        { _id: 't1', owner: 'a', tags: ['x', 'y'] },
        { _id: 't2', owner: 'a', tags: ['z'] },
      ]);
      expect((await tagged.findOne({ owner: 'a', tags: 'y' }))!._id).toBe('t1');
      expect((await tagged.findOne({ owner: 'a', tags: 'z' }))!._id).toBe('t2');
    });

    it('counts exactly, through indexes too, including array members and after changes', async () => {
      const items = fresh<Doc & { city: string; tags: string[] }>([{ fields: { city: 1 } }, { fields: { tags: 1 } }]);
      await items.insertMany([
        { _id: 'c1', city: 'hue', tags: ['a', 'b'] },
        { _id: 'c2', city: 'hue', tags: ['b'] },
        { _id: 'c3', city: 'vinh', tags: [] },
      ]);
      expect(await items.countDocuments({ city: 'hue' })).toBe(2);
      expect(await items.countDocuments({ tags: 'b' })).toBe(2);
      expect(await items.countDocuments({ city: 'nowhere' })).toBe(0);
      await items.updateOne({ _id: 'c2' }, { $set: { city: 'vinh' } });
      await items.deleteOne({ _id: 'c1' });
      expect(await items.countDocuments({ city: 'hue' })).toBe(0);
      expect(await items.countDocuments({ city: 'vinh' })).toBe(2);
      await store.withTransaction(async () => {
        await items.insertOne({ _id: 'c4', city: 'hue', tags: ['b'] });
        expect(await items.countDocuments({ city: 'hue' })).toBe(1);
        expect(await items.countDocuments({ tags: 'b' })).toBe(2);
      });
    });

    it('answers ping', async () => {
      expect(await store.ping()).toBe(true);
    });
  });
}
