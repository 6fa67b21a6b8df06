// In-memory indexes of the embedded engine, rebuilt from the documents at start-up.
// - Unique indexes enforce uniqueness (MongoDB semantics: a missing field counts as null
//   unless the index is sparse; array fields are multikey).
// - Every index also narrows candidates for equality / $in filters on its first field.
import type { Doc, IndexSpec } from '../types.js';
import { indexKey } from './compare.js';
import { partsOf, valuesAtPath } from './paths.js';

interface UniqueIndex {
  name: string;
  paths: string[];
  sparse: boolean;
  owners: Map<string, string>; // key → _id
  /** Set once any indexed document had an array in a key field (multikey): exact lookups are then unsafe. */
  multikey: boolean;
}

export class IndexSet {
  private readonly unique: UniqueIndex[] = [];
  /** first-field path → value key → ids */
  private readonly lookup = new Map<string, Map<string, Set<string>>>();

  constructor(private readonly collection: string) {}

  get uniqueIndexes(): readonly UniqueIndex[] {
    return this.unique;
  }

  /** Declare an index over existing documents. Throws if a unique index is violated by them. */
  declare(spec: IndexSpec, source: Iterable<Doc>, onDuplicate: (index: string) => Error): void {
    const docs = [...source]; // walked twice below: once for uniqueness, once for lookups
    const paths = Object.keys(spec.fields);
    const name = spec.name ?? paths.map((p) => `${p}_${spec.fields[p]}`).join('_');
    const first = paths[0];
    if (!first) throw new Error(`index on ${this.collection} needs at least one field`);
    if (spec.unique && !this.unique.some((u) => u.name === name)) {
      const index: UniqueIndex = { name, paths, sparse: spec.sparse ?? false, owners: new Map(), multikey: false };
      for (const doc of docs) {
        noteArrays(index, doc);
        for (const key of uniqueKeys(index, doc)) {
          const owner = index.owners.get(key);
          if (owner !== undefined && owner !== doc._id) throw onDuplicate(name);
          index.owners.set(key, doc._id);
        }
      }
      this.unique.push(index);
    }
    if (first !== '_id' && !this.lookup.has(first)) {
      const map = new Map<string, Set<string>>();
      this.lookup.set(first, map);
      for (const doc of docs) addLookup(map, first, doc);
    }
  }

  add(doc: Doc): void {
    for (const index of this.unique) {
      noteArrays(index, doc);
      for (const key of uniqueKeys(index, doc)) index.owners.set(key, doc._id);
    }
    for (const [path, map] of this.lookup) addLookup(map, path, doc);
  }

  /** Move a document from `old` to `next`, touching only the index entries whose keys changed. */
  replace(old: Doc, next: Doc): void {
    // Versions share untouched subtrees (see updater.ts): a field that is the same value in both
    // cannot have changed its keys.
    const same = (path: string) => old[rootOf(path)] === next[rootOf(path)];
    for (const index of this.unique) {
      if (index.paths.every(same)) continue;
      noteArrays(index, next);
      const before = uniqueKeys(index, old);
      const after = uniqueKeys(index, next);
      if (sameKeys(before, after)) continue;
      for (const key of before) if (index.owners.get(key) === old._id) index.owners.delete(key);
      for (const key of after) index.owners.set(key, next._id);
    }
    for (const [path, map] of this.lookup) {
      if (same(path)) continue;
      const before = lookupKeys(path, old);
      const after = lookupKeys(path, next);
      if (sameKeys(before, after)) continue;
      for (const key of before) {
        const set = map.get(key);
        if (!set) continue;
        set.delete(old._id);
        if (set.size === 0) map.delete(key);
      }
      addLookup(map, path, next);
    }
  }

  remove(doc: Doc): void {
    for (const index of this.unique) {
      for (const key of uniqueKeys(index, doc)) if (index.owners.get(key) === doc._id) index.owners.delete(key);
    }
    for (const [path, map] of this.lookup) {
      for (const key of lookupKeys(path, doc)) {
        const set = map.get(key);
        if (!set) continue;
        set.delete(doc._id);
        if (set.size === 0) map.delete(key);
      }
    }
  }

  /**
   * The owner of an exact key when `equals` gives a scalar for every field of a unique index
   * (e.g. `{conversationId, clientId}`): `undefined` when no unique index applies, `null` when
   * the key is free.
   */
  uniqueOwner(equals: Map<string, unknown>): string | null | undefined {
    for (const index of this.unique) {
      if (index.multikey || !index.paths.every((p) => equals.has(p))) continue;
      const values = index.paths.map((p) => equals.get(p));
      const key = index.paths.length === 1 ? JSON.stringify(values[0]) : JSON.stringify(values);
      return index.owners.get(key) ?? null;
    }
    return undefined;
  }

  /** Ids for `path ∈ values` without copying (duplicates removed when several values are asked). */
  *lookupIds(path: string, values: unknown[]): Iterable<string> {
    const map = this.lookup.get(path);
    if (!map) return;
    const seen = values.length > 1 ? new Set<string>() : null;
    for (const v of values) {
      const key = indexKey(v);
      if (key === null) continue;
      for (const id of map.get(key) ?? []) {
        if (seen) {
          if (seen.has(id)) continue;
          seen.add(id);
        }
        yield id;
      }
    }
  }

  /** Exactly how many documents have `value` at `path` (null when the path is not indexed). */
  exactCount(path: string, value: unknown): number | null {
    const map = this.lookup.get(path);
    const key = indexKey(value);
    if (!map || key === null) return null;
    return map.get(key)?.size ?? 0;
  }

  /** Size estimate for planning without materialising the union. */
  estimate(path: string, values: unknown[]): number | null {
    const map = this.lookup.get(path);
    if (!map) return null;
    let n = 0;
    for (const v of values) {
      const key = indexKey(v);
      if (key === null) return null;
      n += map.get(key)?.size ?? 0;
    }
    return n;
  }
}

export function uniqueKeys(index: { paths: string[]; sparse: boolean }, doc: Doc): string[] {
  const perPath = index.paths.map((p) => valuesAtPath(doc, p));
  if (index.sparse && perPath.some((vals) => vals.every((v) => v === undefined || v === null))) return [];
  if (index.paths.length === 1) {
    return [...new Set(perPath[0]!.map((v) => JSON.stringify(v ?? null)))];
  }
  return [JSON.stringify(perPath.map((vals) => (vals.length === 1 ? (vals[0] ?? null) : vals)))];
}

/** The top-level field of a dotted path. */
const rootOf = (path: string) => partsOf(path)[0]!;

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

function noteArrays(index: UniqueIndex, doc: Doc): void {
  if (index.multikey) return;
  for (const path of index.paths) {
    const values = valuesAtPath(doc, path);
    if (values.length !== 1 || Array.isArray(values[0])) {
      index.multikey = true;
      return;
    }
  }
}

function lookupKeys(path: string, doc: Doc): string[] {
  const values = valuesAtPath(doc, path);
  // The common case, one scalar: no set needed to remove duplicates (runs on every insert).
  if (values.length === 1) {
    const key = indexKey(values[0]);
    return key === null ? [] : [key];
  }
  const keys = new Set<string>();
  for (const v of values) {
    const key = indexKey(v);
    if (key !== null) keys.add(key);
  }
  return [...keys];
}

function addLookup(map: Map<string, Set<string>>, path: string, doc: Doc): void {
  for (const key of lookupKeys(path, doc)) {
    let set = map.get(key);
    if (!set) {
      set = new Set();
      map.set(key, set);
    }
    set.add(doc._id);
  }
}
