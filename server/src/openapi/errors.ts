import { ErrorBody } from '@ketnoi/contract';
import type { ResponseSpec } from '../http/api.js';

export { ErrorBody };

const DESCRIPTIONS = {
  400: 'validation_failed — details lists each field (invalid_token for one-time links)',
  401: 'unauthenticated',
  403: 'forbidden (conflict_of_interest for a conflicted judge)',
  404: 'not_found',
  409: 'conflict or invalid_transition',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
} as const;
export type ErrorStatus = keyof typeof DESCRIPTIONS;

/** Error responses for a route's OpenAPI entry (typed by status, so they never count as a success body). */
export function ErrorResponses<C extends ErrorStatus>(...statuses: C[]): Record<C, ResponseSpec<typeof ErrorBody>> {
  return Object.fromEntries(statuses.map((s) => [s, { description: DESCRIPTIONS[s], schema: ErrorBody }])) as unknown as Record<
    C,
    ResponseSpec<typeof ErrorBody>
  >;
}
