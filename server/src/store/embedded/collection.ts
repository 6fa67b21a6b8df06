// One collection of the embedded engine. Reads see committed documents, or — inside a
// transaction — the transaction's staged changes on top of them. Writes are staged in a
// transaction (an implicit one-operation transaction outside withTransaction) and applied to
// memory only after SQLite has committed them.
import { Aggregator, Query } from 'mingo';
import type { Options as MingoOptions } from 'mingo/types';
import { ProcessingMode } from 'mingo';
import { update as applyMingoUpdate } from 'mingo/updater';
import { newId } from '../../lib/ids.js';
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
import { assertFilter, assertUpdate, normalise, upsertBase } from '../documents.js';
import { cloneJson, copyIfPlainJson, jsonEqual } from './clone.js';
import { compileFilter, type Predicate } from './matcher.js';
import { comparatorFor, type Condition, indexableConditions, orGroups, topK } from './plan.js';
import { compileProjection, type Projector } from './projection.js';
import { applySimpleUpdate, simpleUpdated } from './updater.js';
import type { CollectionState, EmbeddedEngineInternals, TxState } from './state.js';

// Pipeline stages that never mutate their input documents in mingo; anything else gets cloned input.
const NON_MUTATING_STAGES = new Set(['$match', '$group', '$sort', '$limit', '$skip', '$count', '$project', '$sortByCount']);

export class EmbeddedCollection<T extends Doc> implements Collection<T> {
  private readonly queryCache = new Map<string, Query>();
  private readonly projections = new Map<string, Projector | null>();

  constructor(
    private readonly engine: EmbeddedEngineInternals,
    private readonly state: CollectionState,
  ) {}

  get name(): string {
    return this.state.name;
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    this.engine.assertOpen();
    const docs = this.select(this.engine.currentTx(), filter, options);
    return docs.map((d) => this.present(d, options.projection));
  }

  async findOne(filter: Filter, options: Omit<FindOptions, 'limit'> = {}): Promise<T | null> {
    // The most frequent read of all (sessions, users, profiles by id): a direct lookup.
    if (typeof filter._id === 'string' && Object.keys(filter).length === 1) {
      this.engine.assertOpen();
      const found = this.effective(this.engine.currentTx(), filter._id);
      return found ? this.present(found, options.projection) : null;
    }
    const [doc] = await this.find(filter, { ...options, limit: 1 });
    return doc ?? null;
  }

  async countDocuments(filter: Filter = {}): Promise<number> {
    this.engine.assertOpen();
    const tx = this.engine.currentTx();
    const staged = tx?.changes.get(this.name);
    // Outside a transaction, counts answerable from memory structures skip the scan: everything,
    // or one scalar equality on an indexed field (the index bucket holds exactly the matches).
    if (!staged) {
      const keys = Object.keys(filter);
      if (keys.length === 0) return this.state.docs.size;
      const only = keys.length === 1 ? filter[keys[0]!] : undefined;
      if (only !== undefined && only !== null && ['string', 'number', 'boolean'].includes(typeof only) && !keys[0]!.startsWith('$')) {
        const exact = this.state.indexes.exactCount(keys[0]!, only);
        if (exact !== null) return exact;
      }
    }
    return this.select(tx, filter, {}).length;
  }

  async insertOne(doc: T): Promise<T> {
    const [stored] = await this.insertMany([doc]);
    return stored!;
  }

  async insertMany(docs: T[]): Promise<T[]> {
    return this.engine.write((tx) => {
      const stored: Doc[] = [];
      for (const input of docs) {
        // The stored version is a copy in any case (below): no need to copy first when the caller chose the id.
        const withId = input._id != null ? input : { ...input, _id: newId() };
        const json = JSON.stringify(withId);
        // JSON-normalised (undefined dropped, Dates as ISO strings); a plain copy when nothing needs it.
        const doc = copyIfPlainJson<Doc>(withId) ?? (JSON.parse(json) as Doc);
        if (typeof doc._id !== 'string' || doc._id.length === 0) throw new TypeError('_id must be a non-empty string');
        if (this.effective(tx, doc._id)) this.engine.duplicate(this.name, '_id');
        this.engine.stage(tx, this.state, doc._id, doc, json);
        stored.push(doc);
      }
      return stored.map((d) => cloneJson(d) as T);
    });
  }

