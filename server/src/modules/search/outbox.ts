// Search is derived data. Every profile change (and every change to a startup's open needs)
// marks the profile in this outbox inside the same transaction as the change itself, so the
// index can always catch up, even after a crash or while the search engine is down.
import type { Clock } from '../../lib/clock.js';
import type { Collection, Doc, Store } from '../../store/types.js';

export interface OutboxEntry extends Doc {
  profileId: string;
  /** Bumped on every change, so a drain never deletes an entry that changed after it was read. */
  version: number;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
}

export class SearchOutbox {
  private readonly entries: Collection<OutboxEntry>;

  constructor(
    store: Store,
    private readonly clock: Clock,
  ) {
    this.entries = store.collection<OutboxEntry>({
      name: 'search_outbox',
      indexes: [{ fields: { profileId: 1 }, unique: true }, { fields: { nextAttemptAt: 1 } }],
    });
  }

  /** Call inside the transaction that changes the profile. */
  async enqueue(profileId: string): Promise<void> {
    const now = this.clock.now().toISOString();
    await this.entries.updateOne(
      { profileId },
      { $inc: { version: 1 }, $set: { nextAttemptAt: now, attempts: 0 }, $setOnInsert: { createdAt: now } },
      { upsert: true },
    );
  }

  due(limit: number): Promise<OutboxEntry[]> {
    return this.entries.find({ nextAttemptAt: { $lte: this.clock.now().toISOString() } }, { sort: { nextAttemptAt: 1 }, limit });
  }

  /** Remove entries that were indexed, unless they changed meanwhile. */
  async complete(entries: readonly OutboxEntry[]): Promise<void> {
    for (const e of entries) await this.entries.deleteOne({ _id: e._id, version: e.version });
  }

  /** Back off exponentially (1 s, 2 s, 4 s … capped at 5 min). */
  async fail(entries: readonly OutboxEntry[], error: string): Promise<void> {
    const now = this.clock.now().getTime();
    for (const e of entries) {
      const attempts = e.attempts + 1;
      const delay = Math.min(300_000, 1000 * 2 ** Math.min(attempts - 1, 9));
      await this.entries.updateOne(
        { _id: e._id, version: e.version },
        { $set: { attempts, nextAttemptAt: new Date(now + delay).toISOString(), lastError: error.slice(0, 300) } },
      );
    }
  }

  /** Retry everything now (the engine came back). */
  async retryAllNow(): Promise<void> {
    await this.entries.updateMany({}, { $set: { nextAttemptAt: this.clock.now().toISOString() } });
  }

  size(): Promise<number> {
    return this.entries.countDocuments();
  }
}
