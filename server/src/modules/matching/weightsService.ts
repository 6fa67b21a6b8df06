// GET/PUT /api/admin/weights: a province's matching weights (defaults overlaid with its
// overrides, stored in province_policies.weights). Staff of the province or an admin.
import type { AuthUser } from '../../http/api.js';
import { ForbiddenError, ValidationError } from '../../lib/errors.js';
import type { ProvincePoliciesRepository } from '../provinces/repository.js';
import type { Criterion } from './criteria/types.js';
import { matchingPolicy } from './policy.js';
import { DEFAULT_WEIGHTS, effectiveWeights } from './weights.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';

export class WeightsService {
  constructor(
    private readonly store: Store,
    private readonly policies: ProvincePoliciesRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private provinceFor(user: AuthUser, province: string | undefined): string {
    const target = province ?? (user.role === 'staff' ? user.province : null);
    if (!target) throw new ValidationError('Name the province.', [{ path: 'query.province', message: 'required for admins' }]);
    if (!matchingPolicy.canManage(user, target))
      throw new ForbiddenError('Only staff of this province (or an admin) can see or change its weights.');
    return target;
  }

  async get(user: AuthUser, province: string | undefined) {
    const target = this.provinceFor(user, province);
    return this.present(target);
  }

  async put(user: AuthUser, province: string | undefined, overrides: Partial<Record<Criterion, number>>) {
    const target = this.provinceFor(user, province);
    const clean = Object.fromEntries(Object.entries(overrides).filter((e): e is [string, number] => typeof e[1] === 'number'));
    const effective = effectiveWeights(clean);
    if (Object.values(effective).every((w) => w === 0)) {
      throw new ValidationError('At least one weight must be above 0.', [{ path: 'weights', message: 'all weights are 0' }]);
    }
    // Read, write and audit in one transaction: the entry's `from` is what was replaced.
    await this.store
      .withTransaction(async () => {
        this.policies.invalidate();
        const previous = (await this.policies.get(target)).weights ?? {};
        const at = this.clock.now().toISOString();
        await this.policies.save(target, { weights: clean, updatedAt: at, updatedBy: user.id });
        if (JSON.stringify(previous) !== JSON.stringify(clean))
          await this.events.record('weights.changed', { province: target, by: user.id, at, from: previous, to: clean });
      })
      // Other requests may have cached the store's view while the transaction was open.
      .finally(() => this.policies.invalidate());
    return this.present(target);
  }

  private async present(province: string) {
    const policy = await this.policies.get(province);
    const stored = policy.weights ?? {};
    return {
      province,
      weights: effectiveWeights(stored),
      overrides: stored,
      defaults: { ...DEFAULT_WEIGHTS },
      updatedAt: policy.weights ? policy.updatedAt : null,
      updatedBy: policy.weights ? policy.updatedBy : null,
    };
  }
}
