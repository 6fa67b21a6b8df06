// The events endpoints: what the API promises (server/src/modules/events implements them).
import { STAFF, endpoint, errorResponses } from '../endpoint.js';
import {
  AgendaOutput,
  AgendaQuery,
  CheckinBody,
  CreateEventBody,
  CreateMeetingBody,
  DeclineMeetingBody,
  EventCreatedOutput,
  EventListQuery,
  EventOutput,
  EventPage,
  EventRegisterBody,
  EventsReportOutput,
  EventsReportQuery,
  LangQuery,
  MeetingListQuery,
  MeetingOutput,
  MeetingPage,
  MeetingParams,
  OverlapList,
  OverlapsQuery,
  PatchEventBody,
  RegistrationListQuery,
  RegistrationOutput,
  RegistrationPage,
  RegistrationParams,
  ScheduleOutput,
  SuggestionList,
  SuggestionsQuery,
} from '../events.js';
import { IdParams } from '../primitives.js';

const tags = ['events'];

/** A step of a one-to-one meeting that takes no body (POST …/meetings/:meetingId/<step>); it answers the meeting after the change. */
const meetingStep = <const N extends string>(name: N, summary: string) =>
  endpoint({
    method: 'post',
    path: `/events/:id/meetings/:meetingId/${name}`,
    summary,
    tags,
    auth: 'user',
    request: { params: MeetingParams },
    responses: { 200: { description: 'Meeting after the change', schema: MeetingOutput }, ...errorResponses(401, 403, 404, 409) },
  });

