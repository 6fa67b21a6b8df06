// Small zod building blocks shared by module schemas. Every stored string is NFC-normalised,
// so decomposed input (NFD) equals precomposed text.
import { z } from 'zod';

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
