import type { ApiRegistry } from '../../http/api.js';
import { NotFoundError } from '../../lib/errors.js';
import { presentProfile } from './presenter.js';
import type { ProfilesService } from './service.js';
import { profilesEndpoints } from '@ketnoi/contract/endpoints/profiles';

export function registerProfileRoutes(api: ApiRegistry, profiles: ProfilesService): void {
  api.route(profilesEndpoints.own, {
    handler: async ({ user }) => {
      const own = await profiles.ownProfile(user);
      if (!own) throw new NotFoundError('Profile');
      return presentProfile(own, { includeContact: true, includeModeration: true });
    },
  });

  api.route(profilesEndpoints.saveOwn, {
    handler: async ({ user, req, res }) => {
      const { profile, created } = await profiles.saveOwn(user, req.body);
      res.status(created ? 201 : 200).json(presentProfile(profile, { includeContact: true, includeModeration: true }));
      return undefined;
    },
  });

  api.route(profilesEndpoints.directory, { compress: true, handler: ({ user, query }) => profiles.directory(user, query) });

  api.route(profilesEndpoints.get, { handler: async ({ user, params }) => profiles.present(user, await profiles.get(params.id)) });

  api.route(profilesEndpoints.saveAsStaff, {
    handler: async ({ user, params, req }) => {
      const saved = await profiles.saveByStaff(user, params.id, req.body);
      return presentProfile(saved, { includeContact: true, includeModeration: true });
    },
  });
}
