// Reading the audit log: filters and a period (`from` inclusive, `to` exclusive, Vietnam days).
import type { AuditEntry, Page } from '@ketnoi/contract';
import type { z } from 'zod';
import type { AuditQuery } from '@ketnoi/contract';
import { parsePeriod } from '../reports/period.js';
import { presentAudit } from './presenter.js';
import type { AuditLog } from './repository.js';

export class AuditService {
  constructor(private readonly log: AuditLog) {}

  list(query: z.output<typeof AuditQuery>): Promise<Page<AuditEntry>> {
    const period = query.from || query.to ? parsePeriod(query, new Date('9999-12-31T00:00:00Z')) : null;
    return this.log.list({ ...query, from: period?.from ?? null, ...(query.to ? { to: period!.to } : {}) }, presentAudit);
  }
}
