// The staff endpoints: what the API promises (server/src/modules/staff implements them).
import { STAFF, endpoint, errorResponses } from '../endpoint.js';
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
} from '../staff.js';

const tags = ['staff'];

export const staffEndpoints = {
  queue: endpoint({
    method: 'get',
    path: '/staff/queue',
    summary: 'Work queue: intros awaiting staff, stale needs, stalled intros, unanswered experts',
    tags,
    auth: STAFF,
    request: { query: QueueQuery },
    responses: { 200: { description: 'The queue; every item lists its actions', schema: QueueOutput }, ...errorResponses(400, 401, 403) },
  }),

  logContact: endpoint({
    method: 'post',
    path: '/staff/contacts',
    summary: 'Log a phone, Zalo, meeting or e-mail contact about a startup, profile, need or intro',
    tags,
    auth: STAFF,
    request: { body: ContactBody },
    responses: { 201: { description: 'Logged', schema: ContactOutput }, ...errorResponses(400, 401, 403, 404) },
  }),

  contacts: endpoint({
    method: 'get',
    path: '/staff/contacts',
    summary: 'Contact log, newest contact first',
    tags,
    auth: STAFF,
    request: { query: ContactListQuery },
    responses: { 200: { description: 'A page of log entries', schema: ContactPage }, ...errorResponses(400, 401, 403, 404) },
  }),

  recordVerification: endpoint({
    method: 'post',
    path: '/staff/verifications',
    summary: "Record a credential check and set the profile's verified flag",
    tags,
    auth: STAFF,
    request: { body: VerificationBody },
    responses: { 201: { description: 'Recorded', schema: VerificationOutput }, ...errorResponses(400, 401, 403, 404) },
  }),

  verifications: endpoint({
    method: 'get',
    path: '/staff/verifications',
    summary: 'Credential checks, newest first',
    tags,
    auth: STAFF,
    request: { query: VerificationListQuery },
    responses: { 200: { description: 'A page of verification records', schema: VerificationPage }, ...errorResponses(400, 401, 403, 404) },
  }),
};
