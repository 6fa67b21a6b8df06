// /api/events: the regional calendar, registrations and check-in (meetings, agenda, re-planning
// and the report are in meetingRoutes.ts). Handlers validate, authorise (policy.ts, inside the
// services), call a service and present.
import { PatchEventBody } from '@ketnoi/contract';
import type { ApiRegistry } from '../../http/api.js';
import { issuesOf } from '../../http/validate.js';
import { ValidationError } from '../../lib/errors.js';
import { pickLang } from '../matching/lang.js';
import type { EventsModule } from './index.js';
import { registerMeetingRoutes } from './meetingRoutes.js';
import { eventsEndpoints } from '@ketnoi/contract/endpoints/events';

/** A merge-patch body: unlike other bodies, `null` is kept (it clears a nullable field). */
function parsePatch(body: unknown) {
  const result = PatchEventBody.safeParse(body ?? {});
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  throw new ValidationError(`Some fields are not valid: ${[...new Set(issues.map((i) => i.path))].join(', ')}.`, issues);
}

export function registerEventRoutes(api: ApiRegistry, m: EventsModule): void {
  const { calendar, registrations } = m;

  api.route(eventsEndpoints.create, {
    handler: async ({ user, query, body, req }) => {
      const { event, overlaps } = await calendar.create(user, body, pickLang(query.lang, req.headers['accept-language']));
      return { ...calendar.present(event), overlaps: overlaps.map((o) => ({ event: calendar.present(o.event), reasons: o.reasons })) };
    },
  });

  api.route(eventsEndpoints.overlaps, {
    handler: async ({ user, query, req }) => {
      const overlaps = await calendar.overlaps(user, query, pickLang(query.lang, req.headers['accept-language']));
      return { items: overlaps.map((o) => ({ event: calendar.present(o.event), reasons: o.reasons })) };
    },
  });

  api.route(eventsEndpoints.calendar, { compress: true, handler: ({ user, query }) => calendar.list(user, query) });

  api.route(eventsEndpoints.get, { handler: ({ user, params }) => calendar.get(user, params.id) });

  api.route(eventsEndpoints.update, {
    handler: async ({ user, params, req }) => calendar.present(await calendar.patch(user, params.id, parsePatch(req.body))),
  });

  api.route(eventsEndpoints.register, {
    handler: async ({ user, params, body }) => registrations.present(await registrations.register(user, params.id, body), 'self'),
  });

  api.route(eventsEndpoints.cancelOwnRegistration, {
    handler: async ({ user, params }) => {
      await registrations.cancelOwn(user, params.id);
      return undefined;
    },
  });

  api.route(eventsEndpoints.cancelRegistration, {
    handler: async ({ user, params }) => {
      await registrations.cancelById(user, params.id, params.registrationId);
      return undefined;
    },
  });

  api.route(eventsEndpoints.registrations, {
    compress: true,
    handler: ({ user, params, query }) => registrations.list(user, params.id, query),
  });

  api.route(eventsEndpoints.checkIn, {
    handler: async ({ user, params, body }) => registrations.present(await registrations.checkIn(user, params.id, body.code), 'organiser'),
  });

  api.route(eventsEndpoints.undoCheckIn, {
    handler: async ({ user, params }) =>
      registrations.present(await registrations.undoCheckIn(user, params.id, params.registrationId), 'organiser'),
  });

  registerMeetingRoutes(api, m);
}
