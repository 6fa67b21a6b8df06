import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/helpers/testApp.js';

const t = useTestApp();

describe('OpenAPI document', () => {
  it('documents every registered route, from the same schemas that validate requests', async () => {
    const res = await t.client().get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const registered = t.app.api.routes.map((r) => `${r.method.toUpperCase()} /api${r.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`);
    expect(documented.sort()).toEqual([...new Set(registered)].sort());
    // The contract's fixed paths are all there.
    for (const path of [
      'POST /api/auth/register',
      'GET /api/profiles/{id}',
      'GET /api/search',
      'GET /api/matches',
      'POST /api/intros/{id}/accept',
      'POST /api/conversations/{id}/read',
      'GET /api/reports/summary',
    ]) {
      expect(documented).toContain(path);
    }
    const register = res.body.paths['/api/auth/register'].post;
    const schema = register.requestBody.content['application/json'].schema;
    const resolved = schema.$ref ? res.body.components.schemas[schema.$ref.split('/').pop()] : schema;
    expect(resolved.required).toEqual(expect.arrayContaining(['email', 'password', 'role', 'name', 'province']));
    expect(resolved.additionalProperties).toBe(false);
  });

  it('names every operation once, after the contract’s endpoint, for generated clients', async () => {
    const res = await t.client().get('/api/openapi.json');
    const operations = Object.values(res.body.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((ops) =>
      Object.values(ops),
    );
    const ids = operations.map((op) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(operations.length);
    expect(res.body.paths['/api/intros/{id}/accept'].post.operationId).toBe('introsAccept');
    expect(res.body.paths['/api/events/{id}/meetings'].post.operationId).toMatch(/^events/);
  });

  it('is a valid OpenAPI 3.1 document, so generators and linters load it', async () => {
    const res = await t.client().get('/api/openapi.json');
    // validate() dereferences in place and throws on the first schema error.
    const api = await SwaggerParser.validate(structuredClone(res.body));
    expect(Object.keys(api.paths ?? {})).toHaveLength(Object.keys(res.body.paths).length);
  });

  it('serves a human docs page', async () => {
    const res = await t.client().get('/api/docs/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });
});
