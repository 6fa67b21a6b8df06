// Mapping MongoDB duplicate-key errors (E11000) onto the port's DuplicateKeyError.
import { DuplicateKeyError } from '../types.js';

const DUPLICATE_KEY_CODES = new Set([11000, 11001]);
// "E11000 duplicate key error collection: ketnoi.users index: email_1 dup key: { email: "a@b.vn" }"
const INDEX_IN_MESSAGE = /\bindex: (\S+) dup key\b/;
/** MongoDB names the primary-key index `_id_`; the port (and the embedded engine) calls it `_id`. */
const PRIMARY_KEY_INDEX = '_id_';

interface ErrorShape {
  code?: unknown;
  errmsg?: unknown;
  message?: unknown;
  keyPattern?: unknown;
  writeErrors?: unknown;
  errorResponse?: { code?: unknown; errmsg?: unknown; keyPattern?: unknown };
}

interface WriteErrorShape {
  code?: unknown;
  errmsg?: unknown;
  err?: { code?: unknown; errmsg?: unknown; keyPattern?: unknown };
}

function writeErrorsOf(error: ErrorShape): WriteErrorShape[] {
  const raw = error.writeErrors;
  if (Array.isArray(raw)) return raw as WriteErrorShape[];
  return raw && typeof raw === 'object' ? [raw as WriteErrorShape] : [];
}

/**
 * For an E11000 error (plain, bulk-write or wrapped), the name of the violated index — or `null`
 * when the error is not a duplicate key. `resolveKeyPattern` names an index from its key pattern
 * when the server message does not (older servers, some bulk paths).
 */
export function duplicateKeyIndex(
  error: unknown,
  resolveKeyPattern: (keyPattern: Record<string, unknown>) => string | undefined = () => undefined,
): string | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as ErrorShape;
  const writeErrors = writeErrorsOf(e);
  const codes = [e.code, e.errorResponse?.code, ...writeErrors.flatMap((w) => [w.code, w.err?.code])];
  if (!codes.some((code) => typeof code === 'number' && DUPLICATE_KEY_CODES.has(code))) return null;

  const messages = [e.errmsg, e.errorResponse?.errmsg, e.message, ...writeErrors.flatMap((w) => [w.errmsg, w.err?.errmsg])];
  for (const message of messages) {
    if (typeof message !== 'string') continue;
    const match = INDEX_IN_MESSAGE.exec(message);
    if (match?.[1]) return match[1] === PRIMARY_KEY_INDEX ? '_id' : match[1];
  }
  const patterns = [e.keyPattern, e.errorResponse?.keyPattern, ...writeErrors.map((w) => w.err?.keyPattern)];
  for (const pattern of patterns) {
    if (!pattern || typeof pattern !== 'object') continue;
    const keys = Object.keys(pattern);
    if (keys.length === 1 && keys[0] === '_id') return '_id';
    const named = resolveKeyPattern(pattern as Record<string, unknown>);
    if (named) return named;
  }
  return 'unknown';
}

/** The error to hand to callers: DuplicateKeyError for E11000, anything else unchanged (labels intact). */
export function translateError(
  error: unknown,
  collection: string,
  resolveKeyPattern?: (keyPattern: Record<string, unknown>) => string | undefined,
): unknown {
  const index = duplicateKeyIndex(error, resolveKeyPattern);
  if (index === null) return error;
  const translated = new DuplicateKeyError(collection, index);
  (translated as Error & { cause?: unknown }).cause = error;
  return translated;
}