  async updateOne(filter: Filter, update: Update, options: UpdateOptions = {}): Promise<UpdateResult> {
    assertUpdate(update);
    return this.engine.write((tx) => {
      const [current] = this.select(tx, filter, { limit: 1 });
      if (current) {
        const changed = this.applyAndStage(tx, current, update);
        return { matchedCount: 1, modifiedCount: changed ? 1 : 0, upsertedId: null };
      }
      if (!options.upsert) return { matchedCount: 0, modifiedCount: 0, upsertedId: null };
      const inserted = this.upsertFrom(tx, filter, update);
      return { matchedCount: 0, modifiedCount: 0, upsertedId: inserted._id };
    });
  }

  async updateMany(filter: Filter, update: Update): Promise<UpdateResult> {
    assertUpdate(update);
    return this.engine.write((tx) => {
      const matched = this.select(tx, filter, {});
      let modified = 0;
      for (const doc of matched) if (this.applyAndStage(tx, doc, update)) modified++;
      return { matchedCount: matched.length, modifiedCount: modified, upsertedId: null };
    });
  }

  async findOneAndUpdate(filter: Filter, update: Update, options: FindOneAndUpdateOptions): Promise<T | null> {
    assertUpdate(update);
    return this.engine.write((tx) => {
      const [current] = this.select(tx, filter, { limit: 1, ...(options.sort ? { sort: options.sort } : {}) });
      if (current) {
        this.applyAndStage(tx, current, update);
        const result = options.returnDocument === 'before' ? current : this.effective(tx, current._id)!;
        return cloneJson(result) as T;
      }
      if (!options.upsert) return null;
      const inserted = this.upsertFrom(tx, filter, update);
      return options.returnDocument === 'before' ? null : (cloneJson(inserted) as T);
    });
  }

  async deleteOne(filter: Filter): Promise<DeleteResult> {
    return this.engine.write((tx) => {
      const [doc] = this.select(tx, filter, { limit: 1 });
      if (!doc) return { deletedCount: 0 };
      this.engine.stage(tx, this.state, doc._id, null);
      return { deletedCount: 1 };
    });
  }

  async deleteMany(filter: Filter): Promise<DeleteResult> {
    return this.engine.write((tx) => {
      const docs = this.select(tx, filter, {});
      for (const doc of docs) this.engine.stage(tx, this.state, doc._id, null);
      return { deletedCount: docs.length };
    });
  }

