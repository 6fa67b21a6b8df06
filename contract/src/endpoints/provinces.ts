// The provinces endpoints: what the API promises (server/src/modules/provinces implements them).
import { STAFF, endpoint, errorResponses } from '../endpoint.js';
import { PolicyBody, PolicyOutput, PolicyQuery } from '../staff.js';

const tags = ['staff'];

export const provincesEndpoints = {
  policy: endpoint({
    method: 'get',
    path: '/staff/policy',
    summary: "A province's sharing, staff-approval and stale-need policy",
    tags,
    auth: STAFF,
    request: { query: PolicyQuery },
    responses: { 200: { description: 'Policy', schema: PolicyOutput }, ...errorResponses(400, 401, 403) },
  }),

  updatePolicy: endpoint({
    method: 'put',
    path: '/staff/policy',
    summary: "Change a province's policy (staff of that province, or admin)",
    description: 'Only the fields given change. Sharing applies at once to search, the directory, intros and matches.',
    tags,
    auth: STAFF,
    request: { query: PolicyQuery, body: PolicyBody },
    responses: { 200: { description: 'Policy after the change', schema: PolicyOutput }, ...errorResponses(400, 401, 403) },
  }),
};
