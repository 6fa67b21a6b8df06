// The transaction loop against the error shapes MongoDB and the driver produce during a
// failover (labels per the Transactions spec; codes from the server's error_codes.yml).
import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { DuplicateKeyError, StoreUnavailableError } from '../types.js';
import { isRetryableCommitError, isRetryableTransactionError, runTransaction, type TransactionSession } from './retry.js';

const { MongoServerError, MongoServerSelectionError, MongoNetworkError } = mongoose.mongo;

/** A server error as the driver raises it: its code, name, message and the one label it carries. */
const serverError = (code: number, codeName: string, errmsg: string, label: string) => () =>
  new MongoServerError({ errmsg, code, codeName, errorLabels: [label] } as never);
const writeConflict = serverError(112, 'WriteConflict', 'WriteConflict error', 'TransientTransactionError');
const notPrimary = serverError(10107, 'NotWritablePrimary', 'not primary', 'TransientTransactionError');
const noSuchTransaction = serverError(251, 'NoSuchTransaction', 'Transaction 3 has been aborted.', 'TransientTransactionError');
const unknownCommit = serverError(11602, 'InterruptedDueToReplStateChange', 'operation was interrupted', 'UnknownTransactionCommitResult');
const maxTimeExpired = serverError(50, 'MaxTimeMSExpired', 'operation exceeded time limit', 'UnknownTransactionCommitResult');
const noPrimary = () =>
  new MongoServerSelectionError('Server selection timed out after 15000 ms', { type: 'ReplicaSetNoPrimary' } as never);

/** A scripted session: `commits` lists what each commit does (undefined = succeed). */
class ScriptedSession implements TransactionSession {
  readonly log: string[] = [];
  private open = false;
  constructor(private readonly commits: (Error | undefined)[] = []) {}
  startTransaction(): void {
    this.open = true;
    this.log.push('start');
  }
  inTransaction(): boolean {
    return this.open;
  }
  async commitTransaction(): Promise<void> {
    this.open = false;
    const outcome = this.commits.shift();
    this.log.push(outcome ? `commit failed: ${(outcome as { codeName?: string }).codeName ?? outcome.name}` : 'commit');
    if (outcome) throw outcome;
  }
  async abortTransaction(): Promise<void> {
    this.open = false;
    this.log.push('abort');
  }
}

/** A clock that only moves when the loop sleeps, so budgets are exact and tests never wait. */
function fakeTime() {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    advance: (ms: number) => (now += ms),
    timing: (budgetMs: number) => ({
      budgetMs,
      now: () => now,
      sleep: async (ms: number) => {
        slept.push(ms);
        now += ms;
      },
      random: () => 0.5,
    }),
  };
}

describe('classifying MongoDB errors', () => {
  it('runs the transaction again on TransientTransactionError and when no primary was found', () => {
    for (const error of [writeConflict(), notPrimary(), noSuchTransaction(), noPrimary(), new MongoNetworkError('socket closed')])
      expect(isRetryableTransactionError(error)).toBe(true);
    // A plain object with the documented label (as a wrapped error may carry it) counts too.
    expect(isRetryableTransactionError({ errorLabels: ['TransientTransactionError'] })).toBe(true);
    for (const error of [new DuplicateKeyError('users', 'email_1'), new Error('boom'), unknownCommit()])
      expect(isRetryableTransactionError(error)).toBe(false);
  });

  it('sends the commit again on UnknownTransactionCommitResult and failover, never on MaxTimeMSExpired', () => {
    expect(isRetryableCommitError(unknownCommit())).toBe(true);
    expect(isRetryableCommitError(noPrimary())).toBe(true);
    expect(isRetryableCommitError(maxTimeExpired())).toBe(false);
    expect(isRetryableCommitError(writeConflict())).toBe(false);
  });
});

/**
 * Run `body` (told which attempt it is) in `runTransaction` on a scripted session whose commits do
 * what `commits` says, with a fake clock; returns what it settled with and what happened.
 */