  async aggregate<R = Record<string, unknown>>(pipeline: Record<string, unknown>[]): Promise<R[]> {
    this.engine.assertOpen();
    const tx = this.engine.currentTx();
    const first = pipeline[0];
    const initialMatch = first && typeof first.$match === 'object' ? (first.$match as Filter) : null;
    const input = initialMatch ? this.select(tx, initialMatch, {}) : [...this.visible(tx)];
    const rest = initialMatch ? pipeline.slice(1) : pipeline;
    const mutating = rest.some((stage) => Object.keys(stage).some((op) => !NON_MUTATING_STAGES.has(op)));
    const aggregator = new Aggregator(rest, {
      ...this.engine.mingoOptions,
      processingMode: mutating ? ProcessingMode.CLONE_ALL : ProcessingMode.CLONE_OUTPUT,
      collectionResolver: (name: string) => [...this.engine.documentsOf(name, tx)],
    });
    return aggregator.run(input) as R[];
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────

  /** The visible version of a document: staged in `tx` if present, else committed. */
  private effective(tx: TxState | undefined, id: string): Doc | undefined {
    const staged = tx?.changes.get(this.name);
    if (staged?.has(id)) return staged.get(id)?.doc ?? undefined;
    return this.state.docs.get(id);
  }

  /** Every visible document (committed, overlaid with `tx`), in natural order. */
  *visible(tx: TxState | undefined): Iterable<Doc> {
    const staged = tx?.changes.get(this.name);
    for (const [id, doc] of this.state.docs) {
      if (staged?.has(id)) {
        const change = staged.get(id);
        if (change) yield change.doc;
      } else {
        yield doc;
      }
    }
    if (staged) for (const [id, change] of staged) if (change && !this.state.docs.has(id)) yield change.doc;
  }

  private *candidates(tx: TxState | undefined, filter: Filter): Iterable<Doc> {
    const byId = idsOf(filter._id);
    if (byId) {
      for (const id of byId) {
        const doc = this.effective(tx, id);
        if (doc) yield doc;
      }
      return;
    }
    const conditions = indexableConditions(filter);
    const equals = new Map(conditions.filter((c) => c.values.length === 1).map((c) => [c.path, c.values[0]]));
    const owner = equals.size > 0 ? this.state.indexes.uniqueOwner(equals) : undefined;
    if (owner !== undefined) {
      // A unique index names at most one committed document; staged ones are checked too.
      const staged = tx?.changes.get(this.name);
      if (owner !== null && !staged?.has(owner)) {
        const doc = this.state.docs.get(owner);
        if (doc) yield doc;
      }
      if (staged) for (const [, change] of staged) if (change) yield change.doc;
      return;
    }
    const best = this.narrowest(conditions);
    // An `$or` whose every branch an index narrows: the union of the branches (a member's incoming
    // intros are `toProfileId = me OR (fromProfileId = me AND brokered)`), when smaller than the rest.
    let union: Condition[] | null = null;
    let unionSize = best?.size ?? Infinity;
    for (const group of orGroups(filter)) {
      const branches = group.map((branch) => this.narrowest(indexableConditions(branch)));
      if (branches.some((b) => b === null)) continue;
      const size = branches.reduce((n, b) => n + b!.size, 0);
      if (size < unionSize) [union, unionSize] = [branches as Condition[], size];
    }
    if (!best && !union) {
      yield* this.visible(tx);
      return;
    }
    const staged = tx?.changes.get(this.name);
    const seen = union && union.length > 1 ? new Set<string>() : null;
    for (const condition of union ?? [best!]) {
      for (const id of this.state.indexes.lookupIds(condition.path, condition.values)) {
        if (staged?.has(id)) continue;
        if (seen) {
          if (seen.has(id)) continue;
          seen.add(id);
        }
        const doc = this.state.docs.get(id);
        if (doc) yield doc;
      }
    }
    // Staged documents may match now though their committed versions were not indexed so.
    if (staged) for (const [, change] of staged) if (change) yield change.doc;
  }

  /** The indexed condition with the fewest entries, or null when no index answers any of them. */
  private narrowest(conditions: Condition[]): (Condition & { size: number }) | null {
    let best: (Condition & { size: number }) | null = null;
    for (const condition of conditions) {
      const size = this.state.indexes.estimate(condition.path, condition.values);
      if (size !== null && (best === null || size < best.size)) best = { ...condition, size };
    }
    return best;
  }

  /** A predicate for the filter: compiled for the common subset, a cached mingo Query otherwise. */
  private predicate(filter: Filter): Predicate {
    const compiled = compileFilter(filter);
    if (compiled) return compiled;
    const key = JSON.stringify(filter);
    let query = this.queryCache.get(key);
    if (!query) {
      query = new Query(filter, this.engine.mingoOptions);
      if (this.queryCache.size >= 500) this.queryCache.delete(this.queryCache.keys().next().value!);
      this.queryCache.set(key, query);
    }
    const q = query;
    return (doc) => q.test(doc as Record<string, unknown>);
  }

  /** Matching documents (internal references, never handed out), sorted and sliced. */
  private select(tx: TxState | undefined, filter: Filter, options: FindOptions): Doc[] {
    // The commonest filter of all, `{ _id }`: one lookup, no predicate to compile.
    if (typeof filter._id === 'string' && !options.skip && Object.keys(filter).length === 1) {
      const doc = this.effective(tx, filter._id);
      return doc ? [doc] : [];
    }
    assertFilter(filter);
    // Compiled on the first candidate: a unique-key probe that finds nothing (a new clientId) needs none.
    let test: Predicate | null = null;
    const query = { test: (doc: Doc) => (test ??= this.predicate(filter))(doc) };
    const skip = Math.max(0, options.skip ?? 0);
    const limit = options.limit !== undefined && options.limit > 0 ? options.limit : Infinity;
    const matched: Doc[] = [];
    if (!options.sort) {
      for (const doc of this.candidates(tx, filter)) {
        if (!query.test(doc)) continue;
        matched.push(doc);
        if (matched.length >= skip + limit) break;
      }
      return matched.slice(skip);
    }
    for (const doc of this.candidates(tx, filter)) if (query.test(doc)) matched.push(doc);
    const cmp = comparatorFor(options.sort);
    const ordered = Number.isFinite(limit) ? topK(matched, skip + limit, cmp) : matched.sort(cmp);
    return ordered.slice(skip, Number.isFinite(limit) ? skip + limit : undefined);
  }

  private applyAndStage(tx: TxState, current: Doc, update: Update): boolean {
    const { $setOnInsert: _ignored, ...modifier } = update;
    // The simple updater's version shares untouched subtrees with the current one and writes JSON
    // values only, so it needs no normalising round trip; mingo's works on a deep copy and may
    // write anything, so its result is normalised.
    let next = simpleUpdated(current, modifier) as Doc | null;
    if (!next) {
      const copy = cloneJson(current);
      applyMingoUpdate(copy, modifier as never, undefined, undefined, { cloneMode: 'deep' });
      next = JSON.parse(JSON.stringify(copy)) as Doc;
    }
    if (jsonEqual(next, current)) return false;
    if (next._id !== current._id) throw new TypeError('_id is immutable');
    this.engine.stage(tx, this.state, current._id, next);
    return true;
  }

  /**
   * Build an upserted document the way MongoDB does: the filter's equality fields (upsertBase),
   * then `$setOnInsert` and the other operators, dotted paths as nested fields. assertUpdate has
   * refused any path named twice, so `$setOnInsert` can be applied as part of `$set`.
   */
  private upsertFrom(tx: TxState, filter: Filter, update: Update): Doc {
    const { $setOnInsert, ...rest } = update;
    const modifier = $setOnInsert ? { ...rest, $set: { ...$setOnInsert, ...rest.$set } } : rest;
    const doc = cloneJson(upsertBase(filter)) as Record<string, unknown>;
    if (!applySimpleUpdate(doc, modifier)) applyMingoUpdate(doc, modifier as never, undefined, undefined, { cloneMode: 'deep' });
    const normalised = normalise({ ...doc, _id: typeof doc._id === 'string' ? doc._id : newId() } as Doc);
    if (this.effective(tx, normalised._id)) this.engine.duplicate(this.name, '_id');
    this.engine.stage(tx, this.state, normalised._id, normalised);
    return normalised;
  }

  private present(doc: Doc, projection: FindOptions['projection']): T {
    if (!projection || Object.keys(projection).length === 0) return cloneJson(doc) as T;
    const key = JSON.stringify(projection);
    let compiled = this.projections.get(key);
    if (compiled === undefined) {
      compiled = compileProjection(projection);
      if (this.projections.size >= 500) this.projections.delete(this.projections.keys().next().value!);
      this.projections.set(key, compiled);
    }
    if (compiled) return compiled(doc) as T;
    const projected = new Query({}, this.engine.mingoOptions).find<T>([doc], projection as never).next();
    return cloneJson(projected) as T;
  }
}

/** Ids named by an `_id` condition that can be looked up directly (a string, $eq or $in of strings). */
function idsOf(condition: unknown): string[] | null {
  if (typeof condition === 'string') return [condition];
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) return null;
  const keys = Object.keys(condition);
  if (keys.length !== 1) return null;
  const { $eq, $in } = condition as { $eq?: unknown; $in?: unknown };
  if (typeof $eq === 'string') return [$eq];
  if (Array.isArray($in) && $in.every((v) => typeof v === 'string')) return [...new Set($in as string[])];
  return null;
}

export type { MingoOptions };
