// The audit endpoints: what the API promises (server/src/modules/audit implements them).
import { endpoint, errorResponses } from '../endpoint.js';
import { AuditPage, AuditQuery } from '../audit.js';

// The audit log is for admins only, and for reading only: no role may change or remove an entry
// (no endpoint writes to it; the server's repository has no update or delete).
const AUDIT_READERS = ['admin'] as const;

export const auditEndpoints = {
  log: endpoint({
    method: 'get',
    path: '/admin/audit',
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
      ...errorResponses(400, 401, 403),
    },
  }),
};
