import type { ApiRegistry } from '../../http/api.js';
import {
  CancelBody,
  CompleteBody,
  ConsultationList,
  ConsultationListQuery,
  ConsultationOutput,
  FeedbackBody,
  IdParams,
  RescheduleBody,
  ScheduleBody,
} from '@ketnoi/contract';
import { ErrorResponses } from '../../openapi/errors.js';
import type { ConsultationsService } from './service.js';

export function registerConsultationRoutes(api: ApiRegistry, consultations: ConsultationsService): void {
  const errors = ErrorResponses(400, 401, 403, 404, 409);

  api.route({
    method: 'post',
    path: '/consultations',
    summary: 'Schedule a consultation on an accepted intro, or book a provider resource (startsAt + endsAt + resource)',
    tags: ['consultations'],
    auth: 'user',
    request: { body: ScheduleBody },
    responses: { 201: { description: 'Scheduled', schema: ConsultationOutput }, ...errors },
    handler: async ({ user, body }) => consultations.presentOne(await consultations.schedule(user, body)),
  });

  api.route({
    method: 'get',
    path: '/consultations',
    summary: 'Your consultations (staff: their province)',
    tags: ['consultations'],
    auth: 'user',
    request: { query: ConsultationListQuery },
    responses: {
      200: {
        description: 'Consultations, latest start first',
        schema: ConsultationList,
      },
      ...ErrorResponses(400, 401),
    },
    handler: async ({ user, query }) => ({
      items: await consultations.present(await consultations.list(user, query.status, query.limit)),
      nextCursor: null,
    }),
  });

  api.route({
    method: 'get',
    path: '/consultations/:id',
    summary: 'One consultation',
    tags: ['consultations'],
    auth: 'user',
    request: { params: IdParams },
    responses: { 200: { description: 'Consultation', schema: ConsultationOutput }, ...ErrorResponses(401, 404) },
    handler: async ({ user, params }) => consultations.presentOne(await consultations.get(user, params.id)),
  });

  api.route({
    method: 'post',
    path: '/consultations/:id/complete',
    summary: 'The expert or provider records the outcome',
    tags: ['consultations'],
    auth: 'user',
    request: { params: IdParams, body: CompleteBody },
    responses: { 200: { description: 'Completed', schema: ConsultationOutput }, ...errors },
    handler: async ({ user, params, body }) => consultations.presentOne(await consultations.complete(user, params.id, body.outcome)),
  });

  api.route({
    method: 'post',
    path: '/consultations/:id/cancel',
    summary: 'Cancel a scheduled consultation (either side)',
    tags: ['consultations'],
    auth: 'user',
    request: { params: IdParams, body: CancelBody },
    responses: { 200: { description: 'Cancelled', schema: ConsultationOutput }, ...errors },
    handler: async ({ user, params, body }) => consultations.presentOne(await consultations.cancel(user, params.id, body.reason)),
  });

  api.route({
    method: 'post',
    path: '/consultations/:id/reschedule',
    summary: 'Move a scheduled consultation or booking (either side); both sides get a mail with the updated calendar entry',
    tags: ['consultations'],
    auth: 'user',
    request: { params: IdParams, body: RescheduleBody },
    responses: { 200: { description: 'Moved', schema: ConsultationOutput }, ...errors },
    handler: async ({ user, params, body }) => consultations.presentOne(await consultations.reschedule(user, params.id, body)),
  });

  api.route({
    method: 'post',
    path: '/consultations/:id/feedback',
    summary: 'The startup rates a completed consultation (1–5); `resolved: true` confirms its need is met',
    tags: ['consultations'],
    auth: 'user',
    request: { params: IdParams, body: FeedbackBody },
    responses: { 200: { description: 'Feedback recorded', schema: ConsultationOutput }, ...errors },
    handler: async ({ user, params, body }) => consultations.presentOne(await consultations.feedback(user, params.id, body)),
  });

  api.route({
    method: 'post',
    path: '/consultations/:id/confirm',
    summary: 'The startup confirms the recorded outcome resolved its need',
    tags: ['consultations'],
    auth: 'user',
    request: { params: IdParams },
    responses: { 200: { description: 'Confirmed; the need is resolved', schema: ConsultationOutput }, ...errors },
    handler: async ({ user, params }) => consultations.presentOne(await consultations.confirm(user, params.id)),
  });
}
