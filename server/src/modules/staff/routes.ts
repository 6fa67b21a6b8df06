// /api/staff/*: the province support office's tools. Every route is staff or admin; the scope
// policy (scope.ts) keeps staff inside their province.
import type { ApiRegistry } from '../../http/api.js';
import {
  ConflictBody,
  ConflictListQuery,
  ConflictOutput,
  ConflictPage,
  ContactBody,
  ContactListQuery,
  ContactOutput,
  ContactPage,
  IdParams,
  PolicyBody,
  PolicyOutput,
  PolicyQuery,
  QueueOutput,
  QueueQuery,
  VerificationBody,
  VerificationListQuery,
  VerificationOutput,
  VerificationPage,
} from '@ketnoi/contract';
import { ErrorResponses } from '../../openapi/errors.js';
import type { StaffTools } from './index.js';

const STAFF = ['staff', 'admin'] as const;
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

  api.route({
    method: 'post',
    path: '/staff/conflicts',
    summary: 'Declare a conflict of interest: the two profiles are never matched or introduced',
    tags,
    auth: STAFF,
    request: { body: ConflictBody },
    responses: { 201: { description: 'Declared', schema: ConflictOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: ({ user, body }) => staff.conflicts.declare(user, body),
  });

  api.route({
    method: 'get',
    path: '/staff/conflicts',
    summary: 'Declared conflicts of interest concerning the province',
    tags,
    auth: STAFF,
    request: { query: ConflictListQuery },
    responses: { 200: { description: 'A page of declarations', schema: ConflictPage }, ...ErrorResponses(400, 401, 403, 404) },
    handler: ({ user, query }) => staff.conflicts.list(user, query),
  });

  api.route({
    method: 'delete',
    path: '/staff/conflicts/:id',
    summary: 'Withdraw a conflict-of-interest declaration',
    tags,
    auth: STAFF,
    request: { params: IdParams },
    responses: { 204: { description: 'Removed' }, ...ErrorResponses(401, 403, 404) },
    handler: async ({ user, params }) => {
      await staff.conflicts.remove(user, params.id);
    },
  });

  api.route({
    method: 'get',
    path: '/staff/policy',
    summary: "A province's sharing, staff-approval and stale-need policy",
    tags,
    auth: STAFF,
    request: { query: PolicyQuery },
    responses: { 200: { description: 'Policy', schema: PolicyOutput }, ...ErrorResponses(400, 401, 403) },
    handler: ({ user, query }) => staff.policy.get(user, query.province),
  });

  api.route({
    method: 'put',
    path: '/staff/policy',
    summary: "Change a province's policy (staff of that province, or admin)",
    description: 'Only the fields given change. Sharing applies at once to search, the directory, intros and matches.',
    tags,
    auth: STAFF,
    request: { query: PolicyQuery, body: PolicyBody },
    responses: { 200: { description: 'Policy after the change', schema: PolicyOutput }, ...ErrorResponses(400, 401, 403) },
    handler: ({ user, query, body }) => staff.policy.update(user, query.province, body),
  });
}
