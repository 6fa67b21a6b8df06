// The one home of background work. Each job runs periodically, never overlapping itself, with
// jitter so that several app instances sharing a store do not all wake at the same instant.
// Tests drive jobs with run(name), which waits for the run; close() stops timers and waits for
// runs in flight, so nothing touches the store after the app closed it.
import type { Logger } from '../lib/logger.js';

export interface JobSpec {
  name: string;
  /** Time between the end of one run and the start of the next (real time, not business time). */
  everyMs: number;
  /** Spread each wait by ±this fraction (0.2 = ±20%). */
  jitter?: number;
  /** First run right after start() rather than after one interval. */
  runAtStart?: boolean;
  run: () => Promise<unknown>;
}

interface JobState {
  spec: JobSpec;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  /** Another run was asked for while one was in flight. */
  again: boolean;
}

export class Scheduler {
  private readonly jobs = new Map<string, JobState>();
  private started = false;
  private stopped = false;

  constructor(
    private readonly logger: Logger,
    private readonly random: () => number = Math.random,
  ) {}

  add(spec: JobSpec): void {
    if (this.jobs.has(spec.name)) throw new Error(`job "${spec.name}" is already scheduled`);
    const state: JobState = { spec, timer: null, running: null, again: false };
    this.jobs.set(spec.name, state);
    if (this.started) this.arm(state, spec.runAtStart ? 0 : this.delay(spec));
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    for (const state of this.jobs.values()) this.arm(state, state.spec.runAtStart ? 0 : this.delay(state.spec));
  }

  /** Run a job now and wait for it (after the run in flight, if any). Errors propagate to the caller. */
  async run(name: string): Promise<void> {
    const state = this.require(name);
    for (;;) {
      while (state.running) await state.running;
      if (await this.execute(state, true)) return;
    }
  }

  /**
   * Ask for a run soon without waiting (coalesced: many triggers during a run cause one more run).
   * Ignored before start(): a scheduler that was never started runs jobs only through run().
   */
  trigger(name: string): void {
    const state = this.require(name);
    if (!this.started || this.stopped) return;
    if (state.running) {
      state.again = true;
      return;
    }
    this.arm(state, 0);
  }

  names(): string[] {
    return [...this.jobs.keys()];
  }

  /** Stop every timer and wait for the runs in flight. */
  async close(): Promise<void> {
    this.stopped = true;
    for (const state of this.jobs.values()) {
      if (state.timer) clearTimeout(state.timer);
      state.timer = null;
    }
    await Promise.all([...this.jobs.values()].map((s) => s.running?.catch(() => undefined)));
  }

  private require(name: string): JobState {
    const state = this.jobs.get(name);
    if (!state) throw new Error(`no job named "${name}"`);
    return state;
  }

  private delay(spec: JobSpec): number {
    const jitter = spec.jitter ?? 0.2;
    return Math.max(0, Math.round(spec.everyMs * (1 - jitter + 2 * jitter * this.random())));
  }

  private arm(state: JobState, ms: number): void {
    if (this.stopped) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = null;
      void this.execute(state, false).catch(() => undefined);
    }, ms);
    state.timer.unref();
  }

  /** False when a run was already in flight (it will run again after it). */
  private async execute(state: JobState, rethrow: boolean): Promise<boolean> {
    if (state.running) {
      state.again = true;
      return false;
    }
    if (state.timer) clearTimeout(state.timer);
    state.timer = null;
    state.again = false;
    let failure: unknown = null;
    const running = (async () => {
      try {
        await state.spec.run();
      } catch (error) {
        failure = error;
        this.logger.error({ err: error, job: state.spec.name }, 'background job failed');
      }
    })();
    state.running = running;
    await running;
    state.running = null;
    if (this.started && !this.stopped) this.arm(state, state.again ? 0 : this.delay(state.spec));
    if (rethrow && failure) throw failure instanceof Error ? failure : new Error(String(failure));
    return true;
  }
}
