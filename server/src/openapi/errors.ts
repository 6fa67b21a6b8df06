import { z } from 'zod';
import type { ResponseSpec } from '../http/api.js';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'validation_failed' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

const DESCRIPTIONS: Record<number, string> = {
  400: 'validation_failed — details lists each field',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict or invalid_transition',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

/** Error responses for a route's OpenAPI entry. */
export function ErrorResponses(...statuses: number[]): Record<number, ResponseSpec> {
  return Object.fromEntries(statuses.map((s) => [s, { description: DESCRIPTIONS[s] ?? 'error', schema: ErrorBody }]));
}
