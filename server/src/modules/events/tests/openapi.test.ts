// The events routes document themselves in OpenAPI from the same schemas that validate them.
import { describe, expect, it } from 'vitest';
import { documentedRoutes } from '../../../../test/helpers/openapi.js';
import type { EventsModule } from '../index.js';
import { registerEventRoutes } from '../routes.js';

describe('events in the OpenAPI document', () => {
  it('lists every events endpoint with its parameters and bodies', () => {
    const { paths, operations, parameterNames: names } = documentedRoutes((api) => registerEventRoutes(api, {} as EventsModule));
    expect(operations).toEqual(
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
        'DELETE /api/events/{id}/registrations/{registrationId}/checkin',
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
    expect(names(paths['/api/events']!.get)).toEqual(['cursor', 'from', 'kind', 'limit', 'province', 'region', 'status', 'to', 'topic']);
    expect(names(paths['/api/events/{id}/agenda']!.get)).toEqual(['format', 'id', 'lang', 'profileId']);
    expect(paths['/api/events/{id}']!.patch!.requestBody).toBeDefined();
    expect(paths['/api/events']!.post!.requestBody).toBeDefined();
  });
});
