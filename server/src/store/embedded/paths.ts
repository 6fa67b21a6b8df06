// Reading values at dotted paths with MongoDB's array semantics: `a.b` on `{a:[{b:1},{b:2}]}`
// yields [1, 2]. Used for index keys and sort keys.

// Paths come from index and sort declarations: a handful, split once each (shared: never mutate).
const splitPaths = new Map<string, string[]>();
export function partsOf(path: string): readonly string[] {
  let parts = splitPaths.get(path);
  if (!parts) {
    parts = path.split('.');
    if (splitPaths.size < 10_000) splitPaths.set(path, parts);
  }
  return parts;
}

export function valuesAtPath(doc: unknown, path: string): unknown[] {
  const parts = partsOf(path);
  // The common case (every insert computes several index keys): no array on the way or at the
  // leaf, so one value — walked without recursion or a growing result array.
  let value = doc;
  for (let i = 0; i < parts.length; i++) {
    if (value === null || value === undefined || typeof value !== 'object') return [undefined];
    if (Array.isArray(value)) return collected(value, parts, i);
    value = (value as Record<string, unknown>)[parts[i]!];
  }
  return Array.isArray(value) ? collected(value, parts, parts.length) : [value];
}

function collected(value: unknown, parts: readonly string[], i: number): unknown[] {
  const out: unknown[] = [];
  collect(value, parts, i, out);
  return out;
}

function collect(value: unknown, parts: readonly string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    if (Array.isArray(value)) {
      if (value.length === 0) out.push(undefined);
      for (const v of value) out.push(v);
    } else {
      out.push(value);
    }
    return;
  }
  if (value === null || value === undefined) {
    out.push(undefined);
    return;
  }
  if (Array.isArray(value)) {
    const part = parts[i]!;
    if (/^\d+$/.test(part)) {
      collect(value[Number(part)], parts, i + 1, out);
      return;
    }
    for (const element of value) collect(element, parts, i, out);
    return;
  }
  if (typeof value === 'object') {
    collect((value as Record<string, unknown>)[parts[i]!], parts, i + 1, out);
    return;
  }
  out.push(undefined);
}

/** First value at a path, without array expansion at the leaf (used for sorting). */
export function valueAtPath(doc: unknown, path: string): unknown {
  let value: unknown = doc;
  for (const part of partsOf(path)) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
