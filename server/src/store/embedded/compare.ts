// MongoDB's BSON comparison order for the value types this application stores:
// missing/null < numbers < strings < objects < arrays < booleans.
// Times are ISO-8601 strings by convention, so they compare as strings.

function typeRank(v: unknown): number {
  if (v === undefined || v === null) return 1;
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return 2;
    case 'string':
      return 3;
    case 'boolean':
      return 8;
    case 'object':
      return Array.isArray(v) ? 5 : 4;
    default:
      return 10;
  }
}

export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 1) return 0;
  if (ra === 2) return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
  if (ra === 3) return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
  if (ra === 8) return Number(a) - Number(b);
  if (ra === 5) {
    const x = a as unknown[];
    const y = b as unknown[];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = compareValues(x[i], y[i]);
      if (c !== 0) return c;
    }
    return x.length - y.length;
  }
  const sa = JSON.stringify(a);
  const sb = JSON.stringify(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Key under which a scalar is stored in an in-memory index; null for values we don't index. */
export function indexKey(v: unknown): string | null {
  if (v === undefined || v === null) return 'z:';
  switch (typeof v) {
    case 'string':
      return `s:${v}`;
    case 'number':
      return `n:${v}`;
    case 'boolean':
      return `b:${v}`;
    default:
      return null;
  }
}
