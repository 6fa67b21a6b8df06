// Contract cases for write guards (store/guards.ts), run by runStoreContract on every engine.
// Write skew: MongoDB's snapshot isolation lets two transactions that each count and then insert
// a different document both commit. A guard document that both write turns that into a write
// conflict, which the engine retries. (The embedded engine runs transactions one at a time, so
// there these cases hold with or without the guard; on MongoDB they fail without it.)
import { expect, it } from 'vitest';
import { WriteGuards } from '../guards.js';
import type { Collection, Doc, Store } from '../types.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface GuardCaseContext {
  store: Store;
  prefix: string;
  fresh: <T extends Doc>(indexes?: Parameters<Store['collection']>[0]['indexes']) => Collection<T>;
}

export function guardCases(context: () => GuardCaseContext): void {
  it('parallel check-then-insert transactions that claim one guard never exceed the limit', async () => {
    const { store, prefix, fresh } = context();
    const guards = new WriteGuards(store, `${prefix}guards`);
    const seats = fresh<Doc & { owner: string }>([{ fields: { owner: 1 } }]);
    const limit = 3;
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        guards
          .serialise(['owner:a'], async () => {
            const taken = await seats.countDocuments({ owner: 'a' });
            await sleep(5); // widen the window between the read and the write
            if (taken >= limit) throw new Error('full');
            await seats.insertOne({ _id: `seat${i}`, owner: 'a' });
          })
          .then(
            () => 'booked',
            (error: Error) => error.message,
          ),
      ),
    );
    expect(outcomes.filter((o) => o === 'booked')).toHaveLength(limit);
    expect(outcomes.filter((o) => o !== 'booked')).toEqual(Array(8 - limit).fill('full'));
    expect(await seats.countDocuments({ owner: 'a' })).toBe(limit);
  });

  it('parallel transactions that check for an overlap and claim one guard book a slot once', async () => {
    const { store, prefix, fresh } = context();
    const guards = new WriteGuards(store, `${prefix}guards`);
    const slots = fresh<Doc & { who: string; from: number; to: number }>();
    const book = (i: number, from: number) =>
      guards.serialise(['diary:e1', `other:${i}`], async () => {
        const clash = await slots.findOne({ who: 'e1', from: { $lt: from + 60 }, to: { $gt: from } });
        await sleep(5);
        if (clash) return false;
        await slots.insertOne({ _id: `b${i}`, who: 'e1', from, to: from + 60 });
        return true;
      });
    const booked = await Promise.all([0, 1, 2, 3, 4].map((i) => book(i, 600 + i * 10)));
    expect(booked.filter(Boolean)).toHaveLength(1);
    expect(await slots.countDocuments({ who: 'e1' })).toBe(1);
    // Guards of different things never hold each other up: both commit.
    const a = guards.serialise(['diary:x'], () => slots.insertOne({ _id: 'x', who: 'x', from: 0, to: 1 }));
    const b = guards.serialise(['diary:y'], () => slots.insertOne({ _id: 'y', who: 'y', from: 0, to: 1 }));
    await Promise.all([a, b]);
    expect(await slots.countDocuments({ who: { $in: ['x', 'y'] } })).toBe(2);
  });
}
