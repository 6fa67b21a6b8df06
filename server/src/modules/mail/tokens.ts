// Single-use, expiring tokens for one-tap mail actions and password reset. The token is 256 random
// bits handed out once in a link; the store keeps only its SHA-256 hash (a leaked database yields
// no usable link) with its purpose, subject ids and expiry. Consuming is one atomic
// findOneAndUpdate on "not used yet and not expired", so a token acts at most once, whichever
// instance receives it.
import crypto from 'node:crypto';
import type { Clock } from '../../lib/clock.js';
import { DAY_MS } from '../../lib/clock.js';
import { AppError } from '../../lib/errors.js';
import type { Collection, Doc, Store } from '../../store/types.js';

export interface MailTokenDoc extends Doc {
  purpose: string;
  /** The account the link was mailed to: the action runs as this user. */
  userId: string;
  /** Ids the action works on (e.g. `{ introId }`). */
  subject: Record<string, string>;
  createdAt: string;
  expiresAt: string;
  usedAt?: string;
}

export class InvalidTokenError extends AppError {
  constructor() {
    super(400, 'invalid_token', 'This link is unknown, already used or expired.');
  }
}

export interface IssueToken {
  purpose: string;
  userId: string;
  subject?: Record<string, string>;
  /** ISO time; defaults to now + the default validity. */
  expiresAt?: string;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

function hashOf(token: string): string {
  return crypto.createHash('sha256').update(token).digest('base64url');
}

export class MailTokens {
  private readonly tokens: Collection<MailTokenDoc>;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly defaultValidityMs = 7 * DAY_MS,
  ) {
    this.tokens = store.collection<MailTokenDoc>({
      name: 'mail_tokens',
      indexes: [{ fields: { userId: 1, purpose: 1, createdAt: 1 } }, { fields: { expiresAt: 1 } }],
    });
  }

  /** Issue a token (joins the caller's transaction: it exists only if the mail carrying it does). */
  async issue(input: IssueToken): Promise<string> {
    const { token, doc } = this.mint(input);
    await this.store.withTransaction(() => this.tokens.insertOne(doc));
    return token;
  }

  /** A new token and its record, not stored yet: `save` it in the transaction that stores what carries it. */
  mint(input: IssueToken): { token: string; doc: MailTokenDoc } {
    const token = crypto.randomBytes(32).toString('base64url');
    const now = this.clock.now();
    return {
      token,
      doc: {
        _id: hashOf(token),
        purpose: input.purpose,
        userId: input.userId,
        subject: input.subject ?? {},
        createdAt: now.toISOString(),
        expiresAt: input.expiresAt ?? new Date(now.getTime() + this.defaultValidityMs).toISOString(),
      },
    };
  }

  async save(docs: MailTokenDoc[]): Promise<void> {
    if (docs.length > 0) await this.tokens.insertMany(docs);
  }

  /** The token's record if it can still be used for one of `purposes`; changes nothing. */
  async peek(token: string, purposes: readonly string[]): Promise<MailTokenDoc> {
    if (!TOKEN_SHAPE.test(token)) throw new InvalidTokenError();
    const doc = await this.tokens.findOne(this.usable(token, purposes));
    if (!doc) throw new InvalidTokenError();
    return doc;
  }

  /** The account a token was mailed to, used or not, expired or not (null: no such token): the language of its pages. */
  async owner(token: string): Promise<string | null> {
    if (!TOKEN_SHAPE.test(token)) return null;
    return (await this.tokens.findOne({ _id: hashOf(token) }))?.userId ?? null;
  }

  /** Use the token up: succeeds once, then every later call throws InvalidTokenError. */
  async consume(token: string, purposes: readonly string[]): Promise<MailTokenDoc> {
    if (!TOKEN_SHAPE.test(token)) throw new InvalidTokenError();
    const doc = await this.tokens.findOneAndUpdate(
      this.usable(token, purposes),
      { $set: { usedAt: this.clock.now().toISOString() } },
      { returnDocument: 'after' },
    );
    if (!doc) throw new InvalidTokenError();
    return doc;
  }

  /** Use up every open token of a user for a purpose (a password reset voids the other reset links). */
  async revokeAll(userId: string, purpose: string): Promise<number> {
    const { modifiedCount } = await this.tokens.updateMany(
      { userId, purpose, usedAt: { $exists: false } },
      { $set: { usedAt: this.clock.now().toISOString() } },
    );
    return modifiedCount;
  }

  /** How many tokens for this purpose a user was sent since `sinceMs` ago (throttling). */
  issuedSince(userId: string, purpose: string, sinceMs: number): Promise<number> {
    const since = new Date(this.clock.now().getTime() - sinceMs).toISOString();
    return this.tokens.countDocuments({ userId, purpose, createdAt: { $gt: since } });
  }

  /** Forget tokens that expired more than `graceMs` ago. */
  async prune(graceMs = DAY_MS): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - graceMs).toISOString();
    return (await this.tokens.deleteMany({ expiresAt: { $lt: cutoff } })).deletedCount;
  }

  private usable(token: string, purposes: readonly string[]) {
    return {
      _id: hashOf(token),
      purpose: { $in: [...purposes] },
      usedAt: { $exists: false },
      expiresAt: { $gt: this.clock.now().toISOString() },
    };
  }
}
