// The MongoDB engine of the store, through Mongoose (used when MONGODB_URI is set).
// See README.md in this folder for how the port maps onto MongoDB.
import mongoose from 'mongoose';
import type { Connection, mongo } from 'mongoose';
import type { Collection, CollectionDefinition, Doc, IndexFailure, Store } from '../types.js';
import { MongoCollection } from './collection.js';
import type { MongoEngineInternals } from './collection.js';
import { ModelHandle } from './models.js';
import { runTransaction } from './retry.js';
import { TransactionScope, TxContext } from './transaction.js';

export interface StoreLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface MongoStoreOptions {
  uri: string;
  /** Database name; default: the one in the URI, else `ketnoi`. */
  dbName?: string;
  logger?: StoreLogger;
  /** How long one operation waits for a usable server (a primary) before failing (default 15 s). */
  serverSelectionTimeoutMS?: number;
  /** How long a transaction keeps retrying through failovers and write conflicts (default 30 s). */
  transactionRetryBudgetMS?: number;
  /** Called when an `afterCommit` callback throws (the commit itself stands). */
  onAfterCommitError?: (error: unknown) => void;
  /** Tests only: drop the whole database in `close()`, so each contract-suite store can use a fresh one. */
  dropDatabaseOnClose?: boolean;
}

/**
 * Longer than an election: the manual says the median time to elect a new primary "should not
 * typically exceed 12 seconds", and an operation waits that long for one instead of failing.
 */
const SERVER_SELECTION_TIMEOUT_MS = 15_000;
/** A transaction retries for one long election (two server-selection waits), then answers 503. */
const TRANSACTION_RETRY_BUDGET_MS = 30_000;
const PING_TIMEOUT_MS = 2_000;
const DEFAULT_DB_NAME = 'ketnoi';
/** Snapshot reads and majority commits: a committed transaction survives a primary failover. */
const TRANSACTION_OPTIONS: mongo.TransactionOptions = {
  readConcern: { level: 'snapshot' },
  writeConcern: { w: 'majority' },
  readPreference: 'primary',
};

const silentLogger: StoreLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export class MongoStore implements Store, MongoEngineInternals {
  readonly engine = 'mongodb' as const;
  private readonly handles = new Map<string, ModelHandle>();
  private readonly collections = new Map<string, MongoCollection<Doc>>();
  private readonly scope = new TransactionScope();
  private closed = false;

  constructor(
    private readonly connection: Connection,
    private readonly logger: StoreLogger,
    private readonly options: Pick<MongoStoreOptions, 'onAfterCommitError' | 'dropDatabaseOnClose' | 'transactionRetryBudgetMS'> = {},
  ) {}

  collection<T extends Doc>(definition: CollectionDefinition): Collection<T> {
    this.assertOpen();
    let handle = this.handles.get(definition.name);
    const first = !handle;
    if (!handle) {
      handle = new ModelHandle(this.connection, definition.name, (collection, index, error) =>
        this.logger.error(
          { collection, index, err: error },
          'MongoDB: an index could not be built; the collection works without it (see /api/health and `npm run indexes`)',
        ),
      );
      this.handles.set(definition.name, handle);
    }
    handle.declare(definition, first);
    let collection = this.collections.get(definition.name);
    if (!collection) {
      collection = new MongoCollection<Doc>(this, handle);
      this.collections.set(definition.name, collection);
    }
    return collection as unknown as Collection<T>;
  }

  /**
   * Runs `fn` in a MongoDB transaction on a fresh session, retried as a whole on
   * TransientTransactionError (write conflicts with a concurrent transaction, failover) and on a
   * failed server selection, with the commit resent when its outcome is unknown (see retry.ts).
   * So `fn` may run more than once: keep side effects out of it and use `afterCommit`. A call
   * inside an open transaction joins it.
   */
  async withTransaction<R>(fn: () => Promise<R>): Promise<R> {
    this.assertOpen();
    if (this.currentTx()) return fn();
    const session = await this.connection.startSession({ defaultTransactionOptions: TRANSACTION_OPTIONS });
    let committed: TxContext | undefined;
    try {
      const attempt = async (): Promise<R> => {
        const tx = new TxContext(session);
        try {
          const value = await this.scope.run(tx, fn);
          await tx.drain();
          tx.throwIfAborted();
          committed = tx; // the commit follows; if it fails for good, nothing runs
          return value;
        } finally {
          tx.active = false;
        }
      };
      const result = await runTransaction(session, attempt, {
        budgetMs: this.options.transactionRetryBudgetMS ?? TRANSACTION_RETRY_BUDGET_MS,
      });
      if (committed) for (const callback of committed.afterCommit) queueMicrotask(() => this.runCallback(callback));
      return result;
    } finally {
      await session.endSession();
    }
  }

  /** Run `callback` once the ambient transaction has committed (at once, if there is none). */
  afterCommit(callback: () => void): void {
    const tx = this.currentTx();
    if (tx) tx.afterCommit.push(callback);
    else queueMicrotask(() => this.runCallback(callback));
  }

  /** The driver's database handle, for GridFS (the blob port's MongoDB engine, store/blobs/gridfs.ts). */
  database(): mongo.Db {
    this.assertOpen();
    const db = this.connection.db;
    if (!db) throw new Error('connection has no database handle');
    return db;
  }

  async ping(): Promise<boolean> {
    const db = this.connection.db;
    if (this.closed || !db) return false;
    try {
      const reply = await db.command({ ping: 1 }, { signal: AbortSignal.timeout(PING_TIMEOUT_MS) });
      return reply.ok === 1;
    } catch {
      return false;
    }
  }

  async whenIndexesBuilt(): Promise<IndexFailure[]> {
    // A collection that could not even be created fails its operations; that is not an index failure.
    await Promise.all([...this.handles.values()].map((handle) => handle.settled()));
    return this.indexFailures();
  }

  indexFailures(): IndexFailure[] {
    return [...this.handles.values()].flatMap((handle) => handle.failures());
  }

  /**
   * For `npm run indexes`: per collection, the indexes on the server that no declaration names (or
   * that differ from it) and the declared ones missing there (Mongoose's `diffIndexes`).
   */
  async indexPlan(): Promise<Array<{ collection: string; toDrop: string[]; toCreate: string[] }>> {
    const plans = [];
    for (const handle of this.handles.values()) {
      const diff = await handle.model.diffIndexes();
      const toCreate = (diff.toCreate as Array<Record<string, unknown>>).map((fields) => JSON.stringify(fields));
      plans.push({ collection: handle.name, toDrop: diff.toDrop as string[], toCreate });
    }
    return plans;
  }

  /** For `npm run indexes -- --apply`: drop what no declaration names, build what is missing. */
  async applyIndexPlan(): Promise<void> {
    for (const handle of this.handles.values()) {
      await handle.model.syncIndexes();
      await handle.buildMissing();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (this.options.dropDatabaseOnClose) await this.connection.dropDatabase();
    } finally {
      await this.connection.close();
    }
  }

  // ── MongoEngineInternals ─────────────────────────────────────────────────────────────────

  assertOpen(): void {
    if (this.closed) throw new Error('store is closed');
  }

  currentTx(): TxContext | undefined {
    return this.scope.current();
  }

  private runCallback(callback: () => void): void {
    try {
      callback();
    } catch (error) {
      if (this.options.onAfterCommitError) this.options.onAfterCommitError(error);
      else this.logger.warn({ err: error }, 'afterCommit callback failed');
    }
  }
}

