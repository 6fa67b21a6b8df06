// The calls routes document themselves in OpenAPI from the same schemas that validate them.
import { describe, expect, it } from 'vitest';
import { ApiRegistry } from '../../../http/api.js';
import { buildOpenApiDocument } from '../../../openapi/document.js';
import type { CallsModule } from '../index.js';
import { registerCallRoutes } from '../routes.js';

type Operation = { parameters?: { name: string }[]; requestBody?: unknown };

describe('calls in the OpenAPI document', () => {
  it('lists every calls endpoint with its parameters and bodies', () => {
    const api = new ApiRegistry();
    registerCallRoutes(api, {} as CallsModule);
    const doc = buildOpenApiDocument(api.routes, 'test') as unknown as { paths: Record<string, Record<string, Operation>> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual(
      [
        'GET /api/calls',
        'GET /api/calls/templates',
        'GET /api/calls/assignments',
        'PUT /api/events/{id}/call',
        'GET /api/events/{id}/call',
        'GET /api/events/{id}/call/judge-candidates',
        'POST /api/events/{id}/entries',
        'GET /api/events/{id}/entries',
        'GET /api/events/{id}/entries/{entryId}',
        'PATCH /api/events/{id}/entries/{entryId}',
        'POST /api/events/{id}/entries/{entryId}/withdraw',
        'PUT /api/events/{id}/entries/{entryId}/score',
        'POST /api/events/{id}/entries/{entryId}/recuse',
        'GET /api/events/{id}/judging',
        'GET /api/events/{id}/results',
        'POST /api/events/{id}/results/publish',
        'GET /api/events/{id}/scores.csv',
      ].sort(),
    );
    const names = (op: Operation | undefined) => (op?.parameters ?? []).map((p) => p.name).sort();
    expect(names(doc.paths['/api/events/{id}/entries']!.get)).toEqual(['as', 'cursor', 'id', 'judgeId', 'limit', 'status']);
    expect(doc.paths['/api/events/{id}/call']!.put!.requestBody).toBeDefined();
    expect(doc.paths['/api/events/{id}/entries/{entryId}/score']!.put!.requestBody).toBeDefined();
  });
});
