// One attempt of an ambient MongoDB transaction, as seen by collection calls through
// AsyncLocalStorage. Two MongoDB rules shape it:
// - A session runs one operation at a time ("running operations in parallel is not supported
//   during a transaction"), so operations queue on a lane; `Promise.all` inside a transaction is safe.
// - A failed command (e.g. a duplicate key) aborts the transaction on the server. If the caller
//   caught that error and carried on, the commit would fail with NoSuchTransaction, which carries
//   the TransientTransactionError label, and the driver would retry the whole callback — hitting
//   the same error again, until the retry budget runs out. So the first failure is remembered: later operations
//   fail with it at once, and the attempt ends with it instead of committing.
import { AsyncLocalStorage } from 'node:async_hooks';
import mongoose from 'mongoose';
import type { ClientSession } from 'mongoose';
import { DuplicateKeyError } from '../types.js';

export class TxContext {
  /** False once the attempt has ended: stray calls (un-awaited work) then run outside it. */
  active = true;
  readonly afterCommit: Array<() => void> = [];
  private failure: { error: unknown } | null = null;
  private lane: Promise<unknown> = Promise.resolve();

  constructor(readonly session: ClientSession) {}

  /** Run one operation of this transaction once the previous ones have settled. */
  run<R>(operation: (session: ClientSession) => Promise<R>): Promise<R> {
    const result = this.lane.then(async () => {
      if (this.failure) throw this.failure.error;
      try {
        return await operation(this.session);
      } catch (error) {
        if (abortsTransaction(error)) this.failure ??= { error };
        throw error;
      }
    });
    this.lane = result.catch(() => undefined);
    return result;
  }

  /** Wait for queued operations (including ones the callback did not await) to settle. */
  async drain(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.lane;
      await seen;
    } while (seen !== this.lane);
  }

  /** Rethrow the failure that aborted this attempt on the server, if any. */
  throwIfAborted(): void {
    if (this.failure) throw this.failure.error;
  }
}

/**
 * Errors that end the attempt: server errors (a failed command aborts the transaction there; a
 * DuplicateKeyError is a translated one) and anything labelled TransientTransactionError (network
 * errors too), which must reach the driver so that it retries the whole transaction.
 */
function abortsTransaction(error: unknown): boolean {
  if (error instanceof DuplicateKeyError || error instanceof mongoose.mongo.MongoServerError) return true;
  return error instanceof mongoose.mongo.MongoError && error.hasErrorLabel('TransientTransactionError');
}

export class TransactionScope {
  private readonly storage = new AsyncLocalStorage<TxContext>();

  /** The open transaction attempt of the calling async context, if any. */
  current(): TxContext | undefined {
    const tx = this.storage.getStore();
    return tx?.active ? tx : undefined;
  }

  run<R>(tx: TxContext, fn: () => Promise<R>): Promise<R> {
    return this.storage.run(tx, fn);
  }
}
