// Contract cases for MongoDB semantics where mingo (the embedded engine's query library) and a
// naive port would differ from the server: update path conflicts, the document an upsert starts
// from, null versus missing, and the order of mixed values. Run by runStoreContract on every
// engine, so the embedded engine is held to what MongoDB does whenever MONGODB_URI is set.
import { expect, it } from 'vitest';
import type { Collection, Doc, Store } from '../types.js';

export interface SemanticsCaseContext {
  fresh: <T extends Doc>(indexes?: Parameters<Store['collection']>[0]['indexes']) => Collection<T>;
}

type Loose = Doc & Record<string, unknown>;

export function semanticsCases(context: () => SemanticsCaseContext): void {
  it('refuses an update that names one path twice (MongoDB code 40) and changes nothing', async () => {
    const docs = context().fresh<Loose>();
    await docs.insertOne({ _id: 'c1', n: 1, a: { b: 1 } });
    const conflicts = [
      { $set: { n: 5 }, $setOnInsert: { n: 0 } },
      { $inc: { n: 1 }, $setOnInsert: { n: 0 } },
      { $set: { 'a.b': 2 }, $unset: { a: '' } },
      { $set: { a: 1, 'a.c': 2 } },
    ];
    for (const update of conflicts) {
      await expect(docs.updateOne({ _id: 'c1' }, update)).rejects.toThrow(/would create a conflict/);
      await expect(docs.updateOne({ _id: 'new' }, update, { upsert: true })).rejects.toThrow(/would create a conflict/);
    }
    expect(await docs.find({})).toEqual([{ _id: 'c1', n: 1, a: { b: 1 } }]);
  });

  it('upserts from dotted filter paths, $and equalities and dotted $setOnInsert paths as nested fields', async () => {
    const docs = context().fresh<Loose>();
    const r = await docs.updateOne(
      { 'owner.id': 'o1', $and: [{ kind: 'seat' }, { level: { $eq: 2 } }, { score: { $gt: 1 } }] },
      { $set: { 'owner.name': 'Lan' }, $setOnInsert: { 'meta.createdBy': 'test', createdAt: '2026-01-01T00:00:00.000Z' } },
      { upsert: true },
    );
    expect(typeof r.upsertedId).toBe('string');
    expect(await docs.findOne({ _id: r.upsertedId! })).toEqual({
      _id: r.upsertedId,
      owner: { id: 'o1', name: 'Lan' },
      kind: 'seat',
      level: 2,
      meta: { createdBy: 'test' },
      createdAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('gives an upsert whose filter lists several _id values an application (string) id', async () => {
    const docs = context().fresh<Loose>();
    const r = await docs.updateOne({ _id: { $in: ['x1', 'x2'] } }, { $set: { n: 1 } }, { upsert: true });
    expect(typeof r.upsertedId).toBe('string');
    expect(['x1', 'x2']).not.toContain(r.upsertedId);
    const [doc] = await docs.find({});
    expect(typeof doc!._id).toBe('string');
    expect(doc).toEqual({ _id: r.upsertedId, n: 1 });
  });

  it('refuses an empty $and/$or/$nor as MongoDB does, whether or not anything is stored', async () => {
    const docs = context().fresh<Loose>();
    const empties = [{ $or: [] }, { $and: [] }, { $nor: [] }, { a: 1, $and: [{ $or: [] }] }];
    for (const filter of empties) await expect(docs.find(filter)).rejects.toThrow(/nonempty array/);
    await docs.insertOne({ _id: 'x', a: 1 });
    for (const filter of empties) {
      await expect(docs.find(filter)).rejects.toThrow(/nonempty array/);
      await expect(docs.countDocuments(filter)).rejects.toThrow(/nonempty array/);
      await expect(docs.deleteMany(filter)).rejects.toThrow(/nonempty array/);
    }
    expect(await docs.countDocuments()).toBe(1);
  });

  it('tells null from missing as MongoDB does ($eq null, $ne null, $exists, $in with null)', async () => {
    const docs = context().fresh<Loose>();
    await docs.insertMany([
      { _id: 'missing' },
      { _id: 'null', a: null },
      { _id: 'value', a: 'x' },
      { _id: 'list', a: ['x', 'y'] },
      { _id: 'empty', a: [] },
    ]);
    const ids = async (filter: Record<string, unknown>) => (await docs.find(filter, { sort: { _id: 1 } })).map((d) => d._id);
    expect(await ids({ a: null })).toEqual(['missing', 'null']);
    expect(await ids({ a: { $ne: null } })).toEqual(['empty', 'list', 'value']);
    expect(await ids({ a: { $exists: false } })).toEqual(['missing']);
    expect(await ids({ a: { $exists: true } })).toEqual(['empty', 'list', 'null', 'value']);
    expect(await ids({ a: { $in: [null, 'y'] } })).toEqual(['list', 'missing', 'null']);
    expect(await ids({ a: { $nin: [null] } })).toEqual(['empty', 'list', 'value']);
    expect(await ids({ a: { $ne: 'x' } })).toEqual(['empty', 'missing', 'null']);
    expect(await docs.countDocuments({ a: null })).toBe(2);
  });

  it('sorts missing and null alike and first, numbers before strings, ties by the next key', async () => {
    const docs = context().fresh<Loose>();
    await docs.insertMany([
      { _id: 'd', v: 'b' },
      { _id: 'c', v: 10 },
      { _id: 'b', v: null },
      { _id: 'e', v: 'a' },
      { _id: 'a' },
      { _id: 'f', v: 2 },
    ]);
    const ascending = await docs.find({}, { sort: { v: 1, _id: 1 } });
    expect(ascending.map((d) => d._id)).toEqual(['a', 'b', 'f', 'c', 'e', 'd']);
    const descending = await docs.find({}, { sort: { v: -1, _id: 1 } });
    expect(descending.map((d) => d._id)).toEqual(['d', 'e', 'c', 'f', 'a', 'b']);
    // Range operators compare within one type: a string bound never matches numbers or null.
    expect((await docs.find({ v: { $gte: '' } }, { sort: { _id: 1 } })).map((d) => d._id)).toEqual(['d', 'e']);
    expect((await docs.find({ v: { $lt: 5 } }, { sort: { _id: 1 } })).map((d) => d._id)).toEqual(['f']);
  });
}