/** `mongodb://user:secret@host/db` → `mongodb://***@host/db`, for messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}

/** The database named in the URI path (`mongodb://h1,h2/ketnoi?replicaSet=rs0` → `ketnoi`), if any. */
export function dbNameFromUri(uri: string): string | undefined {
  const match = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]*)/.exec(uri);
  const name = match?.[1] ? decodeURIComponent(match[1]) : '';
  return name.length > 0 ? name : undefined;
}

/**
 * Connects (failing after the server selection timeout, 15 s, if no server answers), checks that the deployment supports
 * transactions, and returns the store. Transactions need a replica set (a single-node one is
 * enough; docker-compose.yml starts one) or a sharded cluster.
 */
export async function createMongoStore(options: MongoStoreOptions): Promise<Store> {
  const logger = options.logger ?? silentLogger;
  const where = redactUri(options.uri);
  const connection = mongoose.createConnection(options.uri, {
    dbName: options.dbName ?? dbNameFromUri(options.uri) ?? DEFAULT_DB_NAME,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? SERVER_SELECTION_TIMEOUT_MS,
    // The driver's defaults, stated: a single write or read outside a transaction is retried once
    // after a failover (transactions are retried as a whole, see retry.ts).
    retryWrites: true,
    retryReads: true,
    appName: 'ketnoi',
    autoIndex: false,
    autoCreate: false,
    bufferCommands: false,
  });
  try {
    await connection.asPromise();
    await assertTransactionsSupported(connection, where);
  } catch (error) {
    await connection.close(true).catch(() => undefined);
    if (error instanceof TransactionsUnsupportedError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot connect to MongoDB at ${where}: ${reason}`, { cause: error });
  }
  // Only now: a failed first connection is reported once, by the error above. (Mongoose emits
  // 'error' only when someone listens, so nothing is lost before this point.)
  connection.on('error', (error: unknown) => logger.warn({ err: error, uri: where }, 'MongoDB connection error'));
  connection.on('disconnected', () => logger.warn({ uri: where }, 'MongoDB disconnected'));
  connection.on('reconnected', () => logger.info({ uri: where }, 'MongoDB reconnected'));
  logger.info({ uri: where, db: connection.name }, 'MongoDB store ready');
  return new MongoStore(connection, logger, {
    onAfterCommitError: options.onAfterCommitError,
    dropDatabaseOnClose: options.dropDatabaseOnClose,
    ...(options.transactionRetryBudgetMS !== undefined ? { transactionRetryBudgetMS: options.transactionRetryBudgetMS } : {}),
  });
}

export class TransactionsUnsupportedError extends Error {
  constructor(where: string) {
    super(
      `MongoDB at ${where} is a standalone server, but KếtNối needs multi-document transactions, ` +
        'which MongoDB offers only on a replica set or a sharded cluster. Start mongod with ' +
        '`--replSet rs0` and run `rs.initiate()` once (docker-compose.yml does both), ' +
        'then add `?replicaSet=rs0` to MONGODB_URI.',
    );
    this.name = 'TransactionsUnsupportedError';
  }
}

/** `hello` names the replica set (`setName`) on a replica-set member, and says `isdbgrid` on mongos. */
async function assertTransactionsSupported(connection: Connection, where: string): Promise<void> {
  const db = connection.db;
  if (!db) throw new Error('connection has no database handle');
  const hello = await db.admin().command({ hello: 1 });
  const replicaSet = typeof hello.setName === 'string' && hello.setName.length > 0;
  const mongos = hello.msg === 'isdbgrid';
  if (!replicaSet && !mongos) throw new TransactionsUnsupportedError(where);
}
