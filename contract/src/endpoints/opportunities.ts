// The opportunities endpoints: what the API promises (server/src/modules/opportunities implements them).
import { endpoint, errorResponses } from '../endpoint.js';
import { IntroOutput } from '../intros.js';
import {
  CreateOpportunityBody,
  InterestBody,
  OpportunityIdParams,
  OpportunityListQuery,
  OpportunityOutput,
  OpportunityPage,
  UpdateOpportunityBody,
} from '../opportunities.js';

const tags = ['opportunities'];

export const opportunitiesEndpoints = {
  post: endpoint({
    method: 'post',
    path: '/opportunities',
    summary: 'Post an offer or a request from your profile',
    description:
      'Without `category` the server classifies the text (as for needs) and returns `suggestedCategories`. Open for 90 days ' +
      'unless `expiresAt` says otherwise (at most 365 days ahead). A profile has at most 50 open at once (409).',
    tags,
    auth: ['startup', 'expert', 'investor', 'provider'],
    request: { body: CreateOpportunityBody },
    responses: { 201: { description: 'Posted', schema: OpportunityOutput }, ...errorResponses(400, 401, 403, 409) },
  }),

  list: endpoint({
    method: 'get',
    path: '/opportunities',
    summary: 'Open offers and requests, newest first (no sign-in needed)',
    description:
      '`q` matches the starts of words of the title and description, diacritics and case ignored. Opportunities of hidden or ' +
      'suspended profiles, and of helpers in provinces that do not share with you, are never listed. `mine=true`: your own, of every status.',
    tags,
    auth: 'public',
    request: { query: OpportunityListQuery },
    responses: { 200: { description: 'A page of opportunities', schema: OpportunityPage }, ...errorResponses(400) },
  }),

  get: endpoint({
    method: 'get',
    path: '/opportunities/:id',
    summary: 'One opportunity, of any status, while its owner is a profile you may see',
    tags,
    auth: 'public',
    request: { params: OpportunityIdParams },
    responses: { 200: { description: 'Opportunity', schema: OpportunityOutput }, ...errorResponses(404) },
  }),

  update: endpoint({
    method: 'patch',
    path: '/opportunities/:id',
    summary: 'Edit, close (`status: closed`) or renew (a new `expiresAt`) your opportunity',
    description:
      'Renewing an expired opportunity opens it again, unless 20 of the profile are open (409); a closed one stays closed (409).',
    tags,
    auth: 'user',
    request: { params: OpportunityIdParams, body: UpdateOpportunityBody },
    responses: {
      200: { description: 'Opportunity after the change', schema: OpportunityOutput },
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),

  expressInterest: endpoint({
    method: 'post',
    path: '/opportunities/:id/interest',
    summary: 'Answer an opportunity: an introduction to its owner that carries `opportunityId`',
    description:
      'Every rule of introductions applies (who may meet whom, the cap on waiting requests, declared conflicts, one open ' +
      'intro per pair, staff approval). A closed or expired opportunity → 409.',
    tags,
    auth: 'user',
    request: { params: OpportunityIdParams, body: InterestBody },
    responses: { 201: { description: 'Introduction requested', schema: IntroOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  }),
};
