// Rules of the Store port that both engines apply the same way, so that a call stores the same
// document and fails with the same message whichever engine runs (one contract suite checks both).
import type { Update } from './types.js';

const UPDATE_OPERATORS = new Set(['$set', '$unset', '$inc', '$push', '$pull', '$addToSet', '$setOnInsert']);
/** Operators that could change `_id` (`$setOnInsert` may give a new document its id). */
const ID_CHANGING_OPERATORS = ['$set', '$unset', '$inc', '$push', '$pull', '$addToSet'] as const;

/**
 * JSON round-trip: drops `undefined`, turns Dates into ISO strings (the store's convention for
 * times), rejects values JSON cannot hold. Also makes a private copy.
 */
export function normalise<V>(value: V): V {
  return JSON.parse(JSON.stringify(value)) as V;
}

/**
 * Only the port's operators, never `_id`, and no path named twice. MongoDB refuses an update in
 * which two paths are the same or one lies under the other, across every operator and including
 * `$setOnInsert` whether or not the update inserts (ConflictingUpdateOperators, code 40); the
 * embedded engine would otherwise let `$set` quietly win over `$setOnInsert` on an upsert.
 */
export function assertUpdate(update: Update): void {
  const keys = Object.keys(update);
  if (keys.length === 0) throw new TypeError('update document is empty');
  for (const key of keys) {
    if (!UPDATE_OPERATORS.has(key)) throw new TypeError(`unsupported update operator ${key}`);
  }
  for (const op of ID_CHANGING_OPERATORS) {
    if (update[op] && Object.keys(update[op]).some((path) => path === '_id')) throw new TypeError('_id is immutable');
  }
  assertNoConflictingPaths(update);
}

function assertNoConflictingPaths(update: Update): void {
  const paths: string[] = [];
  for (const fields of Object.values(update) as Array<Record<string, unknown> | undefined>) {
    if (fields && typeof fields === 'object') paths.push(...Object.keys(fields));
  }
  if (paths.length < 2) return;
  for (let i = 0; i < paths.length; i++) {
    const a = paths[i]!;
    for (let j = i + 1; j < paths.length; j++) {
      const b = paths[j]!;
      if (a === b || b.startsWith(`${a}.`) || a.startsWith(`${b}.`)) {
        const deeper = a.length >= b.length ? a : b;
        throw new TypeError(`Updating the path '${deeper}' would create a conflict at '${a.length >= b.length ? b : a}'`);
      }
    }
  }
}

type Fields = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The document an upsert starts from when nothing matches, as MongoDB builds it: the equality
 * conditions of the filter (`field: value` and `field: { $eq: value }`, at the top level or inside
 * `$and`), dotted paths as nested objects. The update's operators are applied on top of it.
 */
export function upsertBase(filter: Record<string, unknown>): Fields {
  const base: Fields = {};
  collectEqualities(filter, base);
  return base;
}

function collectEqualities(filter: Record<string, unknown>, base: Fields): void {
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(condition)) {
      for (const part of condition) if (isPlainObject(part)) collectEqualities(part, base);
      continue;
    }
    if (key.startsWith('$')) continue;
    let value: unknown;
    if (!isPlainObject(condition)) value = condition;
    else if (Object.keys(condition).some((k) => k.startsWith('$'))) {
      if (!('$eq' in condition) || Object.keys(condition).length !== 1) continue;
      value = condition.$eq;
    } else value = condition;
    setPath(base, key, value);
  }
}

function setPath(doc: Fields, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = doc;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(node[part])) node[part] = {};
    node = node[part] as Fields;
  }
  node[parts[parts.length - 1]!] = value;
}

const LOGIC_OPERATORS = ['$and', '$or', '$nor'] as const;

/**
 * MongoDB refuses `$and/$or/$nor` that are not a non-empty array of filters (BadValue: "$and/$or/$nor
 * must be a nonempty array"); mingo would quietly match nothing (or everything). Both engines
 * refuse it the same way. Only the logic operators are walked, so the cost is a few lookups.
 */
export function assertFilter(filter: Record<string, unknown>): void {
  for (const op of LOGIC_OPERATORS) {
    const parts = filter[op];
    if (parts === undefined) continue;
    if (!Array.isArray(parts) || parts.length === 0) throw new TypeError('$and/$or/$nor must be a nonempty array');
    for (const part of parts) {
      if (!isPlainObject(part)) throw new TypeError('$or/$and/$nor entries need to be full objects');
      assertFilter(part);
    }
  }
}
