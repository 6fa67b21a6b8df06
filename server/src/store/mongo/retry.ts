// Running a transaction through a replica-set failover.
//
// An election takes up to ~12 s ("the median time before a cluster elects a new primary should not
// typically exceed 12 seconds", MongoDB manual, Replica Set Elections). Meanwhile:
// - operations fail with TransientTransactionError (network errors, NotWritablePrimary, a
//   transaction the old primary aborted, write conflicts): run the whole transaction again;
// - the commit may fail with UnknownTransactionCommitResult (it may or may not have been applied):
//   send the commit again (commitTransaction is retryable; the server answers from its record);
// - no primary is found within the server selection timeout: the driver throws
//   MongoServerSelectionError WITHOUT a label, and its own `withTransaction` gives up at once.
//   Before the commit was sent, run the transaction again; at the commit, send the commit again
//   (a first commit attempt may have reached the old primary).
// This loop follows the driver's `withTransaction` (the Convenient API spec) with those two
// additions, and a shorter bound than the driver's 120 s: a request waits for one election, not
// for an outage. Past the bound the last error becomes StoreUnavailableError (HTTP 503).
import mongoose from 'mongoose';
import { StoreUnavailableError } from '../types.js';

/** What the loop needs from a driver ClientSession. */
export interface TransactionSession {
  startTransaction(): void;
  commitTransaction(): Promise<unknown>;
  abortTransaction(): Promise<unknown>;
  inTransaction(): boolean;
}

export interface RetryTiming {
  /** Give up retrying after this long (ms since the first attempt started). */
  budgetMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Jitter in [0, 1); fixed in tests. */
  random?: () => number;
}

const BACKOFF_INITIAL_MS = 5;
const BACKOFF_MAX_MS = 500;
const BACKOFF_GROWTH = 1.5;
/** Commit retries wait longer: a new primary needs seconds, not milliseconds. */
const COMMIT_RETRY_MS = 250;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

function hasLabel(error: unknown, label: string): boolean {
  if (error instanceof mongoose.mongo.MongoError) return error.hasErrorLabel(label);
  const labels = (error as { errorLabels?: unknown } | null)?.errorLabels;
  return Array.isArray(labels) && labels.includes(label);
}

/** No usable server (primary) answered in time, or the connection broke: a failover, probably. */
export function isFailoverError(error: unknown): boolean {
  return error instanceof mongoose.mongo.MongoServerSelectionError || error instanceof mongoose.mongo.MongoNetworkError;
}

/** The whole transaction may run again. */
export function isRetryableTransactionError(error: unknown): boolean {
  return hasLabel(error, 'TransientTransactionError') || isFailoverError(error);
}

/** The commit's outcome is unknown or it never reached a primary: send it again. */
export function isRetryableCommitError(error: unknown): boolean {
  const maxTimeExpired = (error as { code?: unknown } | null)?.code === 50; // MaxTimeMSExpired: the server gave up on purpose
  return !maxTimeExpired && (hasLabel(error, 'UnknownTransactionCommitResult') || isFailoverError(error));
}

/**
 * Run `body` in a transaction on `session` and commit it, retrying through failovers and write
 * conflicts until `budgetMs` has passed. Errors that are not transient (a duplicate key, a thrown
 * ConflictError, …) end it at once, after aborting.
 */
export async function runTransaction<R>(session: TransactionSession, body: () => Promise<R>, timing: RetryTiming): Promise<R> {
  const now = timing.now ?? Date.now;
  const sleep = timing.sleep ?? defaultSleep;
  const random = timing.random ?? Math.random;
  const deadline = now() + timing.budgetMs;
  const giveUp = (error: unknown): never => {
    if (isFailoverError(error) || hasLabel(error, 'TransientTransactionError') || hasLabel(error, 'UnknownTransactionCommitResult')) {
      throw new StoreUnavailableError(`MongoDB did not complete the transaction within ${timing.budgetMs} ms`, { cause: error });
    }
    throw error;
  };

  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) {
      const backoff = random() * Math.min(BACKOFF_INITIAL_MS * BACKOFF_GROWTH ** attempt, BACKOFF_MAX_MS);
      await sleep(backoff);
    }
    session.startTransaction();
    let result: R;
    try {
      result = await body();
    } catch (error) {
      if (session.inTransaction()) await session.abortTransaction().catch(() => undefined);
      if (isRetryableTransactionError(error) && now() < deadline) continue;
      return giveUp(error);
    }
    for (;;) {
      try {
        await session.commitTransaction();
        return result;
      } catch (error) {
        if (isRetryableCommitError(error) && now() < deadline) {
          await sleep(COMMIT_RETRY_MS);
          continue;
        }
        if (hasLabel(error, 'TransientTransactionError') && now() < deadline) break; // run the whole transaction again
        return giveUp(error);
      }
    }
  }
}
