// `$or` filters answered through the union of indexed branches (collection.ts `candidates`) give
// exactly what a collection without those indexes gives: every branch shape (indexed, unindexed,
// $in, nested in $and, beside other conditions), documents in several branches counted once,
// keys moved by updates and deletes, and writes staged in a transaction.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Collection, Doc, Filter, Store } from '../types.js';
import { createEmbeddedStore } from './index.js';
import { mulberry32 } from '@ketnoi/seeds/generator/prng';

interface Row extends Doc {
  from: string;
  to: string;
  status: string;
  broker: string | null;
  tags: string[];
}

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<{ store: Store; indexed: Collection<Row>; plain: Collection<Row> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-or-'));
  dirs.push(dir);
  const store = await createEmbeddedStore({ dataDir: dir });
  stores.push(store);
  const indexed = store.collection<Row>({
    name: 'indexed',
    indexes: [{ fields: { from: 1 } }, { fields: { to: 1 } }, { fields: { status: 1 } }, { fields: { tags: 1 } }],
  });
  const plain = store.collection<Row>({ name: 'plain' });
  return { store, indexed, plain };
}

const PEOPLE = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
const STATUSES = ['pending', 'accepted', 'declined'];

function rows(random: () => number, n: number, prefix: string): Row[] {
  const any = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: n }, (_, i) => ({
    _id: `${prefix}${String(i).padStart(4, '0')}`,
    from: any(PEOPLE),
    to: any(PEOPLE),
    status: any(STATUSES),
    broker: random() < 0.3 ? any(PEOPLE) : null,
    tags: random() < 0.5 ? [any(['a', 'b', 'c'])] : [],
  }));
}

function filters(random: () => number): Filter[] {
  const any = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const me = any(PEOPLE);
  const other = any(PEOPLE);
  return [
    { $or: [{ to: me }, { from: me, broker: { $ne: null } }] },
    { $or: [{ from: me }, { to: me }] },
    { $and: [{ $or: [{ from: me }, { to: me }] }, { status: any(STATUSES) }] },
    { $and: [{ $or: [{ from: me }, { to: me }] }, { $or: [{ from: other }, { to: other }] }] },
    { $or: [{ from: { $in: [me, other] } }, { tags: 'a' }] },
    { $or: [{ to: me }, { broker: me }] }, // one branch without an index: scanned, same answer
    { $or: [{ $and: [{ from: me }, { status: 'pending' }] }, { to: other, status: { $ne: 'declined' } }] },
    { status: 'accepted', $or: [{ from: me }, { to: me }] },
    { $or: [{ from: me }, { to: me }], _id: { $gt: 'r0100' } },
  ];
}

const ids = (docs: Row[]) => docs.map((d) => d._id).sort();

describe('embedded store: $or through indexed branches', () => {
  it('finds and counts the same documents as a collection without indexes', async () => {
    const random = mulberry32(7);
    const { store, indexed, plain } = await open();
    const initial = rows(random, 400, 'r');
    await indexed.insertMany(initial);
    await plain.insertMany(initial);
    const check = async () => {
      for (let round = 0; round < 20; round++) {
        for (const filter of filters(random)) {
          expect(ids(await indexed.find(filter)), JSON.stringify(filter)).toEqual(ids(await plain.find(filter)));
          expect(await indexed.countDocuments(filter)).toBe(await plain.countDocuments(filter));
          const page = { sort: { _id: -1 as const }, limit: 7 };
          expect((await indexed.find(filter, page)).map((d) => d._id)).toEqual((await plain.find(filter, page)).map((d) => d._id));
        }
      }
    };
    await check();

    // Keys move: updates change the indexed fields, some documents go.
    for (const coll of [indexed, plain]) {
      await coll.updateMany({ from: 'p1' }, { $set: { from: 'p2', tags: ['b'] } });
      await coll.updateMany({ status: 'declined', to: 'p3' }, { $set: { to: 'p4' } });
      await coll.deleteMany({ from: 'p5', status: 'pending' });
    }
    await check();

    // Inside a transaction, staged inserts and updates are seen before they commit.
    await store.withTransaction(async () => {
      const more = rows(random, 30, 's');
      for (const coll of [indexed, plain]) {
        await coll.insertMany(more);
        await coll.updateMany({ to: 'p0' }, { $set: { to: 'p1', from: 'p0' } });
      }
      for (const filter of filters(random)) {
        expect(ids(await indexed.find(filter)), JSON.stringify(filter)).toEqual(ids(await plain.find(filter)));
      }
    });
    await check();
  });

  it('returns a document that matches several branches once', async () => {
    const { indexed } = await open();
    await indexed.insertMany([
      { _id: 'x', from: 'p0', to: 'p0', status: 'pending', broker: null, tags: ['a'] },
      { _id: 'y', from: 'p1', to: 'p2', status: 'pending', broker: null, tags: [] },
    ]);
    expect(ids(await indexed.find({ $or: [{ from: 'p0' }, { to: 'p0' }, { tags: 'a' }] }))).toEqual(['x']);
    expect(await indexed.countDocuments({ $or: [{ from: { $in: ['p0', 'p1'] } }, { to: 'p0' }] })).toBe(2);
  });
});
