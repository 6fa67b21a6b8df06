// A reference to an endpoint declaration that a client can bundle: at run time only `{ method, path }`,
// while its type carries the whole declaration (endpoints/<domain>.ts), so a caller's params, query,
// body and answer are the declared schemas' types. This file imports zod and the declarations for
// their types only: a bundle that uses it gets no zod and no schema. The refs themselves are
// generated (generated/endpointRefs.ts, `npm run contract:refs`).
import type { z, ZodType } from 'zod';
import type { Endpoint } from './endpoint.js';

/** Never set at run time: the key under which a ref's type keeps its declaration. */
declare const declaration: unique symbol;

export interface EndpointRef<E extends Endpoint = Endpoint> {
  readonly method: E['method'];
  /** The declared path, without the `/api` prefix, e.g. `/consultations/:id/reschedule`. */
  readonly path: E['path'];
  readonly [declaration]?: E;
}

/** A ref to declaration `E`; the compiler checks that method and path are the declared ones. */
/* @__NO_SIDE_EFFECTS__ */
export function ref<E extends Endpoint>(method: E['method'], path: E['path']): EndpointRef<E> {
  return { method, path };
}

/** The declaration a ref stands for. */
export type EndpointOf<R> = R extends EndpointRef<infer E> ? E : never;

type RequestOf<E> = E extends { request?: infer S } ? NonNullable<S> : never;
type SchemaAt<S, K extends string> = S extends { [P in K]: infer Z extends ZodType } ? Z : never;

/** The JSON body: `request.body`, or a handler-validated `docBody` sent as JSON (not an upload). */
type BodySchema<E> = [SchemaAt<RequestOf<E>, 'body'>] extends [never]
  ? E extends { docBodyType: string }
    ? never
    : SchemaAt<E, 'docBody'>
  : SchemaAt<RequestOf<E>, 'body'>;

/** `{ key: T }`, optional when T has no required field (an empty query or body may be left out). */
type Part<K extends string, Z> = [Z] extends [never]
  ? unknown
  : Z extends ZodType
    ? object extends z.input<Z>
      ? { [P in K]?: z.input<Z> }
      : { [P in K]: z.input<Z> }
    : unknown;

type Flatten<T> = { [K in keyof T]: T[K] };

/** What a caller sends: `params`, `query` and `body` as the `z.input` of the declared schemas, each only when declared. */
export type EndpointInput<E extends Endpoint> = Flatten<
  Part<'params', SchemaAt<RequestOf<E>, 'params'>> & Part<'query', SchemaAt<RequestOf<E>, 'query'>> & Part<'body', BodySchema<E>>
>;

/** The first success answer the endpoint declares (200 before 201 before 202 …). */
type FirstSuccess<R> = 200 extends keyof R
  ? R[200]
  : 201 extends keyof R
    ? R[201]
    : 202 extends keyof R
      ? R[202]
      : 203 extends keyof R
        ? R[203]
        : 204 extends keyof R
          ? R[204]
          : never;

/** What a caller gets back: the `z.output` of the first 2xx answer's schema; `void` for 204 or no schema. */
export type EndpointOutput<E extends Endpoint> =
  FirstSuccess<E['responses']> extends { schema: infer Z extends ZodType } ? z.output<Z> : void;

/**
 * Whether the endpoint speaks JSON both ways: no upload body (`docBodyType`) and no file answer
 * (`contentType`, e.g. a CSV). The others are links or uploads, not calls.
 */
export type IsJsonEndpoint<E extends Endpoint> = E extends { docBodyType: string }
  ? false
  : FirstSuccess<E['responses']> extends { contentType: string }
    ? false
    : true;
