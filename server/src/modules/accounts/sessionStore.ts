// express-session store on our own store, so sessions live wherever the data lives (embedded
// file or MongoDB) and survive restarts.
import session from 'express-session';
import type { SessionData } from 'express-session';
import type { Clock } from '../../lib/clock.js';
import type { Collection, Doc, Store } from '../../store/types.js';

interface SessionDoc extends Doc {
  data: SessionData;
  userId: string | null;
  expiresAt: string;
}

type Callback<T = void> = (err?: unknown, value?: T) => void;

export class StoreSessionStore extends session.Store {
  private readonly sessions: Collection<SessionDoc>;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    store: Store,
    private readonly clock: Clock,
    private readonly maxAgeMs: number,
  ) {
    super();
    this.sessions = store.collection<SessionDoc>({
      name: 'sessions',
      indexes: [{ fields: { expiresAt: 1 } }, { fields: { userId: 1 } }],
    });
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), 10 * 60_000);
    this.sweeper.unref();
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    this.sessions
      .findOne({ _id: sid })
      .then((doc) => {
        if (!doc || !this.unexpired(doc)) return callback(undefined, null);
        callback(undefined, doc.data);
      })
      .catch((err: unknown) => callback(err));
  }

  /** True while the session exists and has not expired (checked on every socket event: reads one field). */
  async alive(sid: string): Promise<boolean> {
    const doc = await this.sessions.findOne({ _id: sid }, { projection: { expiresAt: 1 } });
    return doc !== null && this.unexpired(doc);
  }

  private unexpired(doc: Pick<SessionDoc, 'expiresAt'>): boolean {
    return doc.expiresAt > this.clock.now().toISOString();
  }

  override set(sid: string, data: SessionData, callback?: Callback): void {
    const userId = (data as SessionData & { passport?: { user?: string } }).passport?.user ?? null;
    this.sessions
      .updateOne(
        { _id: sid },
        { $set: { data: JSON.parse(JSON.stringify(data)) as SessionData, userId, expiresAt: this.expiry(data) } },
        { upsert: true },
      )
      .then(() => callback?.())
      .catch((err: unknown) => callback?.(err));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.sessions
      .deleteOne({ _id: sid })
      .then(() => callback?.())
      .catch((err: unknown) => callback?.(err));
  }

  /** Sessions of one user (e.g. to sign them out everywhere). */
  async destroyForUser(userId: string): Promise<string[]> {
    const docs = await this.sessions.find({ userId }, { projection: { _id: 1 } });
    await this.sessions.deleteMany({ userId });
    return docs.map((d) => d._id);
  }

  async sweep(): Promise<number> {
    const { deletedCount } = await this.sessions.deleteMany({ expiresAt: { $lte: this.clock.now().toISOString() } });
    return deletedCount;
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  private expiry(data: SessionData): string {
    const expires = data.cookie?.expires ? new Date(data.cookie.expires) : new Date(this.clock.now().getTime() + this.maxAgeMs);
    return expires.toISOString();
  }
}
