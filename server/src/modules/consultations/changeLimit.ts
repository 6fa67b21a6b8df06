// How often one person may schedule, move or cancel the consultations of one introduction. Each
// change mails the other side (with a calendar file) and notifies them, so without a limit a
// schedule-move-cancel loop sent the other person three mails a round, without end. A bucket of
// MAX_CONSULTATION_CHANGES_PER_DAY refilled evenly over 24 hours, per person and introduction
// (in memory, per instance, like the message rate); a change that fails gives its token back.
import type { Clock } from '../../lib/clock.js';
import { DAY_MS } from '../../lib/clock.js';
import { RateLimitedError } from '../../lib/errors.js';
import { TokenBuckets } from '../../lib/tokenBuckets.js';

export const MAX_CONSULTATION_CHANGES_PER_DAY = 10;

export class ConsultationChangeLimit {
  private readonly buckets: TokenBuckets;

  constructor(clock: Clock) {
    this.buckets = new TokenBuckets(MAX_CONSULTATION_CHANGES_PER_DAY, MAX_CONSULTATION_CHANGES_PER_DAY / (DAY_MS / 1000), () =>
      clock.now().getTime(),
    );
  }

  /** Run the change `fn` by `userId` on a consultation of `introId`, or 429 when their day's changes are spent. */
  async run<T>(userId: string, introId: string, fn: () => Promise<T>): Promise<T> {
    const key = `${userId}:${introId}`;
    if (!this.buckets.take(key))
      throw new RateLimitedError(
        `You can schedule, move or cancel the consultations of one introduction at most ${MAX_CONSULTATION_CHANGES_PER_DAY} times a day. Try again later.`,
        this.buckets.waitSeconds(key),
      );
    try {
      return await fn();
    } catch (error) {
      this.buckets.refund(key);
      throw error;
    }
  }
}
