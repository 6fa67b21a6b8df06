import type { AuditEntry } from '@ketnoi/contract';
import type { AuditDoc } from './repository.js';

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
