// GET /api/admin/audit: the audit log for admins, newest first, filterable. There is no route to
// change or remove entries (PUT/DELETE on these paths answer 404 like any unknown endpoint).
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { ErrorResponses } from '../../openapi/errors.js';
import { parsePeriod } from '../reports/period.js';
import type { AuditEntry } from '@ketnoi/contract';
import { AuditPage, AuditQuery } from '@ketnoi/contract';
import type { AuditDoc, AuditLog } from './repository.js';

export function presentAudit(doc: AuditDoc): AuditEntry {
  return {
    id: doc._id,
    at: doc.at,
    actorId: doc.actorId,
    actorRole: doc.actorRole,
    actorName: doc.actorName,
    action: doc.action,
    targetType: doc.targetType,
    targetId: doc.targetId,
    province: doc.province,
    details: doc.details,
  };
}

export function registerAuditRoutes(api: ApiRegistry, deps: { log: AuditLog; clock: Clock }): void {
  api.route({
    method: 'get',
    path: '/admin/audit',
    compress: true,
    summary: 'Audit log (admin): who introduced whom, changed a status, verified whom, changed policy or weights',
    description: 'Append-only. `from` inclusive, `to` exclusive; a bare date is a Vietnam local day (UTC+7).',
    tags: ['admin'],
    auth: ['admin'],
    request: { query: AuditQuery },
    responses: {
      200: {
        description: 'A page of entries, newest first',
        schema: AuditPage,
      },
      ...ErrorResponses(400, 401, 403),
    },
    handler: ({ query }) => {
      const period = query.from || query.to ? parsePeriod(query, new Date('9999-12-31T00:00:00Z')) : null;
      return deps.log.list({ ...query, from: period?.from ?? null, ...(query.to ? { to: period!.to } : {}) }, presentAudit);
    },
  });
}
