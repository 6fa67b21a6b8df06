// /api/events/:id/call, /api/calls/*: the call itself, the public list, judges' assignments and
// the rubric templates (entries, judging and results are in judgingRoutes.ts). Handlers validate,
// authorise (policy.ts, inside the services), call a service and present.
import {
  AssignmentList,
  CallBody,
  CallListQuery,
  CallOutput,
  CallPage,
  CallTemplateList,
  IdParams,
  JudgeCandidateList,
  JudgeCandidatesQuery,
} from '@ketnoi/contract';
import { type ApiRegistry, STAFF } from '../../http/api.js';
import { ErrorResponses } from '../../openapi/errors.js';
import type { CallsModule } from './index.js';
import { registerJudgingRoutes } from './judgingRoutes.js';

const tags = ['calls'];

export function registerCallRoutes(api: ApiRegistry, m: CallsModule): void {
  const { calls } = m;

  api.route({
    method: 'get',
    path: '/calls/templates',
    summary: 'Rubric templates the call editor starts from (common Vietnamese scoring rules)',
    tags,
    auth: 'public',
    responses: { 200: { description: 'Templates with questions and weighted criteria', schema: CallTemplateList } },
    handler: () => ({ items: calls.templates() }),
  });

  api.route({
    method: 'get',
    path: '/calls/assignments',
    summary: 'Judges: the calls you judge, with what is left to score',
    tags,
    auth: 'user',
    responses: { 200: { description: 'Newest deadline first', schema: AssignmentList }, ...ErrorResponses(401) },
    handler: async ({ user }) => ({ items: await calls.assignments(user) }),
  });

  api.route({
    method: 'get',
    path: '/calls',
    summary: 'Calls for entries of published events: open (by deadline), closed, or with published results',
    tags,
    auth: 'public',
    request: { query: CallListQuery },
    responses: { 200: { description: 'A page of calls', schema: CallPage }, ...ErrorResponses(400) },
    handler: ({ query }) => calls.list(query),
  });

  api.route({
    method: 'put',
    path: '/events/:id/call',
    summary: 'Organiser: open or rewrite the event’s call for entries (window, questions, weighted criteria, judges)',
    description:
      'Weights are positive and need not add up to 1. Once a judge has scored, the criteria (codes, weights, maxima) are locked: 409. ' +
      'Judges who have scored stay on the jury; new judges are notified.',
    tags,
    auth: STAFF,
    request: { params: IdParams, body: CallBody },
    responses: { 200: { description: 'The call as saved', schema: CallOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: ({ user, params, body }) => calls.put(user, params.id, body),
  });

  api.route({
    method: 'get',
    path: '/events/:id/call',
    summary: 'The event’s call for entries (anyone while the event is published); signed in, with your entry and role',
    tags,
    auth: 'public',
    request: { params: IdParams },
    responses: { 200: { description: 'The call', schema: CallOutput }, ...ErrorResponses(404) },
    handler: ({ user, params }) => calls.get(user, params.id),
  });

  api.route({
    method: 'get',
    path: '/events/:id/call/judge-candidates',
    summary: 'Organiser: people who can sit on the jury (staff of the event’s provinces, experts serving them)',
    tags,
    auth: STAFF,
    request: { params: IdParams, query: JudgeCandidatesQuery },
    responses: { 200: { description: 'At most 50', schema: JudgeCandidateList }, ...ErrorResponses(400, 401, 403, 404) },
    handler: async ({ user, params, query }) => ({ items: await calls.judgeCandidates(user, params.id, query.q) }),
  });

  registerJudgingRoutes(api, m);
}
