// GET /api/admin/audit: the audit log for admins, newest first, filterable. There is no route to
// change or remove entries (PUT/DELETE on these paths answer 404 like any unknown endpoint).
import { z } from 'zod';
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { Id } from '../../lib/schema.js';
import { ErrorResponses } from '../../openapi/errors.js';
import { ProvinceInput } from '../reference/schema.js';
import { parsePeriod, PeriodBoundary } from '../reports/period.js';
import type { AuditDoc, AuditLog } from './repository.js';
import { AUDIT_ACTIONS } from './repository.js';

export const AuditQuerySchema = z.strictObject({
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorId: Id.optional(),
  targetId: Id.optional(),
  province: ProvinceInput.optional(),
  from: PeriodBoundary.optional(),
  to: PeriodBoundary.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional().default(20),
  cursor: z.string().max(500).optional(),
});

export const AuditEntryOutput = z
  .object({
    id: z.string(),
    at: z.string(),
    actorId: z.string(),
    actorRole: z.string(),
    actorName: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    targetType: z.string(),
    targetId: z.string(),
    province: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });

export function presentAudit(doc: AuditDoc): z.infer<typeof AuditEntryOutput> {
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
    request: { query: AuditQuerySchema },
    responses: {
      200: {
        description: 'A page of entries, newest first',
        schema: z.object({ items: z.array(AuditEntryOutput), nextCursor: z.string().nullable() }).meta({ id: 'AuditPage' }),
      },
      ...ErrorResponses(400, 401, 403),
    },
    handler: ({ query }) => {
      const period = query.from || query.to ? parsePeriod(query, new Date('9999-12-31T00:00:00Z')) : null;
      return deps.log.list({ ...query, from: period?.from ?? null, ...(query.to ? { to: period!.to } : {}) }, presentAudit);
    },
  });
}
