// Province sharing policy (DESIGN.md, staff tools): whether a province's experts, investors and
// providers are visible to people of other provinces — `all`, only its `region`, or only the
// `province`. Startups are always visible. Admins see everything; everyone else is judged by
// their own province (their profile's, else their account's).
import { regionOf } from '@ketnoi/seeds';
import type { AuthUser } from '../../http/api.js';
import type { Filter } from '../../store/types.js';
import type { ProvincePoliciesRepository } from '../provinces/repository.js';
import { profilePolicy } from './policy.js';
import type { ProfileDoc, ProfilesRepository } from './repository.js';

export interface VisibilityRules {
  /** The sharing policy alone: whether the profile's province shows it to this viewer. */
  canSee(viewer: AuthUser | null, profile: ProfileDoc): Promise<boolean>;
  /** Whether this viewer may open the profile at all: the profile policy (hidden, suspended) and the sharing policy. */
  mayOpen(viewer: AuthUser | null, profile: ProfileDoc): Promise<boolean>;
  /** Extra store filter for lists (null when nothing is restricted for this viewer). */
  filterFor(viewer: AuthUser | null): Promise<Filter | null>;
  /** Provinces whose experts/investors/providers this viewer may not see. */
  hiddenProvincesFor(viewer: AuthUser | null): Promise<string[]>;
  /** The province a viewer is judged by. */
  provinceOf(viewer: AuthUser | null): Promise<string | null>;
}

export function visibleUnderPolicy(policy: 'all' | 'region' | 'province', owner: string, viewer: string | null): boolean {
  if (policy === 'all') return true;
  if (!viewer) return false;
  if (policy === 'province') return owner === viewer;
  return owner === viewer || (regionOf(owner) !== null && regionOf(owner) === regionOf(viewer));
}

export class ProvinceSharingRules implements VisibilityRules {
  constructor(
    private readonly policies: ProvincePoliciesRepository,
    private readonly profiles: ProfilesRepository,
  ) {}

  async provinceOf(viewer: AuthUser | null): Promise<string | null> {
    if (!viewer) return null;
    if (viewer.role === 'staff' || viewer.role === 'admin') return viewer.province;
    const own = await this.profiles.findByUserId(viewer.id);
    return own?.province ?? viewer.province;
  }

  async hiddenProvincesFor(viewer: AuthUser | null): Promise<string[]> {
    if (viewer?.role === 'admin') return [];
    const policies = await this.policies.all();
    const restricted = [...policies.values()].filter((p) => p.sharing !== 'all');
    if (restricted.length === 0) return [];
    const province = await this.provinceOf(viewer);
    return restricted.filter((p) => !visibleUnderPolicy(p.sharing, p._id, province)).map((p) => p._id);
  }

  async mayOpen(viewer: AuthUser | null, profile: ProfileDoc): Promise<boolean> {
    return profilePolicy.canView(viewer, profile) && (await this.canSee(viewer, profile));
  }

  async canSee(viewer: AuthUser | null, profile: ProfileDoc): Promise<boolean> {
    if (profile.kind === 'startup' || profile.userId === viewer?.id) return true;
    const hidden = await this.hiddenProvincesFor(viewer);
    return !hidden.includes(profile.province);
  }

  async filterFor(viewer: AuthUser | null): Promise<Filter | null> {
    const hidden = await this.hiddenProvincesFor(viewer);
    if (hidden.length === 0) return null;
    return { $or: [{ kind: 'startup' }, { province: { $nin: hidden } }] };
  }
}
