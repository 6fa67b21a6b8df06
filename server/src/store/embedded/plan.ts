// Candidate selection for the embedded engine: find equality / $in conditions (top level or
// inside a top-level $and) that an index can answer, so a filter touches only those
// documents before mingo tests the whole filter on each of them.
import type { Filter, SortSpec } from '../types.js';
import { compareValues } from './compare.js';
import { valueAtPath } from './paths.js';

export interface Condition {
  path: string;
  values: unknown[];
}

function isScalar(v: unknown): boolean {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function indexableConditions(filter: Filter): Condition[] {
  const out: Condition[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (isPlainObject(part)) out.push(...indexableConditions(part));
      continue;
    }
    if (key.startsWith('$')) continue;
    if (isScalar(value) && value !== null) {
      out.push({ path: key, values: [value] });
    } else if (isPlainObject(value)) {
      if ('$eq' in value && isScalar(value.$eq) && value.$eq !== null) out.push({ path: key, values: [value.$eq] });
      else if (Array.isArray(value.$in) && value.$in.every((v) => isScalar(v) && v !== null)) {
        out.push({ path: key, values: value.$in as unknown[] });
      }
    }
  }
  return out;
}

/**
 * The `$or` lists that every match must satisfy: a top-level `$or` and those inside a top-level
 * `$and`. A document matching the filter matches one branch of each, so when every branch of one
 * has an indexable condition, the union of those branches' index entries holds every match.
 */
export function orGroups(filter: Filter): Filter[][] {
  const out: Filter[][] = [];
  const or = filter.$or;
  if (Array.isArray(or) && or.length > 0 && or.every(isPlainObject)) out.push(or as Filter[]);
  const and = filter.$and;
  if (Array.isArray(and)) for (const part of and) if (isPlainObject(part)) out.push(...orGroups(part));
  return out;
}

export function comparatorFor(sort: SortSpec): (a: unknown, b: unknown) => number {
  const keys = Object.entries(sort);
  return (a, b) => {
    for (const [path, dir] of keys) {
      const c = compareValues(valueAtPath(a, path), valueAtPath(b, path));
      if (c !== 0) return c * dir;
    }
    return 0;
  };
}

/**
 * The first `k` items of `items` in comparator order, stable. Uses bounded insertion when k is
 * small relative to n (lists of 20 out of 100 000 need no full sort).
 */
export function topK<T>(items: T[], k: number, cmp: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (k * 8 >= items.length) return [...items].sort(cmp).slice(0, k);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && cmp(item, best[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(item, best[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
