// The single mapping from errors to the contract's JSON: { error: { code, message, details? } }.
// Unknown errors become a 500 without internals; they are logged with the request id. A client's
// fault is a 4xx and never logged at error level (request bodies: see http/jsonBody.ts).
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, ConflictError, NotFoundError, PayloadTooLargeError, UnavailableError, ValidationError } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import { unparsedBody } from './jsonBody.js';
import { DuplicateKeyError, StoreUnavailableError } from '../store/types.js';

interface HttpParserError {
  type?: string;
  status?: number;
  limit?: number;
}

export function toAppError(error: unknown, bodyLimit: string): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof DuplicateKeyError) return new ConflictError('This already exists.', { index: error.index });
  const parser = error as HttpParserError;
  if (parser?.type === 'entity.too.large') return new PayloadTooLargeError(bodyLimit);
  if (parser?.type === 'entity.parse.failed') return unparsedBody(parser as { body?: unknown });
  // The router could not decode a path parameter (`/api/profiles/%E0%A4%A`).
  if (error instanceof URIError && parser.status === 400)
    return new ValidationError('The address contains malformed percent-encoding.', [
      { path: 'params', message: 'malformed percent-encoding' },
    ]);
  if ((error as { name?: string })?.name === 'SearchUnavailableError')
    return new UnavailableError('Search is temporarily unavailable. Please try again shortly.');
  if (error instanceof StoreUnavailableError)
    return new UnavailableError('The database is temporarily unavailable. Please try again shortly.');
  return null;
}

export function errorHandler(bodyLimit: string, logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = toAppError(error, bodyLimit);
    const log = req.log ?? logger.child({ reqId: (req as unknown as { id?: string }).id });
    if (!known) {
      log.error({ err: error }, 'unhandled error');
      res.status(500).json({ error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } });
      return;
    }
    if (known.status >= 500) log.warn({ err: error, code: known.code }, 'request failed');
    const body: Record<string, unknown> = { code: known.code, message: known.message };
    if (known.details !== undefined) body.details = known.details;
    if (known.status === 429 && typeof (known.details as { retryAfterSeconds?: number })?.retryAfterSeconds === 'number') {
      res.setHeader('Retry-After', String((known.details as { retryAfterSeconds: number }).retryAfterSeconds));
    }
    res.status(known.status).json({ error: body });
  };
}

/** Unknown /api paths answer 404 in the contract's shape (never the SPA's HTML). */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`Endpoint ${req.method} ${req.originalUrl.split('?')[0]}`));
};
