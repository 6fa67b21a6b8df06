// Times an async operation one call at a time (each awaited), so the latency sample is per
// operation and throughput is what one sequential caller gets.
import { performance } from 'node:perf_hooks';
import type { Stats } from './stats.js';
import { summarize } from './stats.js';

export interface OpsResult {
  ops: number;
  totalMs: number;
  opsPerSec: number;
  /** Milliseconds per operation. */
  latency: Stats;
}

export interface OpsBudget {
  /** Stop after this many operations… */
  maxOps: number;
  /** …or once this much time has passed (whichever comes first), but… */
  maxMs?: number;
  /** …never before this many operations. */
  minOps?: number;
  /** Untimed calls first, so the JIT and caches settle. */
  warmupOps?: number;
}

export async function measureOps(op: (i: number) => Promise<unknown>, budget: OpsBudget): Promise<OpsResult> {
  const warmup = budget.warmupOps ?? 0;
  for (let i = 0; i < warmup; i++) await op(i);
  const samples: number[] = [];
  const maxMs = budget.maxMs ?? Infinity;
  const minOps = Math.min(budget.minOps ?? 1, budget.maxOps);
  const start = performance.now();
  for (let i = 0; i < budget.maxOps; i++) {
    const t0 = performance.now();
    await op(warmup + i);
    const t1 = performance.now();
    samples.push(t1 - t0);
    if (t1 - start >= maxMs && samples.length >= minOps) break;
  }
  const totalMs = performance.now() - start;
  return { ops: samples.length, totalMs, opsPerSec: (samples.length / totalMs) * 1000, latency: summarize(samples) };
}

/** Time one block of work. */
export async function timeIt<R>(fn: () => Promise<R> | R): Promise<{ result: R; ms: number }> {
  const start = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - start };
}
