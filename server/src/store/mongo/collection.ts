// One collection of the MongoDB engine: the port's calls mapped onto Mongoose model calls.
// Every read is `.lean()` (plain objects fresh from BSON, so callers get copies); every call joins
// the ambient transaction, if any, by passing its session; filters pass through unchanged.
import type { ClientSession, PipelineStage, QueryFilter, QueryOptions, UpdateQuery } from 'mongoose';
import type {
  Collection,
  DeleteResult,
  Doc,
  Filter,
  FindOneAndUpdateOptions,
  FindOptions,
  Update,
  UpdateOptions,
  UpdateResult,
} from '../types.js';
import { StoreUnavailableError } from '../types.js';
import { assertFilter } from '../documents.js';
import { isEmptyUpdate, prepareInsert, prepareUpdate } from './documents.js';
import { translateError } from './errors.js';
import { isFailoverError } from './retry.js';
import type { ModelHandle, StoredDoc } from './models.js';
import type { TxContext } from './transaction.js';

/** What a collection needs from its store. */
export interface MongoEngineInternals {
  assertOpen(): void;
  currentTx(): TxContext | undefined;
  withTransaction<R>(fn: () => Promise<R>): Promise<R>;
}

/**
 * Options on every query: never rewrite the caller's filter. Services validate input with zod and
 * never pass client-supplied operators, and `sanitizeFilter` would break the engine's own `$in`,
 * `$gte`, … (it wraps them in `$eq`) if someone turned it on globally.
 */
const PASS_THROUGH = { sanitizeFilter: false, strictQuery: false, translateAliases: false } as const;
/** Updates: no schema-driven rewriting or validation either. */
const UPDATE_PASS_THROUGH = { ...PASS_THROUGH, strict: false, runValidators: false, setDefaultsOnInsert: false } as const;

type Filtered = QueryFilter<StoredDoc>;
type Updating = UpdateQuery<StoredDoc>;

export class MongoCollection<T extends Doc> implements Collection<T> {
  constructor(
    private readonly engine: MongoEngineInternals,
    private readonly handle: ModelHandle,
  ) {}

  get name(): string {
    return this.handle.name;
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    assertFilter(filter);
    return this.run(async (session) => {
      const docs = await this.handle.model
        .find(filter as Filtered, options.projection ?? null, { ...PASS_THROUGH, ...readOptions(options), ...sessionOf(session) })
        .lean()
        .exec();
      return docs as unknown as T[];
    });
  }

  async findOne(filter: Filter, options: Omit<FindOptions, 'limit'> = {}): Promise<T | null> {
    assertFilter(filter);
    return this.run(async (session) => {
      const doc = await this.handle.model
        .findOne(filter as Filtered, options.projection ?? null, { ...PASS_THROUGH, ...readOptions(options), ...sessionOf(session) })
        .lean()
        .exec();
      return (doc ?? null) as T | null;
    });
  }

  async insertOne(doc: T): Promise<T> {
    const stored = prepareInsert(doc);
    await this.run((session) => this.handle.model.insertMany([stored], { lean: true, ...sessionOf(session) }));
    return structuredClone(stored);
  }

  /** All or nothing, as on the embedded engine: several documents go in one transaction. */
  async insertMany(docs: T[]): Promise<T[]> {
    const stored = docs.map((doc) => prepareInsert(doc));
    if (stored.length === 0) return [];
    const insert = () => this.run((session) => this.handle.model.insertMany(stored, { lean: true, ordered: true, ...sessionOf(session) }));
    if (stored.length > 1 && !this.engine.currentTx()) await this.engine.withTransaction(insert);
    else await insert();
    return stored.map((doc) => structuredClone(doc));
  }

  async updateOne(filter: Filter, update: Update, options: UpdateOptions = {}): Promise<UpdateResult> {
    const upsert = options.upsert === true;
    const prepared = prepareUpdate(update, filter, upsert);
    assertFilter(filter);
    return this.run(async (session) => {
      // (An empty upsert is left to Mongoose, which inserts the filter's equality fields.)
      if (isEmptyUpdate(prepared) && !upsert) return this.noOpUpdate(filter, 1, session);
      const result = await this.handle.model
        .updateOne(filter as Filtered, prepared as Updating, { ...UPDATE_PASS_THROUGH, upsert, ...sessionOf(session) })
        .exec();
      return toUpdateResult(result);
    });
  }

  async updateMany(filter: Filter, update: Update): Promise<UpdateResult> {
    const prepared = prepareUpdate(update, filter, false);
    assertFilter(filter);
    return this.run(async (session) => {
      if (isEmptyUpdate(prepared)) return this.noOpUpdate(filter, 0, session);
      const result = await this.handle.model
        .updateMany(filter as Filtered, prepared as Updating, { ...UPDATE_PASS_THROUGH, ...sessionOf(session) })
        .exec();
      return toUpdateResult(result);
    });
  }

