// Small zod building blocks shared by every schema of the contract. Every stored string is
// NFC-normalised, so decomposed input (NFD) equals precomposed text.
import { z } from 'zod';
import { LANGUAGES } from './codes.js';

const nfc = (s: string) => s.normalize('NFC');

/** Optional free text, trimmed, NFC, at most `max` characters (default ''). */
export const Text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).transform(nfc);

/** Required text, trimmed, NFC, 1..max characters. */
export const RequiredText = (max: number, message = 'This field is required.') =>
  z.string().trim().min(1, message).max(max, `At most ${max} characters.`).transform(nfc);

/** Non-negative integer VND amount. */
export const Vnd = z.number().int('Use whole đồng.').min(0).max(1e14).meta({ description: 'Amount in VND (integer)' });

/** {min, max} VND range with min ≤ max. */
export const VndRange = z
  .strictObject({ min: Vnd, max: Vnd })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max', path: ['max'] });

/** Opaque id in a path or body. */
export const Id = z.string().trim().min(1).max(100);

export const IdParams = z.strictObject({ id: Id });

/** De-duplicated list of codes. */
export const CodeList = <T extends z.ZodType<string>>(item: T, max = 20) =>
  z
    .array(item)
    .max(max, `At most ${max} items.`)
    .transform((list) => [...new Set(list)] as z.output<T>[]);

/** Boolean query parameter (`true`/`false`/`1`/`0`). */
export const QueryBool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** An instant with its offset (`Z` or ±hh:mm); stored as ISO UTC. */
export const IsoTime = z.iso.datetime({ offset: true, message: 'Use an ISO-8601 time such as 2026-03-02T09:00:00+07:00.' });

/** `?limit=`: 1..100, `fallback` when absent (API.md: default 20). */
export const Limit = (fallback = 20) => z.coerce.number().int().min(1).max(100).optional().default(fallback);

/** `?cursor=`: opaque, from the previous page's `nextCursor`. */
export const Cursor = z.string().max(500).optional();

/** The list query every paged endpoint accepts; modules spread `.shape` into their own strict query. */
export const ListQuery = z.strictObject({ limit: Limit(), cursor: Cursor });

/** `{items, nextCursor}` of `item`. */
export const PageOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() });

/** One status change in an entity's history (who, when, from, to). */
export const HistoryEntry = z
  .strictObject({ at: z.string(), by: z.string(), from: z.string().nullable(), to: z.string() })
  .meta({ id: 'HistoryEntry' });

/** The few fields of a profile that travel with other resources (intro parties, matches, registrants). */
export const ProfileSummary = z
  .strictObject({ id: z.string(), kind: z.string(), name: z.string(), headline: z.string(), province: z.string() })
  .meta({ id: 'ProfileSummary' });

/** A profile summary with its verified badge (staff lists). */
export const VerifiedProfileSummary = ProfileSummary.extend({ verified: z.boolean() }).meta({ id: 'StaffProfileSummary' });

export const Lang = z.enum(LANGUAGES).meta({ id: 'Lang' });

export type HistoryEntry = z.output<typeof HistoryEntry>;
export type ProfileSummary = z.output<typeof ProfileSummary>;
/** A page of a list endpoint. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
