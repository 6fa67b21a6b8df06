// A compiled matcher for the subset of MongoDB filters that repositories use every request:
// equality, $eq $ne $in $nin $gt $gte $lt $lte $exists on scalars, and $and / $or / $nor.
// Building a mingo Query costs ~25 µs (it copies its operator tables each time); this costs
// ~1 µs. Anything outside the subset returns null and the caller falls back to mingo.
// matcher.test.ts checks it against mingo on thousands of random documents and filters.
import type { Filter } from '../types.js';
import { compareValues } from './compare.js';
import { valuesAtPath } from './paths.js';

export type Predicate = (doc: unknown) => boolean;

type Scalar = string | number | boolean;

const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** MongoDB compares only within a type bracket: numbers with numbers, strings with strings. */
const sameBracket = (a: unknown, b: Scalar) => typeof a === typeof b && typeof a !== 'boolean';

function hasPath(value: unknown, parts: string[], i: number): boolean {
  if (i === parts.length) return value !== undefined;
  if (Array.isArray(value)) {
    const part = parts[i]!;
    if (/^\d+$/.test(part)) return hasPath(value[Number(part)], parts, i + 1);
    return value.some((element) => hasPath(element, parts, i));
  }
  if (!isPlainObject(value)) return false;
  return hasPath(value[parts[i]!], parts, i + 1);
}

function compileField(path: string, condition: unknown): Predicate | null {
  const values = (doc: unknown) => valuesAtPath(doc, path);
  if (isScalar(condition)) return (doc) => values(doc).some((v) => v === condition);
  if (!isPlainObject(condition)) return null;
  const ops = Object.entries(condition);
  if (ops.length === 0 || ops.some(([op]) => !op.startsWith('$'))) return null;
  const parts: Predicate[] = [];
  for (const [op, arg] of ops) {
    switch (op) {
      case '$eq':
        if (!isScalar(arg)) return null;
        parts.push((doc) => values(doc).some((v) => v === arg));
        break;
      case '$ne':
        if (!isScalar(arg)) return null;
        parts.push((doc) => !values(doc).some((v) => v === arg));
        break;
      case '$in':
      case '$nin': {
        if (!Array.isArray(arg) || !arg.every(isScalar)) return null;
        const set = new Set<unknown>(arg);
        parts.push(op === '$in' ? (doc) => values(doc).some((v) => set.has(v)) : (doc) => !values(doc).some((v) => set.has(v)));
        break;
      }
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte': {
        if (!isScalar(arg) || typeof arg === 'boolean') return null;
        const holds =
          op === '$gt'
            ? (c: number) => c > 0
            : op === '$gte'
              ? (c: number) => c >= 0
              : op === '$lt'
                ? (c: number) => c < 0
                : (c: number) => c <= 0;
        parts.push((doc) => values(doc).some((v) => sameBracket(v, arg) && holds(compareValues(v, arg))));
        break;
      }
      case '$exists': {
        if (typeof arg !== 'boolean') return null;
        const segments = path.split('.');
        parts.push((doc) => hasPath(doc, segments, 0) === arg);
        break;
      }
      default:
        return null;
    }
  }
  return parts.length === 1 ? parts[0]! : (doc) => parts.every((p) => p(doc));
}

/** A predicate equivalent to the MongoDB filter, or null when the filter is outside the subset. */
export function compileFilter(filter: Filter): Predicate | null {
  const parts: Predicate[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (!Array.isArray(value) || value.length === 0) return null;
      const subs: Predicate[] = [];
      for (const sub of value) {
        if (!isPlainObject(sub)) return null;
        const compiled = compileFilter(sub);
        if (!compiled) return null;
        subs.push(compiled);
      }
      if (key === '$and') parts.push((doc) => subs.every((p) => p(doc)));
      else if (key === '$or') parts.push((doc) => subs.some((p) => p(doc)));
      else parts.push((doc) => !subs.some((p) => p(doc)));
      continue;
    }
    if (key.startsWith('$')) return null;
    const compiled = compileField(key, value);
    if (!compiled) return null;
    parts.push(compiled);
  }
  if (parts.length === 0) return () => true;
  if (parts.length === 1) return parts[0]!;
  return (doc) => parts.every((p) => p(doc));
}
