// The events routes document themselves in OpenAPI from the same schemas that validate them.
import { describe, expect, it } from 'vitest';
import { ApiRegistry } from '../../../http/api.js';
import { buildOpenApiDocument } from '../../../openapi/document.js';
import type { EventsModule } from '../index.js';
import { registerEventRoutes } from '../routes.js';

type Operation = { parameters?: { name: string }[]; requestBody?: unknown };

describe('events in the OpenAPI document', () => {
  it('lists every events endpoint with its parameters and bodies', () => {
    const api = new ApiRegistry();
    registerEventRoutes(api, {} as EventsModule);
    const doc = buildOpenApiDocument(api.routes, 'test') as unknown as { paths: Record<string, Record<string, Operation>> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual(
      [
        'POST /api/events',
        'GET /api/events',
        'GET /api/events/overlaps',
        'GET /api/events/{id}',
        'PATCH /api/events/{id}',
        'POST /api/events/{id}/registrations',
        'GET /api/events/{id}/registrations',
        'DELETE /api/events/{id}/registrations/me',
        'DELETE /api/events/{id}/registrations/{registrationId}',
        'POST /api/events/{id}/checkin',
        'GET /api/events/{id}/suggestions',
        'POST /api/events/{id}/meetings',
        'GET /api/events/{id}/meetings',
        'POST /api/events/{id}/meetings/{meetingId}/accept',
        'POST /api/events/{id}/meetings/{meetingId}/decline',
        'POST /api/events/{id}/meetings/{meetingId}/cancel',
        'GET /api/events/{id}/agenda',
        'POST /api/events/{id}/schedule',
        'GET /api/reports/events',
      ].sort(),
    );
    const names = (op: Operation | undefined) => (op?.parameters ?? []).map((p) => p.name).sort();
    expect(names(doc.paths['/api/events']!.get)).toEqual([
      'cursor',
      'from',
      'kind',
      'limit',
      'province',
      'region',
      'status',
      'to',
      'topic',
    ]);
    expect(names(doc.paths['/api/events/{id}/agenda']!.get)).toEqual(['format', 'id', 'lang', 'profileId']);
    expect(doc.paths['/api/events/{id}']!.patch!.requestBody).toBeDefined();
    expect(doc.paths['/api/events']!.post!.requestBody).toBeDefined();
  });
});
