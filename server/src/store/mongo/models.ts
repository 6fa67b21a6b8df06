// One Mongoose model per collection: schema `{ _id: String }` (everything else schemaless), the
// collection's indexes declared on the schema, and a ready-promise that creates the collection and
// builds its missing indexes before the first operation.
//
// Index builds only ever add: an index on the collection that no declaration names is left alone
// (`npm run indexes` lists and, with --apply, drops or rebuilds them), because dropping an index a
// person made, or one an older version still needs during a rolling update, is not the app's call.
// A build that fails (duplicates in the data, an index of the same name with other options) does
// not stop operations on the collection: it is logged and reported by /api/health, and tried again
// at most once a minute while health is being checked.
import mongoose from 'mongoose';
import type { Connection, Model } from 'mongoose';
import type { CollectionDefinition, Doc, IndexFailure } from '../types.js';
import { indexName, indexOptions, isPrimaryKeyIndex, type MongoIndexOptions } from './indexes.js';

export type StoredDoc = Doc;
export type StoreModel = Model<StoredDoc>;

/** Same rule as the embedded engine (its table names), so a name valid on one engine is valid on both. */
const COLLECTION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

export class ModelHandle {
  readonly model: StoreModel;
  /** Resolves when the collection exists and every declared index was tried once; null = create again. */
  private ready: Promise<void> | null = null;
  /** index name → key pattern and options, in declaration order. */
  private readonly declared = new Map<string, { fields: Record<string, 1 | -1>; options: MongoIndexOptions }>();
  /** Declared indexes that exist (built by this process, or already there). */
  private readonly built = new Set<string>();
  /** Declared indexes whose last build failed, with the reason. */
  private readonly failed = new Map<string, string>();
  private lastAttemptAt = 0;
  /** A retry of failed builds, which operations do not wait for. */
  private retrying: Promise<void> | null = null;

  constructor(
    connection: Connection,
    readonly name: string,
    private readonly onIndexError: (collection: string, index: string, error: unknown) => void,
  ) {
    if (!COLLECTION_NAME.test(name)) throw new Error(`invalid collection name ${JSON.stringify(name)}`);
    const schema = new mongoose.Schema<StoredDoc>(
      { _id: String },
      {
        collection: name,
        strict: false, // documents are shaped by the services' zod schemas, not here
        strictQuery: false, // filters on any path pass through unchanged
        versionKey: false,
        id: false,
        minimize: false, // keep empty objects, as the embedded engine does
        autoIndex: false, // indexes are built explicitly (see `build`)
        autoCreate: false,
        bufferCommands: false, // fail fast instead of queueing when disconnected
      },
    );
    this.model = connection.model<StoredDoc>(name, schema, name);
  }

  /** Declare indexes not declared before and build them. Declarations accumulate. */
  declare(definition: CollectionDefinition, first: boolean): void {
    let added = 0;
    for (const spec of definition.indexes ?? []) {
      if (isPrimaryKeyIndex(spec)) continue; // `_id` is always uniquely indexed
      const name = indexName(spec);
      if (this.declared.has(name)) continue;
      const options = indexOptions(spec);
      this.model.schema.index(spec.fields, options); // for `npm run indexes` (Mongoose's diffIndexes)
      this.declared.set(name, { fields: spec.fields, options });
      added += 1;
    }
    if (first || added > 0) void this.rebuild().catch(() => undefined);
  }

  /**
   * Awaited by every operation: the collection exists and each declared index was tried once.
   * Rejects only when the collection could not be created (the server is away); then the next
   * operation tries again. A failed index build never rejects it.
   */
  whenReady(): Promise<void> {
    return this.ready ?? this.rebuild();
  }

  /**
   * Declared indexes whose build failed. Past a minute since the last attempt, starts another in
   * the background: operations do not wait for it (a build over a large collection takes a while).
   */
  failures(): IndexFailure[] {
    if (this.failed.size > 0 && Date.now() - this.lastAttemptAt > RETRY_FAILED_AFTER_MS) void this.buildMissing();
    return [...this.failed].map(([index, error]) => ({ collection: this.name, index, error }));
  }

  /** The first build and any retry under way, settled (for `whenIndexesBuilt`). */
  async settled(): Promise<void> {
    await this.whenReady().catch(() => undefined);
    await this.retrying;
  }

  /** Try every declared index that is not in place again, off the operations' path. */
  buildMissing(): Promise<void> {
    this.retrying ??= (this.ready ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.build())
      .catch(() => undefined)
      .finally(() => {
        this.retrying = null;
      });
    return this.retrying;
  }

  /** The declared index whose key pattern equals `keyPattern` (same fields, same order). */
  indexFor(keyPattern: Record<string, unknown>): string | undefined {
    const wanted = JSON.stringify(Object.keys(keyPattern));
    for (const [name, { fields }] of this.declared) {
      if (JSON.stringify(Object.keys(fields)) === wanted) return name;
    }
    return undefined;
  }

  /** Start a build after the previous one settles, so two never race on the same index. */
  private rebuild(): Promise<void> {
    const previous = this.ready ?? Promise.resolve();
    const attempt = previous.catch(() => undefined).then(() => this.build());
    this.ready = attempt;
    void attempt.catch(() => {
      if (this.ready === attempt) this.ready = null;
    });
    return attempt;
  }

  private async build(): Promise<void> {
    this.lastAttemptAt = Date.now();
    // Created explicitly so that a first write inside a transaction never has to create it.
    await this.model.createCollection();
    for (const [name, { fields, options }] of this.declared) {
      if (this.built.has(name)) continue;
      try {
        // createIndex is a no-op when an identical index exists; it never drops anything.
        await this.model.collection.createIndex(fields, options);
        this.built.add(name);
        this.failed.delete(name);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (this.failed.get(name) !== message) this.onIndexError(this.name, name, error);
        this.failed.set(name, message);
      }
    }
  }
}

/** A failed build is tried again (when health is checked) after this long. */
const RETRY_FAILED_AFTER_MS = 60_000;
