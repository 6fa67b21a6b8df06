// The contract between bench/run-all.ts and each `bench/*.bench.ts` module.

export interface BenchOptions {
  /** Smaller sizes and shorter runs: a smoke test of the harness, not numbers to record. */
  quick?: boolean;
  /** Where to write the module's section; defaults to docs/BENCHMARKS.md. */
  resultsFile?: string;
}

export interface BenchModule {
  run(options?: BenchOptions): Promise<unknown>;
}

export function isBenchModule(value: unknown): value is BenchModule {
  return typeof value === 'object' && value !== null && typeof (value as { run?: unknown }).run === 'function';
}
