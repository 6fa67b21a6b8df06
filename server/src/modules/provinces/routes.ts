// /api/staff/policy: a province's settings (sharing, staff approval, stale-need days).
import { PolicyBody, PolicyOutput, PolicyQuery } from '@ketnoi/contract';
import { type ApiRegistry, STAFF } from '../../http/api.js';
import { ErrorResponses } from '../../openapi/errors.js';
import type { ProvinceSettingsService } from './service.js';

const tags = ['staff'];

export function registerProvinceRoutes(api: ApiRegistry, settings: ProvinceSettingsService): void {
  api.route({
    method: 'get',
    path: '/staff/policy',
    summary: "A province's sharing, staff-approval and stale-need policy",
    tags,
    auth: STAFF,
    request: { query: PolicyQuery },
    responses: { 200: { description: 'Policy', schema: PolicyOutput }, ...ErrorResponses(400, 401, 403) },
    handler: ({ user, query }) => settings.get(user, query.province),
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
    handler: ({ user, query, body }) => settings.update(user, query.province, body),
  });
}
