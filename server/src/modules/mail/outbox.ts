// Every mail is a row of `mail_outbox`, written in the same store transaction as the change that
// causes it, so a mail exists exactly when its cause committed. The row holds the kind and its data;
// the worker renders it when it sends it (issuing its one-tap tokens), so the request that caused
// it pays for a small insert only. Workers (one per app instance) claim due rows with a lease through an atomic
// findOneAndUpdate, so two instances never hold the same mail; a row is marked sent right after
// the SMTP server accepted it.
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import type { Collection, Doc, Store } from '../../store/types.js';
import type { MailAttachment, OutgoingMail, SendFailureKind } from './transport.js';

export type MailStatus = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxMail extends Doc {
  messageId: string;
  kind: string;
  language: string;
  /** The recipient account, when the mail is for one (unsubscribe, settings). */
  userId?: string;
  from: string;
  to: string;
  /** What the kind renders from, until the mail is sent (it may carry a reset token). */
  data?: unknown;
  /** Rendered parts: present only on rows queued rendered by older versions (the worker renders the rest). */
  subject?: string;
  /** Bodies and attachments are dropped once sent: they may carry one-tap tokens. */
  text?: string;
  html?: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
  status: MailStatus;
  attempts: number;
  nextAttemptAt: string;
  createdAt: string;
  leaseUntil?: string;
  claimedBy?: string;
  sentAt?: string;
  /** The worker (app instance) whose send the server accepted. */
  sentBy?: string;
  failedAt?: string;
  lastError?: string;
  lastErrorKind?: SendFailureKind;
}

export interface NewMail {
  kind: string;
  language: string;
  userId: string;
  from: string;
  to: string;
  data: unknown;
}

export interface RetryPolicy {
  /** First delay after a failure; doubles per attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Attempts before a mail is marked failed for good. */
  maxAttempts: number;
}

// 5 s, 10 s, 20 s … capped at 1 h; 15 attempts span about a day of relay outage.
export const DEFAULT_RETRY: RetryPolicy = { baseDelayMs: 5_000, maxDelayMs: 3_600_000, maxAttempts: 15 };

export interface OutboxCounts {
  /** Waiting or being sent. */
  queued: number;
  /** Waiting after at least one failed attempt. */
  failing: number;
  /** Given up (permanent rejection or out of attempts). */
  failed: number;
}

