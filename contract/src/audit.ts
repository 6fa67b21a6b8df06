// The audit log admins read (GET /api/admin/audit): who did what to which object, when.
import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from './codes.js';
import { Id, PageOf, Paged } from './primitives.js';
import { ProvinceInput } from './reference.js';
import { PeriodBoundary } from './reports.js';

export const AuditQuery = z.strictObject({
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorId: Id.optional(),
  targetId: Id.optional(),
  province: ProvinceInput.optional(),
  from: PeriodBoundary.optional(),
  to: PeriodBoundary.optional(),
  ...Paged,
});

export const AuditEntryOutput = z
  .strictObject({
    id: z.string(),
    at: z.string(),
    actorId: z.string(),
    actorRole: z.string(),
    actorName: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    targetType: z.enum(AUDIT_TARGET_TYPES),
    targetId: z.string(),
    province: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });

export const AuditPage = PageOf(AuditEntryOutput).meta({ id: 'AuditPage' });

export type AuditParams = z.input<typeof AuditQuery>;
export type AuditEntry = z.output<typeof AuditEntryOutput>;
