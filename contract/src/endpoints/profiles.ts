// The profiles endpoints: what the API promises (server/src/modules/profiles implements them).
import { STAFF, endpoint, errorResponses } from '../endpoint.js';
import { AnyProfileBody, DirectoryQuery, ProfileIdParams, ProfileOutput, ProfilePage } from '../profiles.js';

export const profilesEndpoints = {
  own: endpoint({
    method: 'get',
    path: '/profiles/me',
    summary: 'Your own profile (404 before it is created)',
    tags: ['profiles'],
    auth: 'user',
    responses: { 200: { description: 'Own profile, with contact', schema: ProfileOutput }, ...errorResponses(401, 404) },
  }),

  saveOwn: endpoint({
    method: 'put',
    path: '/profiles/me',
    summary: 'Create or replace your own profile (fields depend on your role)',
    description: 'The body is the profile of your kind (= your role). `verified` can only be set by staff.',
    tags: ['profiles'],
    auth: ['startup', 'expert', 'investor', 'provider'],
    docBody: AnyProfileBody,
    responses: {
      200: { description: 'Profile saved', schema: ProfileOutput },
      201: { description: 'Profile created', schema: ProfileOutput },
      ...errorResponses(400, 401, 403),
    },
  }),

  directory: endpoint({
    method: 'get',
    path: '/profiles',
    summary: 'Directory of profiles with filters',
    tags: ['profiles'],
    auth: 'public',
    request: { query: DirectoryQuery },
    responses: { 200: { description: 'A page of profiles, sorted by name', schema: ProfilePage }, ...errorResponses(400) },
  }),

  get: endpoint({
    method: 'get',
    path: '/profiles/:id',
    summary: 'Public view of a profile; contact only for connected parties and staff of its province',
    tags: ['profiles'],
    auth: 'public',
    request: { params: ProfileIdParams },
    responses: { 200: { description: 'Profile', schema: ProfileOutput }, ...errorResponses(404) },
  }),

  saveAsStaff: endpoint({
    method: 'put',
    path: '/profiles/:id',
    summary: 'Edit a profile as staff of its province, or as admin (may set `verified`)',
    tags: ['profiles'],
    auth: STAFF,
    request: { params: ProfileIdParams },
    docBody: AnyProfileBody,
    responses: { 200: { description: 'Profile saved', schema: ProfileOutput }, ...errorResponses(400, 401, 403, 404) },
  }),
};
