// /api/staff/*: the province support office's tools. Every route is staff or admin; the scope
// policy (scope.ts) keeps staff inside their province.
import { type ApiRegistry, STAFF } from '../../http/api.js';
import {
  ContactBody,
  ContactListQuery,
  ContactOutput,
  ContactPage,
  QueueOutput,
  QueueQuery,
  VerificationBody,
  VerificationListQuery,
  VerificationOutput,
  VerificationPage,
} from '@ketnoi/contract';
import { ErrorResponses } from '../../openapi/errors.js';
import type { StaffTools } from './index.js';

const tags = ['staff'];

export function registerStaffRoutes(api: ApiRegistry, staff: StaffTools): void {
  api.route({
    method: 'get',
    path: '/staff/queue',
    compress: true,
    summary: 'Work queue: intros awaiting staff, stale needs, stalled intros, unanswered experts',
    tags,
    auth: STAFF,
    request: { query: QueueQuery },
    responses: { 200: { description: 'The queue; every item lists its actions', schema: QueueOutput }, ...ErrorResponses(400, 401, 403) },
    handler: ({ user, query }) => staff.queue.build(user, query),
  });

  api.route({
    method: 'post',
    path: '/staff/contacts',
    summary: 'Log a phone, Zalo, meeting or e-mail contact about a startup, profile, need or intro',
    tags,
    auth: STAFF,
    request: { body: ContactBody },
    responses: { 201: { description: 'Logged', schema: ContactOutput }, ...ErrorResponses(400, 401, 403, 404) },
    handler: ({ user, body }) => staff.contacts.log(user, body),
  });

  api.route({
    method: 'get',
    path: '/staff/contacts',
    summary: 'Contact log, newest contact first',
    tags,
    auth: STAFF,
    request: { query: ContactListQuery },
    responses: { 200: { description: 'A page of log entries', schema: ContactPage }, ...ErrorResponses(400, 401, 403, 404) },
    handler: ({ user, query }) => staff.contacts.list(user, query),
  });

  api.route({
    method: 'post',
    path: '/staff/verifications',
    summary: "Record a credential check and set the profile's verified flag",
    tags,
    auth: STAFF,
    request: { body: VerificationBody },
    responses: { 201: { description: 'Recorded', schema: VerificationOutput }, ...ErrorResponses(400, 401, 403, 404) },
    handler: ({ user, body }) => staff.verifications.record(user, body),
  });

  api.route({
    method: 'get',
    path: '/staff/verifications',
    summary: 'Credential checks, newest first',
    tags,
    auth: STAFF,
    request: { query: VerificationListQuery },
    responses: { 200: { description: 'A page of verification records', schema: VerificationPage }, ...ErrorResponses(400, 401, 403, 404) },
    handler: ({ user, query }) => staff.verifications.list(user, query),
  });
}
