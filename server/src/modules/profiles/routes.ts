import { type ApiRegistry, STAFF } from '../../http/api.js';
import { NotFoundError } from '../../lib/errors.js';
import { ErrorResponses } from '../../openapi/errors.js';
import { presentProfile } from './presenter.js';
import { AnyProfileBody, DirectoryQuery, ProfileIdParams, ProfileOutput, ProfilePage } from '@ketnoi/contract';
import type { ProfilesService } from './service.js';

export function registerProfileRoutes(api: ApiRegistry, profiles: ProfilesService): void {
  api.route({
    method: 'get',
    path: '/profiles/me',
    summary: 'Your own profile (404 before it is created)',
    tags: ['profiles'],
    auth: 'user',
    responses: { 200: { description: 'Own profile, with contact', schema: ProfileOutput }, ...ErrorResponses(401, 404) },
    handler: async ({ user }) => {
      const own = await profiles.ownProfile(user);
      if (!own) throw new NotFoundError('Profile');
      return presentProfile(own, { includeContact: true, includeModeration: true });
    },
  });

  api.route({
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
      ...ErrorResponses(400, 401, 403),
    },
    handler: async ({ user, req, res }) => {
      const { profile, created } = await profiles.saveOwn(user, req.body);
      res.status(created ? 201 : 200).json(presentProfile(profile, { includeContact: true, includeModeration: true }));
      return undefined;
    },
  });

  api.route({
    method: 'get',
    path: '/profiles',
    compress: true,
    summary: 'Directory of profiles with filters',
    tags: ['profiles'],
    auth: 'public',
    request: { query: DirectoryQuery },
    responses: { 200: { description: 'A page of profiles, sorted by name', schema: ProfilePage }, ...ErrorResponses(400) },
    handler: ({ user, query }) => profiles.directory(user, query),
  });

  api.route({
    method: 'get',
    path: '/profiles/:id',
    summary: 'Public view of a profile; contact only for connected parties and staff of its province',
    tags: ['profiles'],
    auth: 'public',
    request: { params: ProfileIdParams },
    responses: { 200: { description: 'Profile', schema: ProfileOutput }, ...ErrorResponses(404) },
    handler: async ({ user, params }) => profiles.present(user, await profiles.get(params.id)),
  });

  api.route({
    method: 'put',
    path: '/profiles/:id',
    summary: 'Edit a profile as staff of its province, or as admin (may set `verified`)',
    tags: ['profiles'],
    auth: STAFF,
    request: { params: ProfileIdParams },
    docBody: AnyProfileBody,
    responses: { 200: { description: 'Profile saved', schema: ProfileOutput }, ...ErrorResponses(400, 401, 403, 404) },
    handler: async ({ user, params, req }) => {
      const saved = await profiles.saveByStaff(user, params.id, req.body);
      return presentProfile(saved, { includeContact: true, includeModeration: true });
    },
  });
}
