// A province's policy as staff manage it: sharing (who outside the province sees its experts,
// investors and providers), which introduction targets need staff approval, and after how many
// days an open need with no introduction shows in the queue. Matching weights have their own
// endpoint (/api/admin/weights). Search, the directory, intros and matching read the sharing rule
// at query time, so a change needs no re-index; save() drops the policy cache.
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { ProvincePoliciesRepository, ProvincePolicyDoc, SharingPolicy } from '../provinces/repository.js';
import type { PolicyFields } from './events.js';
import { staffScope } from './scope.js';

/** Default days an open need may wait without any introduction before the queue lists it. */
export const DEFAULT_STALE_NEED_DAYS = 14;

export interface PolicyUpdate {
  sharing?: SharingPolicy;
  staffApprovalKinds?: string[];
  staleNeedDays?: number;
}

export function presentPolicy(province: string, doc: ProvincePolicyDoc): Record<string, unknown> {
  return {
    province,
    sharing: doc.sharing,
    staffApprovalKinds: [...doc.staffApprovalKinds],
    staleNeedDays: doc.staleNeedDays ?? DEFAULT_STALE_NEED_DAYS,
    updatedAt: doc.updatedBy ? doc.updatedAt : null,
    updatedBy: doc.updatedBy,
  };
}

export class ProvincePolicyTools {
  constructor(
    private readonly policies: ProvincePoliciesRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  async get(user: AuthUser, requested: string | undefined): Promise<Record<string, unknown>> {
    const province = staffScope.provinceFor(user, requested)!;
    return presentPolicy(province, await this.policies.get(province));
  }

  async update(user: AuthUser, requested: string | undefined, input: PolicyUpdate): Promise<Record<string, unknown>> {
    const province = staffScope.provinceFor(user, requested)!;
    const current = await this.policies.get(province);
    const before: PolicyFields = {
      sharing: current.sharing,
      staffApprovalKinds: [...current.staffApprovalKinds].sort(),
      staleNeedDays: current.staleNeedDays ?? DEFAULT_STALE_NEED_DAYS,
    };
    const after: PolicyFields = {
      sharing: input.sharing ?? before.sharing,
      staffApprovalKinds: input.staffApprovalKinds ? [...new Set(input.staffApprovalKinds)].sort() : before.staffApprovalKinds,
      staleNeedDays: input.staleNeedDays ?? before.staleNeedDays,
    };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of Object.keys(after) as (keyof PolicyFields)[]) {
      if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { from: before[key], to: after[key] };
    }
    if (Object.keys(changes).length === 0) return presentPolicy(province, current);
    const at = this.clock.now().toISOString();
    // Only what this request changes: the rest may have been changed meanwhile by someone else.
    const changed = Object.fromEntries(Object.keys(changes).map((key) => [key, after[key as keyof PolicyFields]]));
    const saved = await this.policies.save(province, { ...changed, updatedAt: at, updatedBy: user.id });
    this.events.publish('policy.changed', { province, by: user.id, at, changes });
    return presentPolicy(province, saved);
  }
}
