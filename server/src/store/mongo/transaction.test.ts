import mongoose from 'mongoose';
import type { ClientSession } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { DuplicateKeyError } from '../types.js';
import { TransactionScope, TxContext } from './transaction.js';

const fakeSession = {} as ClientSession;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('transaction attempt', () => {
  it('runs operations on the session one at a time, even under Promise.all', async () => {
    const tx = new TxContext(fakeSession);
    let running = 0;
    let maxRunning = 0;
    const order: number[] = [];
    const op = (n: number) =>
      tx.run(async (session) => {
        expect(session).toBe(fakeSession);
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await tick();
        order.push(n);
        running -= 1;
        return n * 10;
      });
    expect(await Promise.all([op(1), op(2), op(3)])).toEqual([10, 20, 30]);
    expect(maxRunning).toBe(1);
    expect(order).toEqual([1, 2, 3]);
  });

  it('after a server error, fails later operations with it and ends the attempt with it', async () => {
    const tx = new TxContext(fakeSession);
    const duplicate = new DuplicateKeyError('users', 'email_1');
    await expect(tx.run(() => Promise.reject(duplicate))).rejects.toBe(duplicate);
    let ranAfter = false;
    await expect(
      tx.run(async () => {
        ranAfter = true;
      }),
    ).rejects.toBe(duplicate);
    expect(ranAfter).toBe(false);
    expect(() => tx.throwIfAborted()).toThrow(duplicate);
  });

  it('keeps transient errors as they are so the driver can retry the transaction', async () => {
    const tx = new TxContext(fakeSession);
    const conflict = new mongoose.mongo.MongoServerError({
      errmsg: 'WriteConflict',
      code: 112,
      errorLabels: ['TransientTransactionError'],
    } as never);
    await expect(tx.run(() => Promise.reject(conflict))).rejects.toBe(conflict);
    try {
      tx.throwIfAborted();
      expect.unreachable();
    } catch (error) {
      expect(error).toBe(conflict);
      expect((error as typeof conflict).hasErrorLabel('TransientTransactionError')).toBe(true);
    }
  });

  it('does not end the attempt for client-side errors that never reached the server', async () => {
    const tx = new TxContext(fakeSession);
    await expect(tx.run(() => Promise.reject(new TypeError('bad input')))).rejects.toThrow('bad input');
    expect(await tx.run(async () => 'still fine')).toBe('still fine');
    expect(() => tx.throwIfAborted()).not.toThrow();
  });

  it('drain waits for operations nobody awaited', async () => {
    const tx = new TxContext(fakeSession);
    let done = false;
    void tx.run(async () => {
      await tick();
      done = true;
    });
    await tx.drain();
    expect(done).toBe(true);
  });

  it('is visible to the async context that runs in it, and only while active', async () => {
    const scope = new TransactionScope();
    const tx = new TxContext(fakeSession);
    expect(scope.current()).toBeUndefined();
    const seen = await scope.run(tx, async () => {
      await tick();
      const inner = await Promise.all([Promise.resolve().then(() => scope.current()), tick().then(() => scope.current())]);
      tx.active = false;
      return [...inner, scope.current()];
    });
    expect(seen).toEqual([tx, tx, undefined]);
    expect(scope.current()).toBeUndefined();
  });
});
