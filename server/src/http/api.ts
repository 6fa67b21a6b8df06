// ApiRegistry: the one place routes are declared. A declaration wires Express (auth → validate
// → handler → JSON) and records the same zod schemas for the OpenAPI document.
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import express from 'express';
import type { ZodType } from 'zod';
import { ForbiddenError, UnauthenticatedError } from '../lib/errors.js';
import type { Role } from '../modules/accounts/roles.js';
import type { RequestSchemas, ValidInput } from './validate.js';
import { validate } from './validate.js';

export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  name: string;
  province: string | null;
  createdAt: string;
}

export type AuthRule = 'public' | 'user' | readonly Role[];

export interface ResponseSpec {
  description: string;
  schema?: ZodType;
  contentType?: string;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteContext<S extends RequestSchemas, A extends AuthRule> extends ValidInput<S> {
  user: A extends 'public' ? AuthUser | null : AuthUser;
  req: Request;
  res: Response;
}

export interface RouteSpec<S extends RequestSchemas, A extends AuthRule> {
  method: Method;
  /** Express-style path under /api, e.g. `/profiles/:id`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  auth: A;
  request?: S;
  /** Documentation-only body, for handlers that validate a caller-dependent body with parseInput(). */
  docBody?: ZodType;
  responses: Record<number, ResponseSpec>;
  /** Runs before validation (rate limiters, …). */
  before?: RequestHandler[];
  /** Gzip the answer when the client accepts it (lists and other large bodies). */
  compress?: boolean;
  /** Return a value to send it as JSON with the first 2xx status; return undefined after writing `res` yourself (or for 204). */
  handler: (ctx: RouteContext<S, A>) => unknown;
}

export interface RecordedRoute {
  method: Method;
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  auth: AuthRule;
  request: RequestSchemas;
  docBody?: ZodType;
  responses: Record<number, ResponseSpec>;
}

export class ApiRegistry {
  readonly routes: RecordedRoute[] = [];

  constructor(
    private readonly compression?: RequestHandler,
    /** Where routes are registered (a fresh router unless the app passes its /api router). */
    readonly router: Router = express.Router(),
  ) {}

  route<S extends RequestSchemas = Record<never, never>, A extends AuthRule = AuthRule>(spec: RouteSpec<S, A>): void {
    const request = (spec.request ?? {}) as S;
    this.routes.push({ ...spec, request });
    const success = Number(
      Object.keys(spec.responses)
        .map(Number)
        .filter((s) => s >= 200 && s < 300)
        .sort()[0] ?? 200,
    );
    const handler = async (req: Request, res: Response, _next: NextFunction) => {
      const valid = req.valid as ValidInput<S>;
      const result = await spec.handler({ ...valid, user: (req.user as AuthUser | undefined) ?? null, req, res } as RouteContext<S, A>);
      if (res.headersSent) return;
      if (result === undefined) res.status(success === 200 ? 204 : success).end();
      else res.status(success).json(result);
    };
    const compress = spec.compress && this.compression ? [this.compression] : [];
    this.router[spec.method](spec.path, ...compress, ...(spec.before ?? []), authorize(spec.auth), validate(request), handler);
  }
}

export function authorize(rule: AuthRule): RequestHandler {
  return (req, _res, next) => {
    if (rule === 'public') return next();
    const user = req.user as AuthUser | undefined;
    if (!user) throw new UnauthenticatedError();
    if (rule !== 'user' && !rule.includes(user.role)) throw new ForbiddenError(`This action needs one of these roles: ${rule.join(', ')}.`);
    next();
  };
}
