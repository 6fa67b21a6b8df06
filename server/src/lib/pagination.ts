// Cursor pagination shared by every list endpoint (API.md: ?limit= default 20, max 100; ?cursor=).
// A cursor encodes the sort value and _id of the last item, so pages stay stable while new
// items arrive.
import type { Page } from '@ketnoi/contract';
import type { Filter, SortSpec } from '../store/types.js';
import { ValidationError } from './errors.js';
import { allOf } from './filters.js';

export interface CursorPosition {
  value: string | number;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.value, position.id])).toString('base64url');
}

/** ISO-8601 instants as the server writes them (`2026-12-07T16:10:15.000Z`). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * The position a cursor names. With `instant`, the sort value must be a time (a list that reads
 * month by month computes with it), so a cursor of another list is refused rather than misread.
 */
export function decodeCursor(cursor: string | undefined, value: 'any' | 'instant' = 'any'): CursorPosition | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && ['string', 'number'].includes(typeof parsed[0]) && typeof parsed[1] === 'string') {
      const position = { value: parsed[0] as string | number, id: parsed[1] };
      const isInstant = typeof position.value === 'string' && INSTANT.test(position.value) && !Number.isNaN(Date.parse(position.value));
      if (value === 'any' || isInstant) return position;
    }
  } catch {
    // fall through
  }
  throw new ValidationError('The cursor is not valid. Start again without a cursor.', [{ path: 'cursor', message: 'invalid cursor' }]);
}

/**
 * Filter + sort for "the page after `cursor`" over (field, _id), newest first when dir = -1.
 * The filter uses only $lt/$gt/$eq/$or, so both engines answer it from the same code.
 */
export function cursorQuery(
  field: string,
  dir: 1 | -1,
  cursor: CursorPosition | null,
): { filter: Record<string, unknown>; sort: Record<string, 1 | -1> } {
  const sort = { [field]: dir, _id: dir } as Record<string, 1 | -1>;
  if (!cursor) return { filter: {}, sort };
  const op = dir === -1 ? '$lt' : '$gt';
  return {
    filter: { $or: [{ [field]: { [op]: cursor.value } }, { [field]: cursor.value, _id: { [op]: cursor.id } }] },
    sort,
  };
}

/** Fetch one extra item to know whether there is a next page. */
export function toPage<D extends { _id: string }, T>(docs: D[], limit: number, field: keyof D, present: (d: D) => T): Page<T> {
  const hasMore = docs.length > limit;
  const items = hasMore ? docs.slice(0, limit) : docs;
  const last = items[items.length - 1];
  return {
    items: items.map(present),
    nextCursor: hasMore && last ? encodeCursor({ value: last[field] as string | number, id: last._id }) : null,
  };
}

/** A list's paging parameters, as every list query carries them. */
export interface PageQuery {
  cursor?: string | undefined;
  limit: number;
}

/** A repository or collection to read a page from. */
export interface PageSource<D> {
  find(filter: Filter, options: { sort: SortSpec; limit: number }): Promise<D[]>;
}

/**
 * The page of documents matching `filter` after `query.cursor`, in (field, _id) order (newest
 * first when dir = -1). Present it with `mapPage` once whatever the presenter needs is loaded.
 */
export async function findPage<D extends { _id: string }>(
  source: PageSource<D>,
  filter: Filter,
  query: PageQuery,
  field: keyof D & string,
  dir: 1 | -1,
): Promise<Page<D>> {
  const { filter: after, sort } = cursorQuery(field, dir, decodeCursor(query.cursor));
  const docs = await source.find(allOf(filter, after), { sort, limit: query.limit + 1 });
  return toPage(docs, query.limit, field, (d) => d);
}

export function mapPage<D, T>(page: Page<D>, present: (d: D) => T): Page<T> {
  return { items: page.items.map((d) => present(d)), nextCursor: page.nextCursor };
}
