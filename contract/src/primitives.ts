// Small zod building blocks shared by every schema of the contract. Stored text is cleaned first
// and validated after: NFC (decomposed input equals precomposed text, and a length limit counts
// what is stored), invisible characters removed, trimmed; then control characters, lone
// surrogates and bidirectional overrides are refused, and text with nothing visible is empty.
import { z } from 'zod';
import { LANGUAGES, SCOPE_LEVELS } from './codes.js';

/** Zero-width and invisible formatting characters with no use in the product's text: removed. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u2060-\u2064\uFEFF]/gu;
/**
 * Refused: C0/C1 control characters except tab and line breaks (NUL included), lone UTF-16
 * surrogates, and the bidirectional embeddings, overrides and isolates that make text display in
 * another order than it is stored.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
/** What does not show on screen: spaces, joiners, variation selectors, blank fillers. */
// eslint-disable-next-line no-misleading-character-class -- joiners and selectors on their own are what is matched
const BLANK = /[\s\u200C\u200D\uFE00-\uFE0F\u115F\u1160\u2800\u3164\uFFA0]/gu;

export const FORBIDDEN_TEXT_MESSAGE =
  'Remove the invisible control characters (such as NUL or text-direction overrides) from this text; they cannot be stored.';

/** NFC, invisible characters removed, trimmed; text with nothing visible becomes ''. */
export function cleanText(text: string): string {
  const cleaned = text.normalize('NFC').replace(INVISIBLE, '').trim();
  return cleaned.replace(BLANK, '').length === 0 ? '' : cleaned;
}

/** True when `text` holds a character that stored text may not contain. */
export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/** Stored text: cleaned first, then refused if it holds forbidden characters or exceeds `max` (after NFC). */
const StoredText = (max: number) =>
  z
    .string()
    .overwrite(cleanText)
    .refine((s) => !hasForbiddenCharacters(s), FORBIDDEN_TEXT_MESSAGE)
    .max(max, `At most ${max} characters.`);

/** Optional free text: NFC, cleaned, trimmed, at most `max` characters (default ''). */
export const Text = (max: number) => StoredText(max);

/** Required text: NFC, cleaned, trimmed, 1..max characters, something visible in it. */
export const RequiredText = (max: number, message = 'This field is required.') => StoredText(max).min(1, message);

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

/** The paging fields every list query spreads into its own strict query (`...Paged`). */
export const Paged = { limit: Limit(), cursor: Cursor };

/** A list query with nothing but paging. */
export const ListQuery = z.strictObject(Paged);

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

/** What a report, a queue or public figures cover: a province, a region's provinces, or the country. */
export const ScopeOutput = z
  .strictObject({
    level: z.enum(SCOPE_LEVELS),
    province: z.string().nullable(),
    region: z.string().nullable(),
    provinces: z.array(z.string()).nullable().meta({ description: 'The provinces counted (null: every province)' }),
  })
  .meta({ id: 'Scope' });

/** A report's period: `from` inclusive (null: from the beginning), `to` exclusive. */
export const PeriodOutput = z.strictObject({ from: z.string().nullable(), to: z.string(), timeZone: z.string() }).meta({ id: 'Period' });
