import type { ProvinceCode, ProvincePolicy } from '@ketnoi/contract';
import type { ProvincePolicyDoc } from './repository.js';
import { DEFAULT_STALE_NEED_DAYS } from './repository.js';

export function presentPolicy(province: ProvinceCode, doc: ProvincePolicyDoc): ProvincePolicy {
  return {
    province,
    sharing: doc.sharing,
    staffApprovalKinds: [...doc.staffApprovalKinds],
    staleNeedDays: doc.staleNeedDays ?? DEFAULT_STALE_NEED_DAYS,
    updatedAt: doc.updatedBy ? doc.updatedAt : null,
    updatedBy: doc.updatedBy,
  };
}
