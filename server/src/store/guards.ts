// Guard documents: make a check-then-write rule hold on MongoDB too.
//
// A transaction that counts or looks for clashing documents and then inserts one is safe on the
// embedded engine (transactions run one at a time) but not on MongoDB: under snapshot isolation
// two such transactions read the same snapshot, write different documents and both commit
// ("write skew", see the manual's "In-progress Transactions and Stale Reads"). MongoDB only
// detects conflicts between writes to the same document. So every transaction that guards a rule
// first writes one document named after what the rule protects (an expert's diary, a provider's
// resource, a startup's pending requests): of two concurrent transactions, the second gets a
// WriteConflict (TransientTransactionError), the driver retries it, and the retry reads what the
// first committed.
//
// The write must change the document (`$inc`): a no-op update takes no write lock (SERVER-77616).
// The guard document is created outside the transaction first, so the in-transaction write is
// always an update of an existing document, never two racing inserts of the same `_id`.
import type { Collection, Doc, Store } from './types.js';
import { DuplicateKeyError } from './types.js';

interface GuardDoc extends Doc {
  /** Bumped by every transaction that claims the guard. */
  claims: number;
}

export class WriteGuards {
  private readonly guards: Collection<GuardDoc>;

  /** `name` is for tests that must not share the application's collection. */
  constructor(
    private readonly store: Store,
    name = 'write_guards',
  ) {
    this.guards = store.collection<GuardDoc>({ name });
  }

  /**
   * Run `fn` in a transaction that first claims every guard in `keys`. Concurrent transactions
   * claiming one of the same keys are serialised on every engine, so a rule checked inside `fn`
   * holds. Call it outside any transaction (it opens its own).
   */
  async serialise<R>(keys: readonly string[], fn: () => Promise<R>): Promise<R> {
    const unique = [...new Set(keys)].sort();
    for (const key of unique) await this.ensure(key);
    return this.store.withTransaction(async () => {
      for (const key of unique) await this.guards.updateOne({ _id: key }, { $inc: { claims: 1 } });
      return fn();
    });
  }

  /** Create the guard document once (idempotent, safe when two processes race to create it). */
  private async ensure(key: string): Promise<void> {
    try {
      await this.guards.updateOne({ _id: key }, { $setOnInsert: { claims: 0 } }, { upsert: true });
    } catch (error) {
      // Two first-time upserts raced and the other inserted it: the document exists, which is all we need.
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
}

/** Guard keys, one per thing a rule protects. */
export const guardKeys = {
  /** An expert's diary: no overlap, at most `capacity` scheduled. */
  helperDiary: (helperId: string) => `diary:${helperId}`,
  /** One bookable resource of a provider. */
  resource: (helperId: string, resource: string) => `resource:${helperId}:${resource}`,
  /** A profile's outgoing requests waiting for an answer. */
  pendingIntros: (profileId: string) => `pending-intros:${profileId}`,
  /** The one-to-one meetings of an event: who meets when, at which table, how many each (events module). */
  meetingBoard: (eventId: string) => `meetings:${eventId}`,
  /** An account's uploads of the last day: the daily upload limit (files module). */
  uploads: (userId: string) => `uploads:${userId}`,
  /** A profile's open opportunities: at most MAX_OPEN_OPPORTUNITIES (opportunities module). */
  openOpportunities: (profileId: string) => `opportunities:${profileId}`,
  /** A call's jury and rubric: criteria lock once scored, scores only on the criteria as they are (calls module). */
  callJudging: (eventId: string) => `call:${eventId}`,
};