async function attempt<T>(
  body: (run: number, time: ReturnType<typeof fakeTime>) => Promise<T>,
  { commits = [], budgetMs = 30_000 }: { commits?: (Error | undefined)[]; budgetMs?: number } = {},
) {
  const time = fakeTime();
  const session = new ScriptedSession(commits);
  let runs = 0;
  const settled = await runTransaction(session, () => body(++runs, time), time.timing(budgetMs)).then(
    (result) => ({ result, error: undefined }),
    (error: unknown) => ({ result: undefined, error }),
  );
  return { ...settled, runs, session, time };
}

describe('running a transaction through a failover', () => {
  it('reruns the body after a write conflict in it, aborting the failed attempt first', async () => {
    const { result, runs, session } = await attempt(async (run) => {
      if (run === 1) throw writeConflict();
      return 'done';
    });
    expect(result).toBe('done');
    expect(runs).toBe(2);
    expect(session.log).toEqual(['start', 'abort', 'start', 'commit']);
  });

  it('reruns the body when the election made the old primary abort the transaction', async () => {
    const { result, session } = await attempt(async (run) => run, { commits: [noSuchTransaction()] });
    expect(result).toBe(2);
    expect(session.log).toEqual(['start', 'commit failed: NoSuchTransaction', 'start', 'commit']);
  });

  it('resends only the commit while its result is unknown or no primary answers (no second run of the body)', async () => {
    const { result, session } = await attempt(async (run) => run, { commits: [unknownCommit(), noPrimary(), undefined] });
    expect(result).toBe(1);
    expect(session.log).toEqual([
      'start',
      'commit failed: InterruptedDueToReplStateChange',
      'commit failed: MongoServerSelectionError',
      'commit',
    ]);
  });

  it('waits out an election of ~12 s: the body fails while there is no primary, then succeeds', async () => {
    const { result, runs } = await attempt(async (run, time) => {
      // Each failed server selection took the driver's whole timeout (15 s).
      if (run === 1) {
        time.advance(15_000);
        throw noPrimary();
      }
      return 'written';
    });
    expect(result).toBe('written');
    expect(runs).toBe(2);
  });

  it('gives up after its budget with StoreUnavailableError (HTTP 503), keeping the cause', async () => {
    const { error, runs, session } = await attempt(async (_run, time) => {
      time.advance(15_000);
      throw noPrimary();
    });
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).cause).toBeInstanceOf(MongoServerSelectionError);
    expect(runs).toBe(2);
    expect(session.log.filter((l) => l === 'abort')).toHaveLength(2);
  });

  it('stops resending a commit at the budget as well', async () => {
    const { error, time } = await attempt(async () => 1, {
      commits: Array.from({ length: 1000 }, () => unknownCommit()),
      budgetMs: 2_000,
    });
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(time.slept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2_000);
    expect(time.slept.reduce((a, b) => a + b, 0)).toBeLessThan(2_600);
  });

  it('ends at once, after aborting, on errors that are not transient', async () => {
    const duplicate = new DuplicateKeyError('intros', '_id');
    const { error, runs, session } = await attempt(async () => {
      throw duplicate;
    });
    expect(error).toBe(duplicate);
    expect(runs).toBe(1);
    expect(session.log).toEqual(['start', 'abort']);
    // MaxTimeMSExpired: the server gave up on purpose; the commit is not resent.
    const expired = await attempt(async () => 1, { commits: [maxTimeExpired(), undefined] });
    expect(expired.error).toBeInstanceOf(StoreUnavailableError);
    expect(((expired.error as Error).cause as { codeName?: string }).codeName).toBe('MaxTimeMSExpired');
    expect(expired.session.log).toEqual(['start', 'commit failed: MaxTimeMSExpired']);
  });

  it('backs off with growing, jittered pauses between attempts, capped at 500 ms', async () => {
    const { time } = await attempt(
      async (run) => {
        if (run < 20) throw writeConflict();
      },
      { budgetMs: 60_000 },
    );
    expect(time.slept[0]).toBeCloseTo(0.5 * 5 * 1.5, 5);
    expect(time.slept[1]!).toBeGreaterThan(time.slept[0]!);
    expect(Math.max(...time.slept)).toBeLessThanOrEqual(250); // 0.5 (jitter) × 500 ms cap
  });
});
