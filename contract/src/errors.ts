// The error body every failure answers with (API.md "Conventions"); its stable codes are ERROR_CODES in codes.ts.
import { z } from 'zod';

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
