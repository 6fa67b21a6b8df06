// express-session store on our own store, so sessions live wherever the data lives (embedded
// file or MongoDB) and survive restarts. Every session that ends, however it ends (logout, a new
// login, a reset, a suspension, or expiry found by the sweep job), is told to onEnded, which closes
// its sockets: a socket that only listens would otherwise go on receiving after its session.
import session from 'express-session';
import type { SessionData } from 'express-session';
import type { Clock } from '../../lib/clock.js';
import type { Collection, Doc, Store } from '../../store/types.js';

interface SessionDoc extends Doc {
  data: SessionData;
  userId: string | null;
  expiresAt: string;
}

const SWEEP_BATCH = 500;

type Callback<T = void> = (err?: unknown, value?: T) => void;

export class StoreSessionStore extends session.Store {
  private readonly sessions: Collection<SessionDoc>;

  constructor(
    store: Store,
    private readonly clock: Clock,
    private readonly maxAgeMs: number,
    /** Told of every session that ends (destroyed, or expired and swept) so its sockets close. */
    private readonly onEnded: (sessionId: string) => void = () => undefined,
  ) {
    super();
    this.sessions = store.collection<SessionDoc>({
      name: 'sessions',
      indexes: [{ fields: { expiresAt: 1 } }, { fields: { userId: 1 } }],
    });
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

  /** When the session expires (epoch ms), or null when it no longer exists or has expired. */
  async expiresAt(sid: string): Promise<number | null> {
    const doc = await this.sessions.findOne({ _id: sid }, { projection: { expiresAt: 1 } });
    return doc !== null && this.unexpired(doc) ? Date.parse(doc.expiresAt) : null;
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
      .then(({ deletedCount }) => {
        if (deletedCount > 0) this.onEnded(sid);
        callback?.();
      })
      .catch((err: unknown) => callback?.(err));
  }

  /** End every session of a user (its sockets close too, through onEnded). Returns how many ended. */
  async endAllOf(userId: string): Promise<number> {
    const sessions = await this.sessions.find({ userId }, { projection: { _id: 1 } });
    let ended = 0;
    for (const { _id } of sessions) {
      const { deletedCount } = await this.sessions.deleteOne({ _id });
      if (deletedCount > 0) {
        ended += 1;
        this.onEnded(_id);
      }
    }
    return ended;
  }

  /** Delete the sessions that have expired (the sessions.sweep job); each one's sockets close. Returns how many. */
  async sweep(): Promise<number> {
    const expired = { expiresAt: { $lte: this.clock.now().toISOString() } };
    let ended = 0;
    for (;;) {
      const batch = await this.sessions.find(expired, { projection: { _id: 1 }, limit: SWEEP_BATCH });
      for (const { _id } of batch) {
        // Another instance may sweep at the same time: whoever deletes a session tells of it.
        const { deletedCount } = await this.sessions.deleteOne({ _id, ...expired });
        if (deletedCount > 0) {
          ended += 1;
          this.onEnded(_id);
        }
      }
      if (batch.length < SWEEP_BATCH) return ended;
    }
  }

  private expiry(data: SessionData): string {
    const expires = data.cookie?.expires ? new Date(data.cookie.expires) : new Date(this.clock.now().getTime() + this.maxAgeMs);
    return expires.toISOString();
  }
}
