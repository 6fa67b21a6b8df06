// /api/events/:id/{suggestions,meetings,agenda,schedule} and /api/reports/events.
import {
  AgendaOutput,
  AgendaQuery,
  CreateMeetingBody,
  DeclineMeetingBody,
  EventsReportOutput,
  EventsReportQuery,
  IdParams,
  MeetingListQuery,
  MeetingOutput,
  MeetingPage,
  MeetingParams,
  ScheduleOutput,
  SuggestionList,
  SuggestionsQuery,
} from '@ketnoi/contract';
import { type ApiRegistry, STAFF } from '../../http/api.js';
import { sendFile } from '../../http/download.js';
import { ErrorResponses } from '../../openapi/errors.js';
import { pickLang } from '../matching/lang.js';
import type { EventsModule } from './index.js';

const tags = ['events'];

export function registerMeetingRoutes(api: ApiRegistry, m: EventsModule): void {
  const { meetings, suggestions, agenda, report } = m;

  api.route({
    method: 'get',
    path: '/events/:id/suggestions',
    summary: 'Whom to meet: the other registered participants ranked by the matching service, with reasons',
    description:
      'My seeks against their offers or expertise and theirs against mine, plus sector, geography, verified and language. ' +
      'Leaves out people I already have a request or meeting with and people who declined me.',
    tags,
    auth: 'user',
    request: { params: IdParams, query: SuggestionsQuery },
    responses: { 200: { description: 'Best first', schema: SuggestionList }, ...ErrorResponses(400, 401, 404, 409) },
    handler: ({ user, params, query, req }) =>
      suggestions.suggest(user, params.id, { limit: query.limit, lang: pickLang(query.lang, req.headers['accept-language']) }),
  });

  api.route({
    method: 'post',
    path: '/events/:id/meetings',
    summary: 'Ask another registered participant for a one-to-one meeting',
    tags,
    auth: 'user',
    request: { params: IdParams, body: CreateMeetingBody },
    responses: { 201: { description: 'Requested', schema: MeetingOutput }, ...ErrorResponses(400, 401, 404, 409) },
    handler: async ({ user, params, body }) => meetings.presentOne(await meetings.request(user, params.id, body)),
  });

  const action = (path: 'accept' | 'cancel', summary: string) =>
    api.route({
      method: 'post',
      path: `/events/:id/meetings/:meetingId/${path}`,
      summary,
      tags,
      auth: 'user',
      request: { params: MeetingParams },
      responses: { 200: { description: 'Meeting after the change', schema: MeetingOutput }, ...ErrorResponses(401, 403, 404, 409) },
      handler: async ({ user, params }) =>
        meetings.presentOne(
          path === 'accept'
            ? await meetings.accept(user, params.id, params.meetingId)
            : await meetings.cancel(user, params.id, params.meetingId),
        ),
    });
  action(
    'accept',
    'The invitee accepts: placed at once in the earliest slot where both people and a table are free (slot null when none is)',
  );
  action('cancel', 'Either side cancels a request or an accepted meeting (frees its slot)');

  api.route({
    method: 'post',
    path: '/events/:id/meetings/:meetingId/decline',
    summary: 'The invitee declines, with an optional reason',
    tags,
    auth: 'user',
    request: { params: MeetingParams, body: DeclineMeetingBody },
    responses: { 200: { description: 'Meeting after the change', schema: MeetingOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: async ({ user, params, body }) => meetings.presentOne(await meetings.decline(user, params.id, params.meetingId, body.reason)),
  });

  api.route({
    method: 'get',
    path: '/events/:id/meetings',
    compress: true,
    summary: 'A participant’s own meetings; organisers: every meeting of the event',
    tags,
    auth: 'user',
    request: { params: IdParams, query: MeetingListQuery },
    responses: { 200: { description: 'Newest first', schema: MeetingPage }, ...ErrorResponses(400, 401, 403, 404) },
    handler: ({ user, params, query }) => meetings.list(user, params.id, query),
  });

  api.route({
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
      ...ErrorResponses(400, 401, 403, 404),
    },
    handler: async ({ user, params, query, req, res }) => {
      if (query.format === 'json') return agenda.json(user, params.id, query.profileId);
      const lang = pickLang(query.lang, req.headers['accept-language']);
      const { filename, body } = await agenda.ics(user, params.id, query.profileId, lang);
      return sendFile(res, { contentType: 'text/calendar', filename, body });
    },
  });

  api.route({
    method: 'post',
    path: '/events/:id/schedule',
    summary: 'Organisers: place every accepted meeting anew (as many as possible, nobody twice at once, no table twice)',
    tags,
    auth: STAFF,
    request: { params: IdParams },
    responses: { 200: { description: 'The new plan', schema: ScheduleOutput }, ...ErrorResponses(401, 403, 404, 409) },
    handler: ({ user, params }) => meetings.schedule(user, params.id),
  });

  api.route({
    method: 'get',
    path: '/reports/events',
    summary: 'Events report: events by kind, registrations, check-ins, no-shows, meetings and intros that followed',
    description: 'Same scope rules as /reports/summary. Definitions in docs/EVENTS.md "Report".',
    tags: ['reports'],
    auth: STAFF,
    request: { query: EventsReportQuery },
    responses: { 200: { description: 'Report', schema: EventsReportOutput }, ...ErrorResponses(400, 401, 403) },
    handler: ({ user, query }) => report.report(user, query),
  });
}
