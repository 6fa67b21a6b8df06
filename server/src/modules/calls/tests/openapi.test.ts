// The calls routes document themselves in OpenAPI from the same schemas that validate them.
import { describe, expect, it } from 'vitest';
import { documentedRoutes } from '../../../../test/helpers/openapi.js';
import type { CallsModule } from '../index.js';
import { registerCallRoutes } from '../routes.js';

describe('calls in the OpenAPI document', () => {
  it('lists every calls endpoint with its parameters and bodies', () => {
    const { paths, operations, parameterNames: names } = documentedRoutes((api) => registerCallRoutes(api, {} as CallsModule));
    expect(operations).toEqual(
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
    expect(names(paths['/api/events/{id}/entries']!.get)).toEqual(['as', 'cursor', 'id', 'judgeId', 'limit', 'status']);
    expect(paths['/api/events/{id}/call']!.put!.requestBody).toBeDefined();
    expect(paths['/api/events/{id}/entries/{entryId}/score']!.put!.requestBody).toBeDefined();
  });
});
