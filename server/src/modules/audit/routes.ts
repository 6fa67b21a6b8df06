// GET /api/admin/audit: the audit log for admins, newest first, filterable. There is no route to
// change or remove entries (PUT/DELETE on these paths answer 404 like any unknown endpoint).
import type { ApiRegistry } from '../../http/api.js';
import { ErrorResponses } from '../../openapi/errors.js';
import { AuditPage, AuditQuery } from '@ketnoi/contract';
import { AUDIT_READERS } from './policy.js';
import type { AuditService } from './service.js';

export function registerAuditRoutes(api: ApiRegistry, audit: AuditService): void {
  api.route({
    method: 'get',
    path: '/admin/audit',
    compress: true,
    summary: 'Audit log (admin): who introduced whom, changed a status, verified whom, changed policy or weights',
    description: 'Append-only. `from` inclusive, `to` exclusive; a bare date is a Vietnam local day (UTC+7).',
    tags: ['admin'],
    auth: AUDIT_READERS,
    request: { query: AuditQuery },
    responses: {
      200: {
        description: 'A page of entries, newest first',
        schema: AuditPage,
      },
      ...ErrorResponses(400, 401, 403),
    },
    handler: ({ query }) => audit.list(query),
  });
}
