// The intros endpoints: what the API promises (server/src/modules/intros implements them).
import { type RequestSchemas, endpoint, errorResponses } from '../endpoint.js';
import { CreateIntroBody, DeclineBody, IntroListQuery, IntroOutput, IntroPage, RejectBody } from '../intros.js';
import { IdParams } from '../primitives.js';

/** A step in an introduction's life (POST /intros/:id/<step>); it answers the introduction after the change. */
const step = <const N extends string, const S extends RequestSchemas>(name: N, summary: string, request: S) =>
  endpoint({
    method: 'post',
    path: `/intros/:id/${name}`,
    summary,
    tags: ['intros'],
    auth: 'user',
    request,
    responses: { 200: { description: 'Introduction after the change', schema: IntroOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  });

export const introsEndpoints = {
  request: endpoint({
    method: 'post',
    path: '/intros',
    summary: 'Ask for an introduction from your profile, or (staff) broker one between two profiles',
    description:
      'Staff-brokered intros need both sides to accept (double opt-in). Province policy may start them as pending_staff. ' +
      'A profile may have 5 requests waiting for an answer (409) and send 10 in any 24 hours (429); staff brokering is not limited, ' +
      'but a broker must be able to see both profiles (404 otherwise).',
    tags: ['intros'],
    auth: 'user',
    request: { body: CreateIntroBody },
    responses: { 201: { description: 'Introduction requested', schema: IntroOutput }, ...errorResponses(400, 401, 403, 404, 409, 429) },
  }),

  list: endpoint({
    method: 'get',
    path: '/intros',
    summary: 'Your introductions: incoming, outgoing or all (staff: their province)',
    tags: ['intros'],
    auth: 'user',
    request: { query: IntroListQuery },
    responses: { 200: { description: 'A page of introductions, newest first', schema: IntroPage }, ...errorResponses(400, 401) },
  }),

  get: endpoint({
    method: 'get',
    path: '/intros/:id',
    summary: 'One introduction with its history',
    tags: ['intros'],
    auth: 'user',
    request: { params: IdParams },
    responses: { 200: { description: 'Introduction', schema: IntroOutput }, ...errorResponses(401, 404) },
  }),

  accept: step('accept', 'Accept (the side whose answer is awaited); a brokered intro is accepted when both sides have', {
    params: IdParams,
  }),
  decline: step('decline', 'Decline, with an optional reason', { params: IdParams, body: DeclineBody }),
  withdraw: step('withdraw', 'Withdraw your own request', { params: IdParams }),
  approve: step('approve', 'Staff: approve an intro waiting for staff (pending_staff → pending)', { params: IdParams }),
  reject: step('reject', 'Staff: reject an intro waiting for staff', { params: IdParams, body: RejectBody }),
};
