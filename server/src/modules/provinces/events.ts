// Domain events of a province's settings (the audit log records who changed what).
import type { SharingPolicy } from '@ketnoi/contract';

export interface ProvinceSettingsFields {
  sharing: SharingPolicy;
  staffApprovalKinds: string[];
  staleNeedDays: number;
}

export interface ProvinceEvents {
  'policy.changed': {
    province: string;
    by: string;
    at: string;
    changes: Partial<Record<keyof ProvinceSettingsFields, { from: unknown; to: unknown }>>;
  };
}
