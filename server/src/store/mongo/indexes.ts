// How the port's index declarations become Mongoose schema indexes.
import type { IndexSpec } from '../types.js';

export interface MongoIndexOptions {
  name: string;
  unique?: true;
  partialFilterExpression?: Record<string, { $exists: true }>;
}

/** MongoDB's own default name (`email_1`, `province_1_createdAt_-1`), so both engines report the same name. */
export function indexName(spec: IndexSpec): string {
  return (
    spec.name ??
    Object.entries(spec.fields)
      .map(([path, direction]) => `${path}_${direction}`)
      .join('_')
  );
}

/** True for a declaration of the primary key, which MongoDB always has (as `_id_`) and refuses to redeclare. */
export function isPrimaryKeyIndex(spec: IndexSpec): boolean {
  const paths = Object.keys(spec.fields);
  return paths.length === 1 && paths[0] === '_id';
}

/**
 * Options for `schema.index(fields, options)`.
 *
 * The port defines `sparse` as "skip documents where ANY key field is missing". MongoDB's own
 * `sparse` skips a compound-index entry only when ALL key fields are missing, so a partial index
 * with `$exists: true` on every key field is used instead. It is the documented sparse-equivalent,
 * and the query planner still uses it for equality lookups on non-null values.
 * Limit: MongoDB indexes an explicitly stored `null` (see README.md).
 */
export function indexOptions(spec: IndexSpec): MongoIndexOptions {
  const paths = Object.keys(spec.fields);
  if (paths.length === 0) throw new Error('an index needs at least one field');
  const options: MongoIndexOptions = { name: indexName(spec) };
  if (spec.unique) options.unique = true;
  if (spec.sparse) {
    options.partialFilterExpression = Object.fromEntries(paths.map((path) => [path, { $exists: true as const }]));
  }
  return options;
}