export const eventsEndpoints = {
  create: endpoint({
    method: 'post',
    path: '/events',
    summary: 'Create an event of your province; the answer lists the region’s overlapping events',
    description:
      'Overlaps: other published events of the same region within 30 days that share a topic or the kind — a warning, never a refusal.',
    tags,
    auth: STAFF,
    request: { query: LangQuery, body: CreateEventBody },
    responses: { 201: { description: 'Event created', schema: EventCreatedOutput }, ...errorResponses(400, 401, 403) },
  }),

  overlaps: endpoint({
    method: 'get',
    path: '/events/overlaps',
    summary: 'Published events of the region within 30 days sharing a topic or kind, asked before creating one',
    tags,
    auth: STAFF,
    request: { query: OverlapsQuery },
    responses: { 200: { description: 'Closest first', schema: OverlapList }, ...errorResponses(400, 401, 403) },
  }),

  calendar: endpoint({
    method: 'get',
    path: '/events',
    summary: 'The public calendar: published events, soonest first (no sign-in needed)',
    description:
      '`province` matches organisers and co-organisers; `from` (default now) keeps events not ended by then, `to` events starting before then. ' +
      'Staff add `status=draft` for their province’s drafts.',
    tags,
    auth: 'public',
    request: { query: EventListQuery },
    responses: { 200: { description: 'A page of events', schema: EventPage }, ...errorResponses(400, 403) },
  }),

  get: endpoint({
    method: 'get',
    path: '/events/:id',
    summary: 'One event (drafts: its organisers only); signed in, with your registration',
    tags,
    auth: 'public',
    request: { params: IdParams },
    responses: { 200: { description: 'Event', schema: EventOutput }, ...errorResponses(404) },
  }),

  update: endpoint({
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
    responses: { 200: { description: 'Event after the change', schema: EventOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  }),

  register: endpoint({
    method: 'post',
    path: '/events/:id/registrations',
    summary: 'Register your profile (staff: a profile of their province, with profileId); full events put you on the waitlist',
    tags,
    auth: 'user',
    request: { params: IdParams, body: EventRegisterBody },
    responses: {
      201: { description: 'Registered, or waitlisted when the event is full', schema: RegistrationOutput },
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),

  cancelOwnRegistration: endpoint({
    method: 'delete',
    path: '/events/:id/registrations/me',
    summary: 'Cancel your registration; the first on the waitlist moves up and is told',
    tags,
    auth: 'user',
    request: { params: IdParams },
    responses: { 204: { description: 'Cancelled' }, ...errorResponses(401, 404, 409) },
  }),

  cancelRegistration: endpoint({
    method: 'delete',
    path: '/events/:id/registrations/:registrationId',
    summary: 'Organisers: cancel someone’s registration (e.g. one made on their behalf)',
    tags,
    auth: STAFF,
    request: { params: RegistrationParams },
    responses: { 204: { description: 'Cancelled' }, ...errorResponses(401, 403, 404, 409) },
  }),

  registrations: endpoint({
    method: 'get',
    path: '/events/:id/registrations',
    summary: 'Organisers: every registration with code and check-in; a registered participant: the other registered participants',
    tags,
    auth: 'user',
    request: { params: IdParams, query: RegistrationListQuery },
    responses: { 200: { description: 'In order of registration', schema: RegistrationPage }, ...errorResponses(400, 401, 403, 404) },
  }),

  checkIn: endpoint({
    method: 'post',
    path: '/events/:id/checkin',
    summary: 'Organisers: check a registrant in by ticket code (a second scan answers the same)',
    tags,
    auth: STAFF,
    request: { params: IdParams, body: CheckinBody },
    responses: { 200: { description: 'Checked in', schema: RegistrationOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  }),

  undoCheckIn: endpoint({
    method: 'delete',
    path: '/events/:id/registrations/:registrationId/checkin',
    summary: 'Organisers: undo a check-in made by mistake (answers the registration, checked in or not)',
    tags,
    auth: STAFF,
    request: { params: RegistrationParams },
    responses: { 200: { description: 'Not checked in', schema: RegistrationOutput }, ...errorResponses(401, 403, 404, 409) },
  }),

  suggestions: endpoint({
    method: 'get',
    path: '/events/:id/suggestions',
    summary: 'Whom to meet: the other registered participants ranked by the matching service, with reasons',
    description:
      'My seeks against their offers or expertise and theirs against mine, plus sector, geography, verified and language. ' +
      'Leaves out people I already have a request or meeting with and people who declined me.',
    tags,
    auth: 'user',
    request: { params: IdParams, query: SuggestionsQuery },
    responses: { 200: { description: 'Best first', schema: SuggestionList }, ...errorResponses(400, 401, 403, 404, 409) },
  }),

  requestMeeting: endpoint({
    method: 'post',
    path: '/events/:id/meetings',
    summary: 'Ask another registered participant for a one-to-one meeting',
    description:
      'Per participant and event: at most 10 requests waiting for an answer and 2 to the same person (409), and 20 in ' +
      'any 24 hours, cancelled ones included (429 with Retry-After).',
    tags,
    auth: 'user',
    request: { params: IdParams, body: CreateMeetingBody },
    responses: { 201: { description: 'Requested', schema: MeetingOutput }, ...errorResponses(400, 401, 404, 409, 429) },
  }),

  acceptMeeting: meetingStep(
    'accept',
    'The invitee accepts: placed at once in the earliest slot where both people and a table are free (slot null when none is)',
  ),
  cancelMeeting: meetingStep('cancel', 'Either side cancels a request or an accepted meeting (frees its slot)'),

  declineMeeting: endpoint({
    method: 'post',
    path: '/events/:id/meetings/:meetingId/decline',
    summary: 'The invitee declines, with an optional reason',
    tags,
    auth: 'user',
    request: { params: MeetingParams, body: DeclineMeetingBody },
    responses: { 200: { description: 'Meeting after the change', schema: MeetingOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  }),

  meetings: endpoint({
    method: 'get',
    path: '/events/:id/meetings',
    summary: 'A participant’s own meetings; organisers: every meeting of the event',
    tags,
    auth: 'user',
    request: { params: IdParams, query: MeetingListQuery },
    responses: { 200: { description: 'Newest first', schema: MeetingPage }, ...errorResponses(400, 401, 403, 404) },
  }),

  agenda: endpoint({
    method: 'get',
    path: '/events/:id/agenda',
    summary: 'Your agenda: accepted meetings in time order with slot and table; ?format=ics for a calendar file',
    description:
      'format=ics answers text/calendar (RFC 5545): the event and one VEVENT per placed meeting, with stable UIDs. Organisers may pass profileId.',
    tags,
    auth: 'user',
    request: { params: IdParams, query: AgendaQuery },
    responses: {
      200: { description: 'Agenda (JSON) or an iCalendar file', schema: AgendaOutput },
      ...errorResponses(400, 401, 403, 404),
    },
  }),

  schedule: endpoint({
    method: 'post',
    path: '/events/:id/schedule',
    summary: 'Organisers: place every accepted meeting anew (as many as possible, nobody twice at once, no table twice)',
    tags,
    auth: STAFF,
    request: { params: IdParams },
    responses: { 200: { description: 'The new plan', schema: ScheduleOutput }, ...errorResponses(401, 403, 404, 409) },
  }),

  report: endpoint({
    method: 'get',
    path: '/reports/events',
    summary: 'Events report: events by kind, registrations, check-ins, no-shows, meetings and intros that followed',
    description: 'Same scope rules as /reports/summary. Definitions in docs/EVENTS.md "Report".',
    tags: ['reports'],
    auth: STAFF,
    request: { query: EventsReportQuery },
    responses: { 200: { description: 'Report', schema: EventsReportOutput }, ...errorResponses(400, 401, 403) },
  }),
};
