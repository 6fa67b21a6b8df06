// The matching routes document themselves in OpenAPI from the same schemas that validate them.
import { describe, expect, it } from 'vitest';
import { ApiRegistry } from '../../../http/api.js';
import { buildOpenApiDocument } from '../../../openapi/document.js';
import type { MatchingRoutesDeps } from '../routes.js';
import { registerMatchingRoutes } from '../routes.js';

describe('matching in the OpenAPI document', () => {
  it('lists the match, plan, exposure and weights endpoints with their parameters', () => {
    const api = new ApiRegistry();
    registerMatchingRoutes(api, {} as MatchingRoutesDeps);
    const doc = buildOpenApiDocument(api.routes, 'test') as unknown as {
      paths: Record<string, Record<string, { parameters?: { name: string }[]; requestBody?: unknown }>>;
    };
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/admin/weights', '/api/matches', '/api/matches/exposure', '/api/matches/plan']);
    expect(doc.paths['/api/matches']!.get!.parameters!.map((p) => p.name).sort()).toEqual(['for', 'kind', 'lang', 'limit', 'needId']);
    expect(doc.paths['/api/matches/plan']!.post!.requestBody).toBeDefined();
    expect(doc.paths['/api/admin/weights']!.put!.requestBody).toBeDefined();
  });
});
