// /api/staff/policy: a province's settings (sharing, staff approval, stale-need days).
import type { ApiRegistry } from '../../http/api.js';
import type { ProvinceSettingsService } from './service.js';
import { provincesEndpoints } from '@ketnoi/contract/endpoints/provinces';

export function registerProvinceRoutes(api: ApiRegistry, settings: ProvinceSettingsService): void {
  api.route(provincesEndpoints.policy, { handler: ({ user, query }) => settings.get(user, query.province) });

  api.route(provincesEndpoints.updatePolicy, { handler: ({ user, query, body }) => settings.update(user, query.province, body) });
}
