// GET /api/admin/audit: the audit log for admins, newest first, filterable. There is no route to
// change or remove entries (PUT/DELETE on these paths answer 404 like any unknown endpoint).
import type { ApiRegistry } from '../../http/api.js';
import type { AuditService } from './service.js';
import { auditEndpoints } from '@ketnoi/contract/endpoints/audit';

export function registerAuditRoutes(api: ApiRegistry, audit: AuditService): void {
  api.route(auditEndpoints.log, { compress: true, handler: ({ query }) => audit.list(query) });
}
