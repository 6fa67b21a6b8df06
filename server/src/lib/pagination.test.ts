import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../store/embedded/index.js';
import type { Collection, Store } from '../store/types.js';
import { ValidationError } from './errors.js';
import { decodeCursor, encodeCursor, findPage, mapPage } from './pagination.js';

interface Row {
  _id: string;
  at: string;
  kind: 'a' | 'b';
  [key: string]: unknown;
}

// Ten rows over five times, two per time, so pages often end between two rows of the same time.
const rows: Row[] = Array.from({ length: 10 }, (_, i) => ({
  _id: `r${i}`,
  at: `2026-01-0${1 + Math.floor(i / 2)}T00:00:00.000Z`,
  kind: i % 3 === 0 ? 'b' : 'a',
}));

let store: Store;
let collection: Collection<Row>;

beforeEach(async () => {
  store = await createEmbeddedStore({ dataDir: ':memory:' });
  collection = store.collection<Row>({ name: 'rows' });
  await collection.insertMany([...rows].reverse());
});

afterEach(() => store.close());

/** Every page from the first, following nextCursor. */
async function walk(filter: Record<string, unknown>, limit: number, dir: 1 | -1) {
  const pages = [];
  let cursor: string | undefined;
  do {
    const page = await findPage(collection, filter, { cursor, limit }, 'at', dir);
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

describe('findPage', () => {
  it('walks newest first over (field, _id), each row once, and ends with a null cursor', async () => {
    const pages = await walk({}, 3, -1);
    expect(pages.map((p) => p.items.map((r) => r._id))).toEqual([['r9', 'r8', 'r7'], ['r6', 'r5', 'r4'], ['r3', 'r2', 'r1'], ['r0']]);
    for (const page of pages.slice(0, -1)) {
      const last = page.items[page.items.length - 1]!;
      expect(page.nextCursor).toBe(encodeCursor({ value: last.at, id: last._id }));
    }
    expect(pages[pages.length - 1]!.nextCursor).toBeNull();
  });

  it('walks oldest first within the filter, and a full last page has no next cursor', async () => {
    const pages = await walk({ kind: 'a' }, 3, 1);
    expect(pages.map((p) => p.items.map((r) => r._id))).toEqual([
      ['r1', 'r2', 'r4'],
      ['r5', 'r7', 'r8'],
    ]);
    expect(pages[1]!.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not make', async () => {
    await expect(findPage(collection, {}, { cursor: 'not-a-cursor', limit: 3 }, 'at', -1)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('mapPage', () => {
  it('presents each item and keeps the cursor', async () => {
    const page = await findPage(collection, {}, { limit: 2 }, 'at', -1);
    expect(mapPage(page, (r) => r._id.toUpperCase())).toEqual({ items: ['R9', 'R8'], nextCursor: page.nextCursor });
  });
});

describe('decodeCursor', () => {
  it('reads back what encodeCursor wrote', () => {
    expect(decodeCursor(encodeCursor({ value: 'Bắc Giang', id: 'p1' }))).toEqual({ value: 'Bắc Giang', id: 'p1' });
    expect(decodeCursor(encodeCursor({ value: 3, id: 'p2' }))).toEqual({ value: 3, id: 'p2' });
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('with instant, refuses a well-formed cursor whose position is not a time', () => {
    const at = { value: '2026-03-12T01:00:00.000Z', id: 'e1' };
    expect(decodeCursor(encodeCursor(at), 'instant')).toEqual(at);
    for (const value of ['x', 'Bắc Giang', 3, '2026-03-12', '2026-13-45T99:00:00Z']) {
      expect(() => decodeCursor(encodeCursor({ value, id: 'e1' }), 'instant')).toThrow(ValidationError);
    }
  });
});
