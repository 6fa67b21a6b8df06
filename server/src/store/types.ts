// The store port: a small collection interface that speaks MongoDB's query and update
// language. Repositories are written once against it; each engine (embedded SQLite+mingo,
// MongoDB via Mongoose) implements it and passes the same contract suite (store/contract/).
//
// Conventions every engine honours:
// - `_id` is a string chosen by the application (see lib/ids.ts), never an ObjectId.
// - Times are stored as ISO-8601 UTC strings, so they sort and compare identically everywhere.
// - Documents returned are copies: mutating them never changes stored data.
// - Transactions are ambient: inside `store.withTransaction(fn)` every collection call made
//   from `fn` (and anything it awaits) joins the transaction through AsyncLocalStorage, so
//   repositories need no extra parameter. Nested calls join the outer transaction.
// - A transaction body may run more than once (MongoDB retries on write conflicts), so it must
//   have no side effects outside the store: put them in afterCommit().
// - A failed write ends the transaction on MongoDB: catching an error inside the body and
//   carrying on is not supported (use upserts or check first).
// - Never store explicit nulls in fields of sparse unique indexes; $unset them instead.
// - Sort with a tie-breaker (e.g. `_id`) when order matters: equal keys may come back in any order.

export type Doc = { _id: string } & Record<string, unknown>;

/** A MongoDB query filter. Typed loosely on purpose: both engines accept the same language. */
export type Filter = Record<string, unknown>;

/**
 * A MongoDB update document using $set $unset $inc $push $pull $addToSet (and $setOnInsert for
 * upserts). No path may appear twice, or under another path, across all of them (MongoDB refuses it).
 */
export type Update = {
  $set?: Record<string, unknown>;
  $unset?: Record<string, unknown>;
  $inc?: Record<string, number>;
  $push?: Record<string, unknown>;
  $pull?: Record<string, unknown>;
  $addToSet?: Record<string, unknown>;
  $setOnInsert?: Record<string, unknown>;
};

export type SortSpec = Record<string, 1 | -1>;
export type Projection = Record<string, 0 | 1>;

export interface FindOptions {
  sort?: SortSpec;
  limit?: number;
  skip?: number;
  projection?: Projection;
}

export interface UpdateOptions {
  upsert?: boolean;
}

export interface FindOneAndUpdateOptions extends UpdateOptions {
  /** Required on purpose: MongoDB's default ('before') surprises people; say which one you mean. */
  returnDocument: 'before' | 'after';
  sort?: SortSpec;
}

export interface UpdateResult {
  matchedCount: number;
  modifiedCount: number;
  upsertedId: string | null;
}

export interface DeleteResult {
  deletedCount: number;
}

export interface IndexSpec {
  /** Ordered key fields, e.g. `{ email: 1 }` or `{ province: 1, createdAt: -1 }`. Dotted paths allowed. */
  fields: Record<string, 1 | -1>;
  unique?: boolean;
  /** Skip documents where any key field is missing/null (unique only among present values). */
  sparse?: boolean;
  name?: string;
}

export interface CollectionDefinition {
  name: string;
  indexes?: IndexSpec[];
}

export interface Collection<T extends Doc = Doc> {
  readonly name: string;
  find(filter?: Filter, options?: FindOptions): Promise<T[]>;
  findOne(filter: Filter, options?: Omit<FindOptions, 'limit'>): Promise<T | null>;
  insertOne(doc: T): Promise<T>;
  insertMany(docs: T[]): Promise<T[]>;
  updateOne(filter: Filter, update: Update, options?: UpdateOptions): Promise<UpdateResult>;
  updateMany(filter: Filter, update: Update): Promise<UpdateResult>;
  findOneAndUpdate(filter: Filter, update: Update, options: FindOneAndUpdateOptions): Promise<T | null>;
  deleteOne(filter: Filter): Promise<DeleteResult>;
  deleteMany(filter: Filter): Promise<DeleteResult>;
  countDocuments(filter?: Filter): Promise<number>;
  /** Aggregation pipeline ($match $group $project $sort $unwind $limit $count …), used by reports. */
  aggregate<R = Record<string, unknown>>(pipeline: Record<string, unknown>[]): Promise<R[]>;
}

export type StoreEngineName = 'embedded' | 'mongodb';

/** A declared index that is not in place, and why (e.g. duplicates in the data for a unique index). */
export interface IndexFailure {
  collection: string;
  index: string;
  error: string;
}

export interface Store {
  readonly engine: StoreEngineName;
  /** Declare (idempotently) and return a collection; indexes are created on first declaration. */
  collection<T extends Doc>(definition: CollectionDefinition): Collection<T>;
  /**
   * Run `fn` atomically: either every write inside it commits, or none does (a throw rolls back).
   * Concurrent transactions are serialised (embedded) or retried on write conflicts (MongoDB).
   */
  withTransaction<R>(fn: () => Promise<R>): Promise<R>;
  /**
   * Run `callback` after the surrounding transaction commits (never if it rolls back); outside a
   * transaction, soon after the current operation. Domain events are published this way.
   */
  afterCommit(callback: () => void): void;
  /** True when the engine answers. */
  ping(): Promise<boolean>;
  /**
   * Wait until every declared collection's indexes have been built or have failed to build, and
   * list the failures. Called before serving. A failed index never stops operations: it is
   * reported (health) and tried again later.
   */
  whenIndexesBuilt(): Promise<IndexFailure[]>;
  /** Indexes whose last build failed (for health checks; does not wait). */
  indexFailures(): IndexFailure[];
  /** Flush and release resources. Further calls fail. */
  close(): Promise<void>;
}

/** Thrown for a duplicate key on a unique index (maps to 409 `conflict`). */
export class DuplicateKeyError extends Error {
  readonly collection: string;
  readonly index: string;
  constructor(collection: string, index: string, message?: string) {
    super(message ?? `duplicate key in ${collection} (index ${index})`);
    this.name = 'DuplicateKeyError';
    this.collection = collection;
    this.index = index;
  }
}

/**
 * The engine could not be reached for longer than it waits (a failover that outlasted the retry
 * budget, a server down). Maps to 503 `unavailable`: the request may be tried again.
 */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
