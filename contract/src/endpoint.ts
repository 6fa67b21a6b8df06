// An endpoint declaration: what the API promises for one method and path — who may call it, the
// schemas of its request and of each answer, and its documentation. The declarations live in
// endpoints/<domain>.ts; the server implements each one (server/src/http/api.ts ApiRegistry.route)
// and generates the OpenAPI document from them. They are not re-exported from index.ts, so a
// client bundle that does not use them stays as it is.
import { type ZodType, z } from 'zod';
import type { Role } from './codes.js';
import { ErrorBody } from './errors.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call: anyone, any signed-in user, or the users of these roles. */
export type AuthRule = 'public' | 'user' | readonly Role[];

/** `auth` of the endpoints for province staff and administrators. */
export const STAFF = ['staff', 'admin'] as const;

export interface ResponseSpec<Z extends ZodType = ZodType> {
  description: string;
  schema?: Z;
  contentType?: string;
}

export type ResponseSpecs = Partial<Record<number, ResponseSpec>>;

/** A CSV download: documented as text, never parsed as JSON. */
export const CsvFileResponse = { description: 'CSV file', contentType: 'text/csv', schema: z.string() };

export interface RequestSchemas {
  body?: ZodType;
  query?: ZodType;
  params?: ZodType;
}

export interface Endpoint<
  S extends RequestSchemas = RequestSchemas,
  A extends AuthRule = AuthRule,
  R extends ResponseSpecs = ResponseSpecs,
> {
  method: Method;
  /** Express-style path under /api, e.g. `/profiles/:id`. */
  path: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  auth: A;
  request?: S;
  /** Documentation-only body, for handlers that validate a caller-dependent body themselves. */
  docBody?: ZodType;
  /** Media type of `docBody` (default application/json; uploads: multipart/form-data). */
  docBodyType?: string;
  responses: R;
}

/** Declares an endpoint, keeping its literal types (method, path, auth, schemas) for its users. */
export function endpoint<const E extends Endpoint>(spec: E): E {
  return spec;
}

const ERROR_DESCRIPTIONS = {
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
export type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** An endpoint's error answers (typed by status, so they never count as a success body). */
export function errorResponses<C extends ErrorStatus>(...statuses: C[]): Record<C, ResponseSpec<typeof ErrorBody>> {
  return Object.fromEntries(statuses.map((s) => [s, { description: ERROR_DESCRIPTIONS[s], schema: ErrorBody }])) as unknown as Record<
    C,
    ResponseSpec<typeof ErrorBody>
  >;
}