export class MailOutbox {
  private readonly mails: Collection<OutboxMail>;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    /** The host part of every Message-ID (the sender's domain). */
    private readonly messageIdDomain: string,
    readonly retry: RetryPolicy = DEFAULT_RETRY,
    private readonly random: () => number = Math.random,
  ) {
    this.mails = store.collection<OutboxMail>({
      name: 'mail_outbox',
      indexes: [
        { fields: { messageId: 1 }, unique: true },
        { fields: { status: 1, nextAttemptAt: 1 } },
        { fields: { status: 1, leaseUntil: 1 } },
        { fields: { status: 1, sentAt: 1 } },
      ],
    });
  }

  /**
   * Queue a mail. Call it inside the transaction of the change that causes the mail: it joins that
   * transaction (outside one it runs in its own), so the mail commits or rolls back with its cause.
   * The Message-ID is fixed here and reused by every attempt.
   */
  async enqueue(mail: NewMail): Promise<OutboxMail> {
    const now = this.clock.now().toISOString();
    const _id = newId();
    const row: OutboxMail = {
      _id,
      messageId: `<${_id}@${this.messageIdDomain}>`,
      userId: mail.userId,
      kind: mail.kind,
      language: mail.language,
      from: mail.from,
      to: mail.to,
      data: mail.data,
      status: 'queued',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    };
    return this.store.withTransaction(() => this.mails.insertOne(row));
  }

  /**
   * Take the next due mail for `leaseMs`: a queued mail whose time has come, or one whose holder's
   * lease ran out (that instance died mid-send). Atomic per row, so only one caller gets it.
   */
  async claim(owner: string, leaseMs: number): Promise<OutboxMail | null> {
    const now = this.clock.now();
    const at = now.toISOString();
    const update = {
      $set: { status: 'sending', leaseUntil: new Date(now.getTime() + leaseMs).toISOString(), claimedBy: owner },
      $inc: { attempts: 1 },
    };
    return (
      // No sort on purpose: any due mail will do, and with a sort the embedded engine would rank every
      // queued row on each claim (O(n) per mail over a backlog). Rows come roughly oldest first anyway.
      (await this.mails.findOneAndUpdate({ status: 'queued', nextAttemptAt: { $lte: at } }, update, { returnDocument: 'after' })) ??
      (await this.mails.findOneAndUpdate({ status: 'sending', leaseUntil: { $lte: at } }, update, {
        returnDocument: 'after',
        sort: { leaseUntil: 1, _id: 1 },
      }))
    );
  }

  /** The server accepted it: never send it again, whoever holds the lease now. */
  async markSent(mail: OutboxMail): Promise<void> {
    await this.mails.updateOne(
      { _id: mail._id },
      {
        $set: { status: 'sent', sentAt: this.clock.now().toISOString(), ...(mail.claimedBy ? { sentBy: mail.claimedBy } : {}) },
        $unset: { data: 1, text: 1, html: 1, attachments: 1, leaseUntil: 1, claimedBy: 1, lastError: 1, lastErrorKind: 1 },
      },
    );
  }

  /** Back off exponentially with jitter; give up on a permanent rejection or after maxAttempts. */
  async markFailed(mail: OutboxMail, kind: SendFailureKind, summary: string): Promise<MailStatus> {
    const now = this.clock.now();
    const giveUp = kind === 'permanent' || mail.attempts >= this.retry.maxAttempts;
    const lastError = summary.slice(0, 200);
    if (giveUp) {
      await this.mails.updateOne(
        { _id: mail._id, status: 'sending' },
        {
          $set: { status: 'failed', failedAt: now.toISOString(), lastError, lastErrorKind: kind },
          $unset: { leaseUntil: 1, claimedBy: 1 },
        },
      );
      return 'failed';
    }
    await this.mails.updateOne(
      { _id: mail._id, status: 'sending' },
      {
        $set: {
          status: 'queued',
          nextAttemptAt: new Date(now.getTime() + this.backoff(mail.attempts)).toISOString(),
          lastError,
          lastErrorKind: kind,
        },
        $unset: { leaseUntil: 1, claimedBy: 1 },
      },
    );
    return 'queued';
  }

  /** Delay before the next attempt after `attempts` failures: doubling, capped, ±20% jitter. */
  backoff(attempts: number): number {
    const { baseDelayMs, maxDelayMs } = this.retry;
    const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(attempts - 1, 30));
    return Math.round(delay * (0.8 + 0.4 * this.random()));
  }

  /** The relay answers again: mails that waited only because it was unreachable are due now. */
  async retryUnreachableNow(): Promise<number> {
    const { modifiedCount } = await this.mails.updateMany(
      { status: 'queued', lastErrorKind: 'connection' },
      { $set: { nextAttemptAt: this.clock.now().toISOString() } },
    );
    return modifiedCount;
  }

  async counts(): Promise<OutboxCounts> {
    const [queued, failing, failed] = await Promise.all([
      this.mails.countDocuments({ status: { $in: ['queued', 'sending'] } }),
      this.mails.countDocuments({ status: 'queued', attempts: { $gt: 0 } }),
      this.mails.countDocuments({ status: 'failed' }),
    ]);
    return { queued, failing, failed };
  }

  /** Forget sent and failed mails older than the cut-off (their Message-IDs are no longer needed). */
  async prune(olderThanMs: number): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - olderThanMs).toISOString();
    const sent = await this.mails.deleteMany({ status: 'sent', sentAt: { $lt: cutoff } });
    const failed = await this.mails.deleteMany({ status: 'failed', failedAt: { $lt: cutoff } });
    return sent.deletedCount + failed.deletedCount;
  }

  find(filter: Record<string, unknown>, limit = 100): Promise<OutboxMail[]> {
    return this.mails.find(filter, { sort: { createdAt: 1, _id: 1 }, limit });
  }
}

/** What the transport needs from a claimed, rendered row. */
export function toOutgoing(mail: OutboxMail): OutgoingMail {
  return {
    messageId: mail.messageId,
    from: mail.from,
    to: mail.to,
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: mail.html ?? '',
    headers: mail.headers ?? {},
    attachments: mail.attachments ?? [],
  };
}
