// The consultations endpoints: what the API promises (server/src/modules/consultations implements them).
import { endpoint, errorResponses } from '../endpoint.js';
import {
  CancelBody,
  CompleteBody,
  ConsultationList,
  ConsultationListQuery,
  ConsultationOutput,
  FeedbackBody,
  RescheduleBody,
  ScheduleBody,
} from '../consultations.js';
import { IdParams } from '../primitives.js';

const errors = errorResponses(400, 401, 403, 404, 409);
/** Scheduling, moving and cancelling mail the other side: limited per person and intro. */
const changeErrors = errorResponses(400, 401, 403, 404, 409, 429);
const CHANGE_LIMIT = 'Scheduling, moving and cancelling together: at most 10 a day per person and introduction (429 with Retry-After).';

export const consultationsEndpoints = {
  schedule: endpoint({
    method: 'post',
    path: '/consultations',
    summary: 'Schedule a consultation on an accepted intro, or book a provider resource (startsAt + endsAt + resource)',
    description: CHANGE_LIMIT,
    tags: ['consultations'],
    auth: 'user',
    request: { body: ScheduleBody },
    responses: { 201: { description: 'Scheduled', schema: ConsultationOutput }, ...changeErrors },
  }),

  list: endpoint({
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
      ...errorResponses(400, 401),
    },
  }),

  get: endpoint({
    method: 'get',
    path: '/consultations/:id',
    summary: 'One consultation',
    tags: ['consultations'],
    auth: 'user',
    request: { params: IdParams },
    responses: { 200: { description: 'Consultation', schema: ConsultationOutput }, ...errorResponses(401, 404) },
  }),

  complete: endpoint({
    method: 'post',
    path: '/consultations/:id/complete',
    summary: 'The expert or provider records the outcome',
    tags: ['consultations'],
    auth: 'user',
    request: { params: IdParams, body: CompleteBody },
    responses: { 200: { description: 'Completed', schema: ConsultationOutput }, ...errors },
  }),

  cancel: endpoint({
    method: 'post',
    path: '/consultations/:id/cancel',
    summary: 'Cancel a scheduled consultation (either side)',
    description: CHANGE_LIMIT,
    tags: ['consultations'],
    auth: 'user',
    request: { params: IdParams, body: CancelBody },
    responses: { 200: { description: 'Cancelled', schema: ConsultationOutput }, ...changeErrors },
  }),

  reschedule: endpoint({
    method: 'post',
    path: '/consultations/:id/reschedule',
    summary: 'Move a scheduled consultation or booking (either side); both sides get a mail with the updated calendar entry',
    description: CHANGE_LIMIT,
    tags: ['consultations'],
    auth: 'user',
    request: { params: IdParams, body: RescheduleBody },
    responses: { 200: { description: 'Moved', schema: ConsultationOutput }, ...changeErrors },
  }),

  feedback: endpoint({
    method: 'post',
    path: '/consultations/:id/feedback',
    summary: 'The startup rates a completed consultation (1–5); `resolved: true` confirms its need is met',
    tags: ['consultations'],
    auth: 'user',
    request: { params: IdParams, body: FeedbackBody },
    responses: { 200: { description: 'Feedback recorded', schema: ConsultationOutput }, ...errors },
  }),

  confirm: endpoint({
    method: 'post',
    path: '/consultations/:id/confirm',
    summary: 'The startup confirms the recorded outcome resolved its need',
    tags: ['consultations'],
    auth: 'user',
    request: { params: IdParams },
    responses: { 200: { description: 'Confirmed; the need is resolved', schema: ConsultationOutput }, ...errors },
  }),
};
