// Domain events of the staff tools (published after commit; the audit log subscribes).
import type { SharingPolicy } from '@ketnoi/contract';
import type { ConflictDoc } from './conflictsRepository.js';
import type { VerificationDoc } from './verifications.js';

export interface PolicyFields {
  sharing: SharingPolicy;
  staffApprovalKinds: string[];
  staleNeedDays: number;
}

declare module '../../lib/events.js' {
  interface DomainEvents {
    'policy.changed': {
      province: string;
      by: string;
      at: string;
      changes: Partial<Record<keyof PolicyFields, { from: unknown; to: unknown }>>;
    };
    'conflict.declared': { conflict: ConflictDoc; by: string; at: string };
    'conflict.removed': { conflict: ConflictDoc; by: string; at: string };
    'verification.recorded': { verification: VerificationDoc; by: string };
  }
}
