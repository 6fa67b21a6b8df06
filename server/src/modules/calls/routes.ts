// /api/events/:id/call, /api/calls/*: the call itself, the public list, judges' assignments and
// the rubric templates (entries, judging and results are in judgingRoutes.ts). Handlers validate,
// authorise (policy.ts, inside the services), call a service and present.
import type { ApiRegistry } from '../../http/api.js';
import type { CallsModule } from './index.js';
import { registerJudgingRoutes } from './judgingRoutes.js';
import { callsEndpoints } from '@ketnoi/contract/endpoints/calls';

export function registerCallRoutes(api: ApiRegistry, m: CallsModule): void {
  const { calls } = m;

  api.route(callsEndpoints.templates, { handler: () => ({ items: calls.templates() }) });

  api.route(callsEndpoints.assignments, { handler: async ({ user }) => ({ items: await calls.assignments(user) }) });

  api.route(callsEndpoints.list, { handler: ({ query }) => calls.list(query) });

  api.route(callsEndpoints.save, { handler: ({ user, params, body }) => calls.put(user, params.id, body) });

  api.route(callsEndpoints.get, { handler: ({ user, params }) => calls.get(user, params.id) });

  api.route(callsEndpoints.judgeCandidates, {
    handler: async ({ user, params, query }) => ({ items: await calls.judgeCandidates(user, params.id, query.q) }),
  });

  registerJudgingRoutes(api, m);
}
