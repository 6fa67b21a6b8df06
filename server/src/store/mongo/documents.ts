// Shaping documents and updates before they reach MongoDB, so that what MongoDB stores is
// exactly what the embedded engine stores for the same call (both engines pass one contract suite).
import { newId } from '../../lib/ids.js';
import { assertUpdate, normalise, upsertBase } from '../documents.js';
import type { Doc, Filter, Update } from '../types.js';

/** Operators whose values are stored as data (and so are normalised); `$pull`'s value is a condition. */
const VALUE_OPERATORS = ['$set', '$setOnInsert', '$push', '$addToSet'] as const;

// The embedded engine applies the same rules (store/documents.ts).
export { assertUpdate };

/** A document ready to insert: a normalised copy with a non-empty string `_id`. */
export function prepareInsert<T extends Doc>(input: T): T {
  const doc = normalise({ ...input, _id: input._id ?? newId() });
  if (typeof doc._id !== 'string' || doc._id.length === 0) throw new TypeError('_id must be a non-empty string');
  return doc;
}

/**
 * The update to send: value-bearing operators normalised, empty operators dropped, and for upserts
 * whose filter names no `_id`, an application id in `$setOnInsert` — without it MongoDB would
 * invent an ObjectId, breaking the convention that `_id` is always the application's string.
 */
export function prepareUpdate(update: Update, filter: Filter, upsert: boolean): Update {
  assertUpdate(update);
  const prepared: Record<string, Record<string, unknown>> = {};
  for (const [op, value] of Object.entries(update) as Array<[string, Record<string, unknown> | undefined]>) {
    if (!value) continue;
    const shaped = (VALUE_OPERATORS as readonly string[]).includes(op) ? normalise(value) : { ...value };
    if (Object.keys(shaped).length > 0) prepared[op] = shaped;
  }
  // An `_id` equality in the filter already gives the new document its id (MongoDB copies filter
  // equalities, store/documents.ts upsertBase); `{ _id: { $in: [...] } }` does not.
  if (upsert && typeof upsertBase(filter)._id !== 'string' && prepared.$setOnInsert?._id === undefined) {
    prepared.$setOnInsert = { ...prepared.$setOnInsert, _id: newId() };
  }
  return prepared as Update;
}

/** True when nothing is left to apply (e.g. `{ $set: {} }`): MongoDB and Mongoose would refuse or skip it. */
export function isEmptyUpdate(update: Update): boolean {
  return Object.keys(update).length === 0;
}
