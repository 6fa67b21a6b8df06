// /api/events: the regional calendar, registrations and check-in (meetings, agenda, re-planning
// and the report are in meetingRoutes.ts). Handlers validate, authorise (policy.ts, inside the
// services), call a service and present.
import {
  CheckinBody,
  CreateEventBody,
  EventCreatedOutput,
  EventListQuery,
  EventOutput,
  EventPage,
  EventRegisterBody,
  IdParams,
  LangQuery,
  OverlapList,
  OverlapsQuery,
  PatchEventBody,
  RegistrationListQuery,
  RegistrationOutput,
  RegistrationPage,
  RegistrationParams,
} from '@ketnoi/contract';
import { type ApiRegistry, STAFF } from '../../http/api.js';
import { issuesOf } from '../../http/validate.js';
import { ValidationError } from '../../lib/errors.js';
import { pickLang } from '../matching/lang.js';
import { ErrorResponses } from '../../openapi/errors.js';
import type { EventsModule } from './index.js';
import { registerMeetingRoutes } from './meetingRoutes.js';

const tags = ['events'];

/** A merge-patch body: unlike other bodies, `null` is kept (it clears a nullable field). */
function parsePatch(body: unknown) {
  const result = PatchEventBody.safeParse(body ?? {});
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  throw new ValidationError(`Some fields are not valid: ${[...new Set(issues.map((i) => i.path))].join(', ')}.`, issues);
}

export function registerEventRoutes(api: ApiRegistry, m: EventsModule): void {
  const { calendar, registrations } = m;

  api.route({
    method: 'post',
    path: '/events',
    summary: 'Create an event of your province; the answer lists the region’s overlapping events',
    description:
      'Overlaps: other published events of the same region within 30 days that share a topic or the kind — a warning, never a refusal.',
    tags,
    auth: STAFF,
    request: { query: LangQuery, body: CreateEventBody },
    responses: { 201: { description: 'Event created', schema: EventCreatedOutput }, ...ErrorResponses(400, 401, 403) },
    handler: async ({ user, query, body, req }) => {
      const { event, overlaps } = await calendar.create(user, body, pickLang(query.lang, req.headers['accept-language']));
      return { ...calendar.present(event), overlaps: overlaps.map((o) => ({ event: calendar.present(o.event), reasons: o.reasons })) };
    },
  });

  api.route({
    method: 'get',
    path: '/events/overlaps',
    summary: 'Published events of the region within 30 days sharing a topic or kind, asked before creating one',
    tags,
    auth: STAFF,
    request: { query: OverlapsQuery },
    responses: { 200: { description: 'Closest first', schema: OverlapList }, ...ErrorResponses(400, 401, 403) },
    handler: async ({ user, query, req }) => {
      const overlaps = await calendar.overlaps(user, query, pickLang(query.lang, req.headers['accept-language']));
      return { items: overlaps.map((o) => ({ event: calendar.present(o.event), reasons: o.reasons })) };
    },
  });

  api.route({
    method: 'get',
    path: '/events',
    compress: true,
    summary: 'The public calendar: published events, soonest first (no sign-in needed)',
    description:
      '`province` matches organisers and co-organisers; `from` (default now) keeps events not ended by then, `to` events starting before then. ' +
      'Staff add `status=draft` for their province’s drafts.',
    tags,
    auth: 'public',
    request: { query: EventListQuery },
    responses: { 200: { description: 'A page of events', schema: EventPage }, ...ErrorResponses(400, 403) },
    handler: ({ user, query }) => calendar.list(user, query),
  });

  api.route({
    method: 'get',
    path: '/events/:id',
    summary: 'One event (drafts: its organisers only); signed in, with your registration',
    tags,
    auth: 'public',
    request: { params: IdParams },
    responses: { 200: { description: 'Event', schema: EventOutput }, ...ErrorResponses(404) },
    handler: ({ user, params }) => calendar.get(user, params.id),
  });

  api.route({
    method: 'patch',
    path: '/events/:id',
    summary: 'Change an event (organising province’s staff or admin); moving or cancelling tells every registrant',
    description:
      'A merge patch: absent fields stay, null clears venue, capacity, registration times or meetings. Status: draft → published → completed; ' +
      'published → cancelled. Changing the meeting hours re-plans the meetings.',
    tags,
    auth: STAFF,
    request: { params: IdParams },
    docBody: PatchEventBody,
    responses: { 200: { description: 'Event after the change', schema: EventOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: async ({ user, params, req }) => calendar.present(await calendar.patch(user, params.id, parsePatch(req.body))),
  });

  api.route({
    method: 'post',
    path: '/events/:id/registrations',
    summary: 'Register your profile (staff: a profile of their province, with profileId); full events put you on the waitlist',
    tags,
    auth: 'user',
    request: { params: IdParams, body: EventRegisterBody },
    responses: {
      201: { description: 'Registered, or waitlisted when the event is full', schema: RegistrationOutput },
      ...ErrorResponses(400, 401, 403, 404, 409),
    },
    handler: async ({ user, params, body }) => registrations.present(await registrations.register(user, params.id, body), 'self'),
  });

  api.route({
    method: 'delete',
    path: '/events/:id/registrations/me',
    summary: 'Cancel your registration; the first on the waitlist moves up and is told',
    tags,
    auth: 'user',
    request: { params: IdParams },
    responses: { 204: { description: 'Cancelled' }, ...ErrorResponses(401, 404, 409) },
    handler: async ({ user, params }) => {
      await registrations.cancelOwn(user, params.id);
      return undefined;
    },
  });

  api.route({
    method: 'delete',
    path: '/events/:id/registrations/:registrationId',
    summary: 'Organisers: cancel someone’s registration (e.g. one made on their behalf)',
    tags,
    auth: STAFF,
    request: { params: RegistrationParams },
    responses: { 204: { description: 'Cancelled' }, ...ErrorResponses(401, 403, 404, 409) },
    handler: async ({ user, params }) => {
      await registrations.cancelById(user, params.id, params.registrationId);
      return undefined;
    },
  });

  api.route({
    method: 'get',
    path: '/events/:id/registrations',
    compress: true,
    summary: 'Organisers: every registration with code and check-in; a registered participant: the other registered participants',
    tags,
    auth: 'user',
    request: { params: IdParams, query: RegistrationListQuery },
    responses: { 200: { description: 'In order of registration', schema: RegistrationPage }, ...ErrorResponses(400, 401, 403, 404) },
    handler: ({ user, params, query }) => registrations.list(user, params.id, query),
  });

  api.route({
    method: 'post',
    path: '/events/:id/checkin',
    summary: 'Organisers: check a registrant in by ticket code (a second scan answers the same)',
    tags,
    auth: STAFF,
    request: { params: IdParams, body: CheckinBody },
    responses: { 200: { description: 'Checked in', schema: RegistrationOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: async ({ user, params, body }) => registrations.present(await registrations.checkIn(user, params.id, body.code), 'organiser'),
  });

  registerMeetingRoutes(api, m);
}
