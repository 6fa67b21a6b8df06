// ApiRegistry: where the server implements the endpoints the contract declares
// (@ketnoi/contract/endpoints/<domain>: method, path, auth, request and response schemas, docs).
// `route(endpoint, { handler, before?, compress? })` wires Express (auth → validate → handler →
// JSON) and records the declaration for the OpenAPI document. A handler's return type is the input
// type of its endpoint's success response schema, so the compiler holds every handler and
// presenter to the contract; with `checkResponses` (tests) every JSON answer is also parsed
// against its declared schema at run time.
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import express from 'express';
import type { ZodType, z } from 'zod';
import { ForbiddenError, UnauthenticatedError } from '../lib/errors.js';
import type { User } from '@ketnoi/contract';
import type { AuthRule, Endpoint, Method, RequestSchemas, ResponseSpecs } from '@ketnoi/contract/endpoint';
import type { ValidInput } from './validate.js';
import { validate } from './validate.js';

export type { AuthRule } from '@ketnoi/contract/endpoint';

/** The signed-in user as every handler sees it: the contract's `user`. */
export type AuthUser = User;

type SuccessStatus = 200 | 201 | 202 | 204;
/** What a handler may return: the body of one of its declared 2xx responses. */
export type SuccessBody<R> = {
  [K in keyof R & SuccessStatus]: R[K] extends { schema: infer Z extends ZodType } ? z.input<Z> : never;
}[keyof R & SuccessStatus];

export interface RouteContext<S extends RequestSchemas, A extends AuthRule> extends ValidInput<S> {
  user: A extends 'public' ? AuthUser | null : AuthUser;
  req: Request;
  res: Response;
}

/** What the server adds to an endpoint's declaration: the code that answers it. */
export interface Implementation<S extends RequestSchemas, A extends AuthRule, R extends ResponseSpecs> {
  /** Runs before validation (rate limiters, …). */
  before?: RequestHandler[];
  /** Gzip the answer when the client accepts it (lists and other large bodies). */
  compress?: boolean;
  /** Return a value to send it as JSON with the first 2xx status; return undefined after writing `res` yourself (or for 204). */
  handler: (ctx: RouteContext<S, A>) => SuccessBody<R> | undefined | Promise<SuccessBody<R> | undefined>;
}

/** A registered endpoint, as the OpenAPI document and the endpoint index read it. */
export interface RecordedRoute {
  method: Method;
  path: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  auth: AuthRule;
  request: RequestSchemas;
  docBody?: ZodType;
  docBodyType?: string;
  responses: ResponseSpecs;
}

export interface ApiRegistryOptions {
  /** Gzip for routes that opt in. */
  compression?: RequestHandler;
  /** Parse every JSON answer against its declared response schema (tests): a drift answers 500. */
  checkResponses?: boolean;
  /** Where contract violations are reported. */
  onViolation?: (violation: { method: string; path: string; status: number; issues: unknown }) => void;
}

export class ApiRegistry {
  readonly routes: RecordedRoute[] = [];

  constructor(
    private readonly options: ApiRegistryOptions = {},
    /** Where routes are registered (a fresh router unless the app passes its /api router). */
    readonly router: Router = express.Router(),
  ) {}

  route<S extends RequestSchemas = Record<never, never>, A extends AuthRule = AuthRule, R extends ResponseSpecs = ResponseSpecs>(
    endpoint: Endpoint<S, A, R>,
    implementation: Implementation<S, A, R>,
  ): void {
    const request = (endpoint.request ?? {}) as S;
    this.routes.push({ ...endpoint, request });
    const success = Number(
      Object.keys(endpoint.responses)
        .map(Number)
        .filter((s) => s >= 200 && s < 300)
        .sort()[0] ?? 200,
    );
    const handler = async (req: Request, res: Response, _next: NextFunction) => {
      const valid = req.valid as ValidInput<S>;
      const result = await implementation.handler({ ...valid, user: (req.user as AuthUser | undefined) ?? null, req, res } as RouteContext<
        S,
        A
      >);
      if (res.headersSent) return;
      if (result === undefined) res.status(success === 200 ? 204 : success).end();
      else res.status(success).json(result);
    };
    const compress = implementation.compress && this.options.compression ? [this.options.compression] : [];
    const check = this.options.checkResponses ? [this.responseChecker(endpoint)] : [];
    this.router[endpoint.method](
      endpoint.path,
      ...check,
      ...compress,
      ...(implementation.before ?? []),
      authorize(endpoint.auth),
      // GET never takes a body; other verbs without a declared one (accept, withdraw, logout…) refuse fields.
      validate(request, { bodyless: endpoint.method !== 'get' && !endpoint.docBody }),
      handler,
    );
  }

  /** Wraps res.json so that what leaves is parsed against the schema declared for its status. */
  private responseChecker(spec: { method: Method; path: string; responses: ResponseSpecs }): RequestHandler {
    return (_req, res, next) => {
      const send = res.json.bind(res);
      res.json = (body: unknown) => {
        const status = res.statusCode;
        const schema = spec.responses[status]?.schema;
        const parsed = schema && !spec.responses[status]?.contentType ? schema.safeParse(body) : null;
        if (parsed && !parsed.success) {
          this.options.onViolation?.({ method: spec.method, path: spec.path, status, issues: parsed.error.issues });
          res.status(500);
          return send({
            error: {
              code: 'internal_error',
              message: `The answer of ${spec.method.toUpperCase()} ${spec.path} does not match its declared ${status} schema.`,
              details: parsed.error.issues,
            },
          });
        }
        return send(body);
      };
      next();
    };
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
