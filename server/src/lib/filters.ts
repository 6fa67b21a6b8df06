// Building store filters out of optional parts (a scope, the query's fields, a cursor clause).
import type { Filter } from '../store/types.js';

/** AND of filter clauses, skipping empty ones. */
export function allOf(...clauses: Filter[]): Filter {
  const parts = clauses.filter((c) => Object.keys(c).length > 0);
  return parts.length === 0 ? {} : parts.length === 1 ? parts[0]! : { $and: parts };
}
