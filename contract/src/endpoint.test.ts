// Endpoint declarations keep the literal types their callers rely on, describe errors with the
// contract's error body, and never claim a method and path twice.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { endpoint, errorResponses, STAFF } from './endpoint.js';
import * as endpoints from './endpoints/index.js';
import { ErrorBody } from './errors.js';

describe('endpoint declarations', () => {
  it('keep their literal method, path and auth', () => {
    const declared = endpoint({ method: 'get', path: '/things/:id', summary: 'A thing', tags: ['things'], auth: STAFF, responses: {} });
    expectTypeOf(declared.method).toEqualTypeOf<'get'>();
    expectTypeOf(declared.path).toEqualTypeOf<'/things/:id'>();
    expectTypeOf(declared.auth).toEqualTypeOf<readonly ['staff', 'admin']>();
    expectTypeOf(endpoints.introsEndpoints.accept.path).toEqualTypeOf<'/intros/:id/accept'>();
    expect(declared.path).toBe('/things/:id');
  });

  it('describe each error status with the error body', () => {
    expect(errorResponses(401, 404)).toEqual({
      401: { description: 'unauthenticated', schema: ErrorBody },
      404: { description: 'not_found', schema: ErrorBody },
    });
  });

  it('claim every method and path once', () => {
    const keys = Object.values(endpoints).flatMap((domain) =>
      Object.values(domain).map((e: { method: string; path: string }) => `${e.method} ${e.path}`),
    );
    expect(keys).toContain('get /staff/queue');
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });
});
