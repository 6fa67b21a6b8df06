// /api/events/:id/{suggestions,meetings,agenda,schedule} and /api/reports/events.
import type { ApiRegistry } from '../../http/api.js';
import { sendFile } from '../../http/download.js';
import { pickLang } from '../matching/lang.js';
import type { EventsModule } from './index.js';
import { eventsEndpoints } from '@ketnoi/contract/endpoints/events';

export function registerMeetingRoutes(api: ApiRegistry, m: EventsModule): void {
  const { meetings, suggestions, agenda, report } = m;

  api.route(eventsEndpoints.suggestions, {
    handler: ({ user, params, query, req }) =>
      suggestions.suggest(user, params.id, { limit: query.limit, lang: pickLang(query.lang, req.headers['accept-language']) }),
  });

  api.route(eventsEndpoints.requestMeeting, {
    handler: async ({ user, params, body }) => meetings.presentOne(await meetings.request(user, params.id, body)),
  });

  api.route(eventsEndpoints.acceptMeeting, {
    handler: async ({ user, params }) => meetings.presentOne(await meetings.accept(user, params.id, params.meetingId)),
  });

  api.route(eventsEndpoints.cancelMeeting, {
    handler: async ({ user, params }) => meetings.presentOne(await meetings.cancel(user, params.id, params.meetingId)),
  });

  api.route(eventsEndpoints.declineMeeting, {
    handler: async ({ user, params, body }) => meetings.presentOne(await meetings.decline(user, params.id, params.meetingId, body.reason)),
  });

  api.route(eventsEndpoints.meetings, { compress: true, handler: ({ user, params, query }) => meetings.list(user, params.id, query) });

  api.route(eventsEndpoints.agenda, {
    handler: async ({ user, params, query, req, res }) => {
      if (query.format === 'json') return agenda.json(user, params.id, query.profileId);
      const lang = pickLang(query.lang, req.headers['accept-language']);
      const { filename, body } = await agenda.ics(user, params.id, query.profileId, lang);
      return sendFile(res, { contentType: 'text/calendar', filename, body });
    },
  });

  api.route(eventsEndpoints.schedule, { handler: ({ user, params }) => meetings.schedule(user, params.id) });

  api.route(eventsEndpoints.report, { handler: ({ user, query }) => report.report(user, query) });
}
