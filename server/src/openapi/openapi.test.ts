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

  it('serves a human docs page', async () => {
    const res = await t.client().get('/api/docs/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });
});
