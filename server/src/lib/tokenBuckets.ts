// Token buckets (a burst, then a steady rate), in memory, per key: the message rates shared by HTTP
// and Socket.IO, typing, and consultation changes. A flood gets rate_limited answers; the server
// does no work for it.
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): boolean {
    const t = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: t };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((t - bucket.at) / 1000) * this.perSecond);
    bucket.at = t;
    const ok = bucket.tokens >= 1;
    if (ok) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 50_000) this.prune(t);
    return ok;
  }

  /** Whole seconds until `key` has a token again (0 when it has one now). */
  waitSeconds(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return 0;
    const tokens = Math.min(this.burst, bucket.tokens + ((this.now() - bucket.at) / 1000) * this.perSecond);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / this.perSecond);
  }

  /** Give back the token of a send that turned out not to need one (a resend). */
  refund(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.burst, bucket.tokens + 1);
  }

  private prune(t: number): void {
    // Only buckets that have refilled since: forgetting one must not hand out a fresh burst early.
    const refilledMs = (this.burst / this.perSecond) * 1000;
    for (const [key, b] of this.buckets) if (t - b.at > refilledMs) this.buckets.delete(key);
  }
}
