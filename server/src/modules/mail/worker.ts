// Delivers due mails from the outbox: claim (lease) → render the first time → send → mark sent, in
// a few lanes at once.
// A connection failure stops the round (no point burning every mail's attempts on a dead relay);
// later rounds only probe the relay until it answers, then make the waiting mails due again.
import type { Logger } from '../../lib/logger.js';
import { newId } from '../../lib/ids.js';
import type { MailOutbox, OutboxMail } from './outbox.js';
import { toOutgoing } from './outbox.js';
import type { MailTransport } from './transport.js';
import { MailSendError } from './transport.js';
import { MailRenderError } from './service.js';

export interface MailWorkerOptions {
  /** Mails in flight at once (the SMTP pool keeps as many connections). */
  concurrency: number;
  /**
   * How long a claimed mail stays with this instance. Longer than any send can take (nodemailer's
   * connect, greeting and socket timeouts); after it, another instance may send the mail again.
   */
  leaseMs: number;
}

export const DEFAULT_WORKER_OPTIONS: MailWorkerOptions = { concurrency: 4, leaseMs: 120_000 };

export interface DeliveryRound {
  sent: number;
  retrying: number;
  failed: number;
}

export class MailWorker {
  /** Identifies this instance's leases. */
  readonly owner = newId();
  /** null until the first attempt: whether the relay answered the last time we tried it. */
  private reachable: boolean | null = null;
  private stopping = false;

  constructor(
    private readonly outbox: MailOutbox,
    private readonly transport: MailTransport,
    private readonly logger: Logger,
    private readonly options: MailWorkerOptions = DEFAULT_WORKER_OPTIONS,
    /** Render a claimed row (MailService.prepare). */
    private readonly prepare: (mail: OutboxMail) => Promise<OutboxMail> = async (mail) => mail,
  ) {}

  /** False once the relay refused a connection, until it answers again. */
  get transportReachable(): boolean | null {
    return this.reachable;
  }

  /** Finish the mails in hand and take no more (app shutdown). */
  stop(): void {
    this.stopping = true;
  }

  /** Send everything that is due now; resolves when nothing due is left (or the relay is down). */
  async deliver(): Promise<DeliveryRound> {
    const round: DeliveryRound = { sent: 0, retrying: 0, failed: 0 };
    if (this.stopping) return round;
    if (this.reachable === false) {
      if (!(await this.transport.verify())) return round;
      this.reachable = true;
      const due = await this.outbox.retryUnreachableNow();
      this.logger.info({ due }, 'mail relay answers again; waiting mails are due');
    }
    const halt = { now: false };
    await Promise.all(Array.from({ length: this.options.concurrency }, () => this.lane(round, halt)));
    return round;
  }

  private async lane(round: DeliveryRound, halt: { now: boolean }): Promise<void> {
    while (!halt.now && !this.stopping) {
      const mail = await this.outbox.claim(this.owner, this.options.leaseMs);
      if (!mail) return;
      const failure = await this.attempt(mail);
      if (!failure) {
        round.sent++;
        continue;
      }
      const status = await this.outbox.markFailed(mail, failure.kind, failure.summary);
      round[status === 'failed' ? 'failed' : 'retrying']++;
      // Logged without address or body: the row id finds the rest.
      this.logger.warn({ mailId: mail._id, kind: mail.kind, attempts: mail.attempts, failure: failure.summary, status }, 'mail not sent');
      if (failure.kind === 'connection') {
        this.reachable = false;
        halt.now = true;
      }
    }
  }

  /** Send one claimed mail; null when the server accepted it (and it is marked sent). */
  private async attempt(claimed: OutboxMail): Promise<MailSendError | null> {
    let mail: OutboxMail;
    try {
      mail = await this.prepare(claimed);
    } catch (error) {
      // A mail that cannot be rendered never will be; a store hiccup is worth another try.
      return error instanceof MailRenderError
        ? new MailSendError('permanent', error.message)
        : new MailSendError('temporary', `not rendered: ${(error as Error).name}`);
    }
    try {
      await this.transport.send(toOutgoing(mail));
    } catch (error) {
      return error instanceof MailSendError ? error : new MailSendError('connection', `unexpected ${(error as Error).name}`);
    }
    this.reachable = true;
    // Marked right after acceptance. Should this write fail (or the process die first), the lease
    // runs out and the mail is sent again with the same Message-ID: the one window left.
    await this.outbox.markSent(mail);
    return null;
  }
}
