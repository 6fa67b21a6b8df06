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

/** Only the port's operators, never `_id`. */
export function assertUpdate(update: Update): void {
  const keys = Object.keys(update);
  if (keys.length === 0) throw new TypeError('update document is empty');
  for (const key of keys) {
    if (!UPDATE_OPERATORS.has(key)) throw new TypeError(`unsupported update operator ${key}`);
  }
  for (const op of ID_CHANGING_OPERATORS) {
    if (update[op] && Object.keys(update[op]).some((path) => path === '_id')) throw new TypeError('_id is immutable');
  }
}
