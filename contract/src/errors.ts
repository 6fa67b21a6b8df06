// The error body every failure answers with (API.md "Conventions") and its stable codes.
import { z } from 'zod';

export const ERROR_CODES = [
  'validation_failed',
  'invalid_token',
  'unauthenticated',
  'forbidden',
  'conflict_of_interest',
  'not_found',
  'conflict',
  'invalid_transition',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal_error',
  'unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field's problem in a 400 `validation_failed` (`details` is a list of these). */
export const FieldIssue = z.strictObject({ path: z.string(), message: z.string(), code: z.string().optional() }).meta({ id: 'FieldIssue' });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorBody = z
  .strictObject({
    error: z.strictObject({
      code: z.string().meta({ example: 'validation_failed' }),
      message: z.string(),
      details: z.unknown().optional().meta({ description: 'validation_failed: a list of FieldIssue; other codes: code-specific' }),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;
