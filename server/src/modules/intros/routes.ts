import type { ApiRegistry } from '../../http/api.js';
import { CreateIntroBody, DeclineBody, IdParams, IntroListQuery, IntroOutput, IntroPage, RejectBody } from '@ketnoi/contract';
import { ErrorResponses } from '../../openapi/errors.js';
import type { IntrosService } from './service.js';

export function registerIntroRoutes(api: ApiRegistry, intros: IntrosService): void {
  api.route({
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
    responses: { 201: { description: 'Introduction requested', schema: IntroOutput }, ...ErrorResponses(400, 401, 403, 404, 409, 429) },
    handler: async ({ user, body }) => intros.presentOne(await intros.create(user, body)),
  });

  api.route({
    method: 'get',
    path: '/intros',
    compress: true,
    summary: 'Your introductions: incoming, outgoing or all (staff: their province)',
    tags: ['intros'],
    auth: 'user',
    request: { query: IntroListQuery },
    responses: { 200: { description: 'A page of introductions, newest first', schema: IntroPage }, ...ErrorResponses(400, 401) },
    handler: ({ user, query }) => intros.list(user, query),
  });

  api.route({
    method: 'get',
    path: '/intros/:id',
    summary: 'One introduction with its history',
    tags: ['intros'],
    auth: 'user',
    request: { params: IdParams },
    responses: { 200: { description: 'Introduction', schema: IntroOutput }, ...ErrorResponses(401, 404) },
    handler: async ({ user, params }) => intros.presentOne(await intros.get(user, params.id)),
  });

  const action = (
    path: string,
    summary: string,
    run: (
      user: Parameters<IntrosService['accept']>[0],
      id: string,
      body: { reason?: string } | undefined,
    ) => ReturnType<IntrosService['accept']>,
    body?: typeof DeclineBody,
  ) => {
    api.route({
      method: 'post',
      path: `/intros/:id/${path}`,
      summary,
      tags: ['intros'],
      auth: 'user',
      request: body ? { params: IdParams, body } : { params: IdParams },
      responses: { 200: { description: 'Introduction after the change', schema: IntroOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
      handler: async ({ user, params, body: input }) =>
        intros.presentOne(await run(user, params.id, input as { reason?: string } | undefined)),
    });
  };
  action('accept', 'Accept (the side whose answer is awaited); a brokered intro is accepted when both sides have', (u, id) =>
    intros.accept(u, id),
  );
  action('decline', 'Decline, with an optional reason', (u, id, b) => intros.decline(u, id, b?.reason), DeclineBody);
  action('withdraw', 'Withdraw your own request', (u, id) => intros.withdraw(u, id));
  action('approve', 'Staff: approve an intro waiting for staff (pending_staff → pending)', (u, id) => intros.approve(u, id));
  action('reject', 'Staff: reject an intro waiting for staff', (u, id, b) => intros.reject(u, id, b?.reason), RejectBody);
}
