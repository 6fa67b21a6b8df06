// What the realtime benchmark's parent (the server under test) and its load-generator child say
// to each other, and what the generator reports. Shared by both sides.
import type { LedgerSummary } from './ledger.js';

export type Target = 'bare' | 'ours';

/** One conversation: two sockets that talk to each other. */
export interface PairSpec {
  conversationId: string;
  /** How each side authenticates: ours with its session cookie, bare with nothing. */
  cookies: [string, string] | null;
}

export interface LoadJob {
  target: Target;
  url: string;
  /** Prefix of every clientId of this run, so messages of different runs never mix. */
  runTag: string;
  pairs: PairSpec[];
  /** Messages per second over all clients together. */
  rate: number;
  warmupS: number;
  durationS: number;
  /** How long to wait for deliveries and acks after the last send. */
  drainTimeoutMs: number;
  /** Handshakes in flight at once while connecting. */
  connectConcurrency: number;
  /** Connect, wait for "go", disconnect: no messages (memory readings). */
  idleOnly?: boolean;
}

export type ParentMessage = { type: 'start'; job: LoadJob } | { type: 'go' };

export type GeneratorMessage =
  | { type: 'connected'; sockets: number; connectMs: number }
  | { type: 'measuring' }
  | { type: 'measured' }
  | { type: 'result'; result: LoadResult }
  | { type: 'error'; error: string };

/** What the generator reports: the ledger's counts and latencies, and how the run went. */
export interface LoadResult extends LedgerSummary {
  clients: number;
  connectMs: number;
  measuredSeconds: number;
  /** Achieved send rate in the measured window. */
  sendRate: number;
  /** Sockets that dropped during the run. */
  disconnects: number;
  /** Generator health: if its own loop lags, latencies are the generator's, not the server's. */
  generatorLoopDelayP99Ms: number;
  generatorCpuPercent: number;
}
