// validate(schemas): parse body, query and params with zod and put the typed result on
// `req.valid`. Unknown body fields are rejected by the strict schemas themselves.
import type { NextFunction, Request, Response } from 'express';
import type { ZodType, z } from 'zod';
import type { FieldIssue } from '../lib/errors.js';
import { ValidationError } from '../lib/errors.js';
import type { RequestSchemas } from '@ketnoi/contract/endpoint';

export type { RequestSchemas };

export type Parsed<S extends ZodType | undefined> = S extends ZodType ? z.output<S> : undefined;

export interface ValidInput<S extends RequestSchemas> {
  body: Parsed<S['body']>;
  query: Parsed<S['query']>;
  params: Parsed<S['params']>;
}

declare module 'express-serve-static-core' {
  interface Request {
    valid?: { body: unknown; query: unknown; params: unknown };
  }
}

export function issuesOf(error: z.ZodError, prefix?: string): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `Unknown field(s): ${issue.keys.join(', ')}`;
    return { path: path || '(root)', message, code: issue.code };
  });
}

/** `?province=&kind=expert`: an empty value means the filter is not used. */
function withoutEmpty(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
}

/** `{ "commune": null }`: many clients send null for a field left empty; treat it as absent. */
export function withoutNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(withoutNulls);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

/**
 * What a request without a declared body may carry: nothing, or an empty JSON object. Any field
 * is unknown and refused (API.md: "Unknown body fields are rejected (400), never stored").
 */
function unexpectedBody(body: unknown): FieldIssue[] {
  if (body === undefined) return [];
  if (Array.isArray(body)) return [{ path: '(root)', message: 'This request takes no body.', code: 'invalid_type' }];
  const keys = Object.keys(body as Record<string, unknown>);
  return keys.length === 0 ? [] : [{ path: '(root)', message: `Unknown field(s): ${keys.join(', ')}`, code: 'unrecognized_keys' }];
}

export interface ValidateOptions {
  /** The endpoint declares no body at all (not even one its handler reads itself): refuse any field. */
  bodyless?: boolean;
}

export function validate(schemas: RequestSchemas, options: ValidateOptions = {}) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const issues: FieldIssue[] = [];
    const valid = { body: undefined as unknown, query: undefined as unknown, params: undefined as unknown };
    if (!schemas.body && options.bodyless) issues.push(...unexpectedBody(req.body));
    if (schemas.body) {
      const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
      if (req.body === undefined && hasBody && !req.is('application/json')) {
        throw new ValidationError('Send the request body as JSON with Content-Type: application/json.');
      }
      const result = schemas.body.safeParse(withoutNulls(req.body ?? {}));
      if (result.success) valid.body = result.data;
      else issues.push(...issuesOf(result.error));
    }
    for (const part of ['query', 'params'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const input = { ...(req[part] as Record<string, unknown>) };
      const result = schema.safeParse(part === 'query' ? withoutEmpty(input) : input);
      if (result.success) valid[part] = result.data;
      else issues.push(...issuesOf(result.error, part === 'query' ? 'query' : 'params'));
    }
    if (issues.length > 0) {
      const fields = [...new Set(issues.map((i) => i.path))].join(', ');
      throw new ValidationError(`Some fields are not valid: ${fields}.`, issues);
    }
    req.valid = valid;
    next();
  };
}

/** Validate a value inside a handler (when the schema depends on the caller, e.g. a profile's kind). */
export function parseInput<S extends ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(withoutNulls(value ?? {}));
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  const fields = [...new Set(issues.map((i) => i.path))].join(', ');
  throw new ValidationError(`Some fields are not valid: ${fields}.`, issues);
}
