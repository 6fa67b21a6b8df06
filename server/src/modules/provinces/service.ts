// A province's settings as staff manage them: sharing (who outside the province sees its experts,
// investors and providers), which introduction targets need staff approval, and after how many
// days an open need with no introduction shows in the queue. Matching weights have their own
// endpoint (/api/admin/weights). Search, the directory, intros and matching read the sharing rule
// at query time, so a change needs no re-index; save() drops the policy cache.
import type { z } from 'zod';
import type { PolicyBody } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import { provinceSettingsPolicy } from './policy.js';
import type { ProvinceSettingsFields as PolicyFields } from './events.js';
import { presentPolicy } from './presenter.js';
import type { ProvincePoliciesRepository } from './repository.js';
import { DEFAULT_STALE_NEED_DAYS } from './repository.js';
import type { ProvinceCode, ProvincePolicy } from '@ketnoi/contract';

export type PolicyUpdate = z.output<typeof PolicyBody>;

export class ProvinceSettingsService {
  constructor(
    private readonly policies: ProvincePoliciesRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  async get(user: AuthUser, requested: ProvinceCode | undefined): Promise<ProvincePolicy> {
    const province = provinceSettingsPolicy.provinceFor(user, requested);
    return presentPolicy(province, await this.policies.get(province));
  }

  async update(user: AuthUser, requested: ProvinceCode | undefined, input: PolicyUpdate): Promise<ProvincePolicy> {
    const province = provinceSettingsPolicy.provinceFor(user, requested);
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
