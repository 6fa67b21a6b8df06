// A direct applier for the updates repositories make all the time — $set, $unset and $inc on
// plain (dotted) field paths. mingo's updater rebuilds its operator context on every call, which
// dominated the cost of small updates (a chat message updates its conversation). Anything else
// ($push, $pull, $addToSet, positional or numeric path segments, paths through arrays or
// scalars) returns false and mingo applies it. updater.test.ts checks it against mingo.
import type { Update } from '../types.js';
import { toJsonValue } from './clone.js';

const SIMPLE_OPS = new Set(['$set', '$unset', '$inc']);

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// Update paths repeat (field names, `reads.<member>`): checked and split once each.
const plainPaths = new Map<string, string[] | null>();
function plainPath(path: string): string[] | null {
  let parts = plainPaths.get(path);
  if (parts === undefined) {
    const split = path.split('.');
    parts = split.every((p) => p.length > 0 && !p.startsWith('$') && !/^\d+$/.test(p)) ? split : null;
    if (plainPaths.size < 10_000) plainPaths.set(path, parts);
  }
  return parts;
}

/**
 * The object that holds the last segment, creating missing objects on the way; null if a scalar
 * or array is in the way. With `fresh` (copy-on-write), every existing object on the way that is
 * not in `fresh` is replaced by a shallow copy first, so versions can share untouched subtrees.
 */
function parentOf(doc: Obj, parts: string[], create: boolean, fresh?: Set<Obj>): Obj | null {
  let node: Obj = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!;
    const next = node[part];
    if (next === undefined && create) {
      const made: Obj = {};
      fresh?.add(made);
      node[part] = made;
      node = made;
    } else if (isObject(next)) {
      if (fresh && !fresh.has(next)) {
        const copy: Obj = { ...next };
        fresh.add(copy);
        node[part] = copy;
        node = copy;
      } else {
        node = next;
      }
    } else {
      return null;
    }
  }
  return node;
}

/**
 * The updated version of `current` when every operation is simple, null otherwise. `current` is
 * not changed: the result is a new object that shares every subtree the update does not touch
 * (stored versions are never mutated, so sharing is safe and saves copying whole documents).
 */
export function simpleUpdated(current: Obj, update: Omit<Update, '$setOnInsert'>): Obj | null {
  const next: Obj = { ...current };
  return applySimpleUpdate(next, update, new Set([next])) ? next : null;
}

/**
 * Apply `update` to `doc` in place when every operation is simple; returns false (leaving `doc`
 * untouched) otherwise. Checked before changing anything, so a refused update has no effect.
 * `fresh`: copy-on-write below `doc` (see parentOf).
 */
export function applySimpleUpdate(doc: Obj, update: Omit<Update, '$setOnInsert'>, fresh?: Set<Obj>): boolean {
  const plans: Array<() => void> = [];
  const touched = new Set<string>();
  for (const [op, fields] of Object.entries(update)) {
    if (!SIMPLE_OPS.has(op) || !isObject(fields)) return false;
    for (const [path, value] of Object.entries(fields)) {
      const parts = plainPath(path);
      if (!parts) return false;
      // Overlapping paths in one update (a.b and a) are an error in MongoDB: let mingo decide.
      for (const other of touched) if (other === path || other.startsWith(`${path}.`) || path.startsWith(`${other}.`)) return false;
      touched.add(path);
      const last = parts[parts.length - 1]!;
      if (op === '$set') {
        if (parentOf(doc, parts, false) === null && !canCreate(doc, parts)) return false;
        const stored = toJsonValue(value);
        plans.push(() => {
          const parent = parentOf(doc, parts, true, fresh)!;
          // JSON has no undefined: `$set: { a: undefined }` leaves `a` absent, as the stored row would.
          if (stored === undefined) delete parent[last];
          else parent[last] = stored;
        });
      } else if (op === '$unset') {
        if (!canCreate(doc, parts)) return false; // a scalar or array in the way: mingo's rules apply
        plans.push(() => {
          if (parentOf(doc, parts, false) === null) return;
          const parent = parentOf(doc, parts, false, fresh)!;
          delete parent[last];
        });
      } else {
        if (typeof value !== 'number' || !Number.isFinite(value)) return false;
        const parent = parentOf(doc, parts, false);
        if (parent === null && !canCreate(doc, parts)) return false;
        const current = parent?.[last];
        if (current !== undefined && typeof current !== 'number') return false;
        plans.push(() => {
          const target = parentOf(doc, parts, true, fresh)!;
          target[last] = toJsonValue(((target[last] as number | undefined) ?? 0) + value); // an overflow to Infinity is stored as null
        });
      }
    }
  }
  for (const apply of plans) apply();
  return true;
}

/** True when the path can be created: every existing segment on the way is a plain object. */
function canCreate(doc: Obj, parts: string[]): boolean {
  let node: unknown = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!;
    if (node === undefined) return true;
    if (!isObject(node)) return false;
    node = node[part];
  }
  return node === undefined || isObject(node);
}
