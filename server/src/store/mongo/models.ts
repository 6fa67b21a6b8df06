// One Mongoose model per collection: schema `{ _id: String }` (everything else schemaless), the
// collection's indexes declared on the schema, and a ready-promise that creates the collection and
// synchronises its indexes before the first operation.
import mongoose from 'mongoose';
import type { Connection, Model } from 'mongoose';
import type { CollectionDefinition, Doc } from '../types.js';
import { indexName, indexOptions, isPrimaryKeyIndex } from './indexes.js';

export type StoredDoc = Doc;
export type StoreModel = Model<StoredDoc>;

/** Same rule as the embedded engine (its table names), so a name valid on one engine is valid on both. */
const COLLECTION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

export class ModelHandle {
  readonly model: StoreModel;
  /** Resolves when the collection exists and its indexes match the declarations; null = sync again. */
  private ready: Promise<void> | null = null;
  /** index name → key pattern, to name an index from an E11000 error's `keyPattern`. */
  private readonly declared = new Map<string, Record<string, 1 | -1>>();

  constructor(
    connection: Connection,
    readonly name: string,
    private readonly onIndexError: (name: string, error: unknown) => void,
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
        autoIndex: false, // indexes are synchronised explicitly (see `sync`)
        autoCreate: false,
        bufferCommands: false, // fail fast instead of queueing when disconnected
      },
    );
    this.model = connection.model<StoredDoc>(name, schema, name);
  }

  /**
   * Declare indexes not declared before and (re)synchronise. Declarations accumulate: declaring the
   * same collection again with more indexes adds them; indexes that were never declared — by this
   * process — are dropped by `syncIndexes`, so a changed definition replaces the old index.
   */
  declare(definition: CollectionDefinition, first: boolean): void {
    let added = 0;
    for (const spec of definition.indexes ?? []) {
      if (isPrimaryKeyIndex(spec)) continue; // `_id` is always uniquely indexed
      const name = indexName(spec);
      if (this.declared.has(name)) continue;
      const options = indexOptions(spec);
      this.model.schema.index(spec.fields, options);
      this.declared.set(name, spec.fields);
      added += 1;
    }
    if (first || added > 0) void this.resync();
  }

  /** Awaited by every operation. After a failed sync (server away, duplicates in the data) it retries. */
  whenReady(): Promise<void> {
    return this.ready ?? this.resync();
  }

  /** Start a sync after the previous one settles: two concurrent syncIndexes could drop each other's work. */
  private resync(): Promise<void> {
    const previous = this.ready ?? Promise.resolve();
    const attempt = previous.catch(() => undefined).then(() => this.sync());
    this.ready = attempt;
    void attempt.catch((error: unknown) => {
      if (this.ready === attempt) this.ready = null;
      this.onIndexError(this.name, error);
    });
    return attempt;
  }

  /** The declared index whose key pattern equals `keyPattern` (same fields, same order). */
  indexFor(keyPattern: Record<string, unknown>): string | undefined {
    const wanted = JSON.stringify(Object.keys(keyPattern));
    for (const [name, fields] of this.declared) {
      if (JSON.stringify(Object.keys(fields)) === wanted) return name;
    }
    return undefined;
  }

  private async sync(): Promise<void> {
    // Created explicitly so that a first write inside a transaction never has to create it.
    await this.model.createCollection();
    await this.model.syncIndexes();
  }
}
