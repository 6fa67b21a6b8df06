// Book-keeping of the realtime load: which socket sends message i, when it was sent, and how
// often it reached the other member's socket. Lost and duplicated messages are counted here.
import type { Stats } from '../stats.js';
import { summarize } from '../stats.js';

/** Sides of a pair: 0 = the startup, 1 = the expert. */
export type Side = 0 | 1;

/**
 * Message i goes to pair i mod P, sent by side ⌊i / P⌋ mod 2: consecutive messages visit every
 * pair once, then the other sides. Each socket therefore sends once every 2·P messages, i.e. at
 * rate / (2·P) per second (0.5/s at 500 msg/s over 500 pairs), far below the per-user limit.
 */
export function senderOf(i: number, pairs: number): { pair: number; side: Side } {
  return { pair: i % pairs, side: (Math.floor(i / pairs) % 2) as Side };
}

export function clientIdOf(runTag: string, i: number): string {
  return `${runTag}:${i}`;
}

/** The message index in a clientId of this run, or -1. */
export function indexOf(runTag: string, clientId: unknown): number {
  if (typeof clientId !== 'string' || !clientId.startsWith(`${runTag}:`)) return -1;
  const i = Number(clientId.slice(runTag.length + 1));
  return Number.isInteger(i) && i >= 0 ? i : -1;
}

export type Delivery = 'peer' | 'duplicate' | 'echo' | 'stray';

export interface LedgerSummary {
  /** Messages sent (warm-up and measured window). */
  sent: number;
  /** Messages sent in the measured window (the latency sample). */
  measuredSent: number;
  /** Send → `message:new` on the other member's socket, measured window, milliseconds. */
  delivery: Stats;
  /** Send → acknowledgement, measured window, milliseconds. */
  ack: Stats;
  acksOk: number;
  acksFailed: number;
  /** Failure codes of refused acks, with counts. */
  ackErrors: Record<string, number>;
  acksMissing: number;
  /** Sent messages never seen on the peer's socket. */
  lost: number;
  /** Extra copies seen on the peer's socket. */
  duplicated: number;
  /** The copy every member's socket gets, the sender's own included (API.md): counted on the sender. */
  echoes: number;
  /** `message:new` that belongs to no message this run sent to that socket. */
  stray: number;
}

export class DeliveryLedger {
  private readonly sentAt: Float64Array;
  private readonly measured: Uint8Array;
  private readonly peerCopies: Uint16Array;
  private readonly echoCopies: Uint16Array;
  private readonly deliveryMs: Float64Array;
  private readonly ackMs: Float64Array;
  /** 0 = no answer yet, 1 = ok, 2 = refused. */
  private readonly ackState: Uint8Array;
  private readonly ackErrors: Record<string, number> = {};
  private count = 0;
  private strayCount = 0;
  private outstandingPeer = 0;
  private outstandingAcks = 0;

  constructor(
    readonly pairs: number,
    readonly capacity: number,
  ) {
    this.sentAt = new Float64Array(capacity);
    this.measured = new Uint8Array(capacity);
    this.peerCopies = new Uint16Array(capacity);
    this.echoCopies = new Uint16Array(capacity);
    this.deliveryMs = new Float64Array(capacity);
    this.ackMs = new Float64Array(capacity);
    this.ackState = new Uint8Array(capacity);
  }

  get sent(): number {
    return this.count;
  }

  /** Nothing left to wait for: every message reached the peer and was acknowledged. */
  get settled(): boolean {
    return this.outstandingPeer === 0 && this.outstandingAcks === 0;
  }

  /** Record the next send; returns its index. */
  send(at: number, measured: boolean): number {
    const i = this.count;
    if (i >= this.capacity) throw new Error(`ledger full (${this.capacity} messages)`);
    this.sentAt[i] = at;
    this.measured[i] = measured ? 1 : 0;
    this.count++;
    this.outstandingPeer++;
    this.outstandingAcks++;
    return i;
  }

  /** A `message:new` for index i arrived at (pair, side) at time `at`. */
  received(i: number, pair: number, side: Side, at: number): Delivery {
    if (i < 0 || i >= this.count) return this.stray();
    const sender = senderOf(i, this.pairs);
    if (sender.pair !== pair) return this.stray();
    if (sender.side === side) {
      this.echoCopies[i]!++;
      return 'echo';
    }
    if (this.peerCopies[i]!++ > 0) return 'duplicate';
    this.outstandingPeer--;
    this.deliveryMs[i] = at - this.sentAt[i]!;
    return 'peer';
  }

  /** The acknowledgement of index i: ok, or refused with `code`. */
  acked(i: number, ok: boolean, code: string, at: number): void {
    if (this.ackState[i] !== 0) return;
    this.ackState[i] = ok ? 1 : 2;
    this.outstandingAcks--;
    this.ackMs[i] = at - this.sentAt[i]!;
    if (!ok) this.ackErrors[code] = (this.ackErrors[code] ?? 0) + 1;
  }

  summary(): LedgerSummary {
    const delivery: number[] = [];
    const ack: number[] = [];
    let measuredSent = 0;
    let acksOk = 0;
    let acksFailed = 0;
    let lost = 0;
    let duplicated = 0;
    let echoes = 0;
    for (let i = 0; i < this.count; i++) {
      const copies = this.peerCopies[i]!;
      if (copies === 0) lost++;
      else duplicated += copies - 1;
      echoes += this.echoCopies[i]!;
      if (this.ackState[i] === 1) acksOk++;
      else if (this.ackState[i] === 2) acksFailed++;
      if (this.measured[i] === 1) {
        measuredSent++;
        if (copies > 0) delivery.push(this.deliveryMs[i]!);
        if (this.ackState[i] !== 0) ack.push(this.ackMs[i]!);
      }
    }
    return {
      sent: this.count,
      measuredSent,
      delivery: summarize(delivery),
      ack: summarize(ack),
      acksOk,
      acksFailed,
      ackErrors: { ...this.ackErrors },
      acksMissing: this.count - acksOk - acksFailed,
      lost,
      duplicated,
      echoes,
      stray: this.strayCount,
    };
  }

  private stray(): Delivery {
    this.strayCount++;
    return 'stray';
  }
}
