// Compiled projections for the common case: top-level fields, all included (1) or all excluded
// (0), `_id` either way. Copies only the named fields — a report reading six fields of 100 000
// intros copies six fields, not whole documents. Anything else (dotted paths, operators) returns
// null and mingo projects it.
import type { Doc, Projection } from '../types.js';
import { cloneJson } from './clone.js';

export type Projector = (doc: Doc) => Record<string, unknown>;

export function compileProjection(projection: Projection): Projector | null {
  const entries = Object.entries(projection);
  if (entries.some(([key, value]) => key.includes('.') || key.startsWith('$') || (value !== 0 && value !== 1))) return null;
  const included = entries.filter(([key, v]) => v === 1 && key !== '_id').map(([key]) => key);
  const excluded = entries.filter(([key, v]) => v === 0 && key !== '_id').map(([key]) => key);
  if (included.length > 0 && excluded.length > 0) return null; // mixing is an error in MongoDB: let mingo say so
  const dropId = projection._id === 0;
  if (included.length > 0 || (entries.length > 0 && excluded.length === 0 && !dropId)) {
    return (doc) => {
      const out: Record<string, unknown> = {};
      if (!dropId) out._id = doc._id;
      for (const key of included) if (doc[key] !== undefined) out[key] = cloneJson(doc[key]);
      return out;
    };
  }
  const drop = new Set(excluded);
  if (dropId) drop.add('_id');
  return (doc) => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(doc)) if (!drop.has(key)) out[key] = cloneJson(doc[key]);
    return out;
  };
}
