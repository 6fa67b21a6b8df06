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

function plainPath(path: string): string[] | null {
  const parts = path.split('.');
  return parts.every((p) => p.length > 0 && !p.startsWith('$') && !/^\d+$/.test(p)) ? parts : null;
}

/** The object that holds the last segment, creating missing objects on the way; null if a scalar or array is in the way. */
function parentOf(doc: Obj, parts: string[], create: boolean): Obj | null {
  let node: Obj = doc;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === undefined && create) {
      const made: Obj = {};
      node[part] = made;
      node = made;
    } else if (isObject(next)) {
      node = next;
    } else {
      return null;
    }
  }
  return node;
}

/**
 * Apply `update` to `doc` in place when every operation is simple; returns false (leaving `doc`
 * untouched) otherwise. Checked before changing anything, so a refused update has no effect.
 */
export function applySimpleUpdate(doc: Obj, update: Omit<Update, '$setOnInsert'>): boolean {
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
          const parent = parentOf(doc, parts, true)!;
          // JSON has no undefined: `$set: { a: undefined }` leaves `a` absent, as the stored row would.
          if (stored === undefined) delete parent[last];
          else parent[last] = stored;
        });
      } else if (op === '$unset') {
        if (!canCreate(doc, parts)) return false; // a scalar or array in the way: mingo's rules apply
        plans.push(() => {
          const parent = parentOf(doc, parts, false);
          if (parent) delete parent[last];
        });
      } else {
        if (typeof value !== 'number' || !Number.isFinite(value)) return false;
        const parent = parentOf(doc, parts, false);
        if (parent === null && !canCreate(doc, parts)) return false;
        const current = parent?.[last];
        if (current !== undefined && typeof current !== 'number') return false;
        plans.push(() => {
          const target = parentOf(doc, parts, true)!;
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
  for (const part of parts.slice(0, -1)) {
    if (node === undefined) return true;
    if (!isObject(node)) return false;
    node = node[part];
  }
  return node === undefined || isObject(node);
}