  /** `returnDocument` is required by the port: 'before' or 'after', never MongoDB's silent default. */
  async findOneAndUpdate(filter: Filter, update: Update, options: FindOneAndUpdateOptions): Promise<T | null> {
    const upsert = options.upsert === true;
    const prepared = prepareUpdate(update, filter, upsert);
    assertFilter(filter);
    return this.run(async (session) => {
      if (isEmptyUpdate(prepared) && !upsert) {
        const sort = options.sort ? { sort: options.sort } : {};
        const doc = await this.handle.model
          .findOne(filter as Filtered, null, { ...PASS_THROUGH, ...sort, ...sessionOf(session) })
          .lean()
          .exec();
        return (doc ?? null) as T | null;
      }
      const doc = await this.handle.model
        .findOneAndUpdate(filter as Filtered, prepared as Updating, {
          ...UPDATE_PASS_THROUGH,
          returnDocument: options.returnDocument,
          upsert,
          ...(options.sort ? { sort: options.sort } : {}),
          includeResultMetadata: false,
          ...sessionOf(session),
        })
        .lean()
        .exec();
      return (doc ?? null) as T | null;
    });
  }

  async deleteOne(filter: Filter): Promise<DeleteResult> {
    assertFilter(filter);
    return this.run(async (session) => {
      const result = await this.handle.model.deleteOne(filter as Filtered, { ...PASS_THROUGH, ...sessionOf(session) }).exec();
      return { deletedCount: result.deletedCount };
    });
  }

  async deleteMany(filter: Filter): Promise<DeleteResult> {
    assertFilter(filter);
    return this.run(async (session) => {
      const result = await this.handle.model.deleteMany(filter as Filtered, { ...PASS_THROUGH, ...sessionOf(session) }).exec();
      return { deletedCount: result.deletedCount };
    });
  }

  async countDocuments(filter: Filter = {}): Promise<number> {
    assertFilter(filter);
    return this.run((session) => this.handle.model.countDocuments(filter as Filtered, { ...PASS_THROUGH, ...sessionOf(session) }).exec());
  }

  /** The pipeline goes to the server as given ($lookup, $facet, … included). */
  async aggregate<R = Record<string, unknown>>(pipeline: Record<string, unknown>[]): Promise<R[]> {
    return this.run(async (session) => {
      const results = await this.handle.model
        .aggregate<R>(pipeline as unknown as PipelineStage[])
        .session(session ?? null)
        .exec();
      return results;
    });
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────

  /**
   * Every operation: fail if the store is closed, wait for the collection's indexes, join the
   * ambient transaction (queued on its session) and translate duplicate-key errors.
   */
  private async run<R>(operation: (session: ClientSession | undefined) => Promise<R>): Promise<R> {
    this.engine.assertOpen();
    const resolveIndex = (keyPattern: Record<string, unknown>) => this.handle.indexFor(keyPattern);
    const translated = async (session: ClientSession | undefined): Promise<R> => {
      try {
        return await operation(session);
      } catch (error) {
        // Inside a transaction a failover error stays as it is: the transaction loop retries on it.
        if (!session && isFailoverError(error))
          throw new StoreUnavailableError(`MongoDB unavailable: ${(error as Error).message}`, { cause: error });
        throw translateError(error, this.name, resolveIndex);
      }
    };
    try {
      await this.handle.whenReady();
    } catch (error) {
      throw translateError(error, this.name, resolveIndex);
    }
    const tx = this.engine.currentTx();
    return tx ? tx.run(translated) : translated(undefined);
  }

  /** An update that changes nothing still reports what it matched, like the embedded engine. */
  private async noOpUpdate(filter: Filter, limit: number, session: ClientSession | undefined): Promise<UpdateResult> {
    const matchedCount = await this.handle.model
      .countDocuments(filter as Filtered, { ...PASS_THROUGH, ...(limit > 0 ? { limit } : {}), ...sessionOf(session) })
      .exec();
    return { matchedCount, modifiedCount: 0, upsertedId: null };
  }
}

function sessionOf(session: ClientSession | undefined): { session?: ClientSession } {
  return session ? { session } : {};
}

/** Same slicing rules as the embedded engine: negative skip counts as 0, a limit ≤ 0 means none. */
function readOptions(options: FindOptions): QueryOptions {
  const out: QueryOptions = {};
  if (options.sort) out.sort = options.sort;
  if (options.skip !== undefined && options.skip > 0) out.skip = options.skip;
  if (options.limit !== undefined && options.limit > 0) out.limit = options.limit;
  return out;
}

function toUpdateResult(result: { matchedCount: number; modifiedCount: number; upsertedId?: unknown }): UpdateResult {
  const id = result.upsertedId;
  return {
    matchedCount: result.matchedCount,
    modifiedCount: result.modifiedCount,
    upsertedId: id === null || id === undefined ? null : String(id),
  };
}
