// Typed application errors. Each has a stable `code` and HTTP status from API.md's conventions;
// http/errorHandler.ts maps them to `{ error: { code, message, details? } }` in one place.

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldIssue {
  path: string;
  message: string;
  code?: string;
}

export class ValidationError extends AppError {
  constructor(message: string, details?: FieldIssue[] | unknown) {
    super(400, 'validation_failed', message, details);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Please sign in first.') {
    super(401, 'unauthenticated', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super(403, 'forbidden', message);
  }
}

/** A judge kept away from an entry by a declared conflict of interest or their own recusal. */
export class ConflictOfInterestError extends AppError {
  constructor(message: string, details?: unknown) {
    super(403, 'conflict_of_interest', message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'Resource') {
    super(404, 'not_found', `${what} not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: unknown) {
    super(409, 'conflict', message, details);
  }
}

export class InvalidTransitionError extends AppError {
  constructor(from: string, to: string, details?: unknown) {
    super(409, 'invalid_transition', `Cannot go from "${from}" to "${to}".`, details ?? { from, to });
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limit: string) {
    super(413, 'payload_too_large', `The request body is larger than ${limit}.`);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super(415, 'unsupported_media_type', message);
  }
}

export class RateLimitedError extends AppError {
  constructor(message = 'Too many requests. Please wait and try again.', retryAfterSeconds?: number) {
    super(429, 'rate_limited', message, retryAfterSeconds !== undefined ? { retryAfterSeconds } : undefined);
  }
}

export class UnavailableError extends AppError {
  constructor(message = 'This service is temporarily unavailable.') {
    super(503, 'unavailable', message);
  }
}
