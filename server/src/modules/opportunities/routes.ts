import {
  CreateOpportunityBody,
  InterestBody,
  IntroOutput,
  OpportunityIdParams,
  OpportunityListQuery,
  OpportunityOutput,
  OpportunityPage,
  UpdateOpportunityBody,
} from '@ketnoi/contract';
import type { ApiRegistry } from '../../http/api.js';
import { ErrorResponses } from '../../openapi/errors.js';
import type { IntrosService } from '../intros/service.js';
import type { OpportunitiesService } from './service.js';

const tags = ['opportunities'];

export function registerOpportunityRoutes(api: ApiRegistry, opportunities: OpportunitiesService, intros: IntrosService): void {
  api.route({
    method: 'post',
    path: '/opportunities',
    summary: 'Post an offer or a request from your profile',
    description:
      'Without `category` the server classifies the text (as for needs) and returns `suggestedCategories`. Open for 90 days ' +
      'unless `expiresAt` says otherwise (at most 365 days ahead).',
    tags,
    auth: ['startup', 'expert', 'investor', 'provider'],
    request: { body: CreateOpportunityBody },
    responses: { 201: { description: 'Posted', schema: OpportunityOutput }, ...ErrorResponses(400, 401, 403, 409) },
    handler: async ({ user, body }) => opportunities.present(await opportunities.create(user, body), true),
  });

  api.route({
    method: 'get',
    path: '/opportunities',
    compress: true,
    summary: 'Open offers and requests, newest first (no sign-in needed)',
    description:
      '`q` matches the starts of words of the title and description, diacritics and case ignored. Opportunities of hidden or ' +
      'suspended profiles, and of helpers in provinces that do not share with you, are never listed. `mine=true`: your own, of every status.',
    tags,
    auth: 'public',
    request: { query: OpportunityListQuery },
    responses: { 200: { description: 'A page of opportunities', schema: OpportunityPage }, ...ErrorResponses(400) },
    handler: ({ user, query }) => opportunities.list(user, query),
  });

  api.route({
    method: 'get',
    path: '/opportunities/:id',
    summary: 'One opportunity, of any status, while its owner is a profile you may see',
    tags,
    auth: 'public',
    request: { params: OpportunityIdParams },
    responses: { 200: { description: 'Opportunity', schema: OpportunityOutput }, ...ErrorResponses(404) },
    handler: async ({ user, params }) => opportunities.present(await opportunities.get(user, params.id)),
  });

  api.route({
    method: 'patch',
    path: '/opportunities/:id',
    summary: 'Edit, close (`status: closed`) or renew (a new `expiresAt`) your opportunity',
    description: 'Renewing an expired opportunity opens it again; a closed one stays closed (409).',
    tags,
    auth: 'user',
    request: { params: OpportunityIdParams, body: UpdateOpportunityBody },
    responses: {
      200: { description: 'Opportunity after the change', schema: OpportunityOutput },
      ...ErrorResponses(400, 401, 403, 404, 409),
    },
    handler: async ({ user, params, body }) => opportunities.present(await opportunities.update(user, params.id, body)),
  });

  api.route({
    method: 'post',
    path: '/opportunities/:id/interest',
    summary: 'Answer an opportunity: an introduction to its owner that carries `opportunityId`',
    description:
      'Every rule of introductions applies (who may meet whom, the cap on waiting requests, declared conflicts, one open ' +
      'intro per pair, staff approval). A closed or expired opportunity → 409.',
    tags,
    auth: 'user',
    request: { params: OpportunityIdParams, body: InterestBody },
    responses: { 201: { description: 'Introduction requested', schema: IntroOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: async ({ user, params, body }) => intros.presentOne(await opportunities.interest(user, params.id, body.message)),
  });
}
