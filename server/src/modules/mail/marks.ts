// "This mail was already sent": one row per key in `mail_marks`, written in the transaction that
// queues the mail. A reminder job that runs again, or a second instance running it at the same
// time, finds the mark and sends nothing; a throttled kind (messages while offline) finds it until
// its quiet time has passed. On MongoDB two transactions writing the same mark conflict and the
// loser is retried, so it too reads the mark first.
import type { Clock } from '../../lib/clock.js';
import type { Collection, Doc, Store } from '../../store/types.js';

interface MarkDoc extends Doc {
  userId: string;
  at: string;
  /** No mail under this key before this time. */
  until: string;
}

/** One key per mail that may go out at most once in a while (or once at all). */
export interface MailOnce {
  key: string;
  /** How long after a mail under this key no other goes out. */
  quietMs: number;
}

export class MailMarks {
  private readonly marks: Collection<MarkDoc>;

  constructor(
    store: Store,
    private readonly clock: Clock,
  ) {
    this.marks = store.collection<MarkDoc>({ name: 'mail_marks', indexes: [{ fields: { until: 1 } }] });
  }

  /** True while a mail under `key` is within its quiet time. */
  async blocked(key: string): Promise<boolean> {
    const mark = await this.marks.findOne({ _id: key });
    return mark !== null && mark.until > this.clock.now().toISOString();
  }

  /** Record a mail under the key (joins the caller's transaction). */
  async set(once: MailOnce, userId: string): Promise<void> {
    const now = this.clock.now();
    await this.marks.updateOne(
      { _id: once.key },
      { $set: { userId, at: now.toISOString(), until: new Date(now.getTime() + once.quietMs).toISOString() } },
      { upsert: true },
    );
  }

  /** Forget marks whose quiet time is over. */
  async prune(): Promise<number> {
    return (await this.marks.deleteMany({ until: { $lt: this.clock.now().toISOString() } })).deletedCount;
  }
}
