// Entries, scores, recusals, judging progress, results, publication and the scores CSV of a call.
import type { ApiRegistry } from '../../http/api.js';
import { sendFile } from '../../http/download.js';
import { pickLang } from '../matching/lang.js';
import type { CallsModule } from './index.js';
import { callsEndpoints } from '@ketnoi/contract/endpoints/calls';

export function registerJudgingRoutes(api: ApiRegistry, m: CallsModule): void {
  const { entries, judging, publication } = m;

  api.route(callsEndpoints.enter, { handler: ({ user, params, body }) => entries.submit(user, params.id, body) });

  api.route(callsEndpoints.entries, { compress: true, handler: ({ user, params, query }) => entries.list(user, params.id, query) });

  api.route(callsEndpoints.entry, { handler: ({ user, params }) => entries.get(user, params.id, params.entryId) });

  api.route(callsEndpoints.editEntry, { handler: ({ user, params, body }) => entries.patch(user, params.id, params.entryId, body) });

  api.route(callsEndpoints.withdrawEntry, { handler: ({ user, params }) => entries.withdraw(user, params.id, params.entryId) });

  api.route(callsEndpoints.score, { handler: ({ user, params, body }) => judging.score(user, params.id, params.entryId, body) });

  api.route(callsEndpoints.recuse, { handler: ({ user, params, body }) => judging.recuse(user, params.id, params.entryId, body) });

  api.route(callsEndpoints.judgingProgress, { handler: ({ user, params }) => judging.progress(user, params.id) });

  api.route(callsEndpoints.results, { handler: ({ user, params }) => publication.results(user, params.id) });

  api.route(callsEndpoints.publishResults, { handler: ({ user, params }) => publication.publish(user, params.id) });

  api.route(callsEndpoints.scoresCsv, {
    handler: async ({ user, params, query, req, res }) => {
      const { filename, csv } = await publication.scoresCsv(user, params.id, pickLang(query.lang, req.headers['accept-language']));
      return sendFile(res, { contentType: 'text/csv', filename, body: csv });
    },
  });
}
