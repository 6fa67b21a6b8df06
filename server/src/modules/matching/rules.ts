// Hard rules (DESIGN.md "Matching"): candidates that are never shown, whatever their score.
// Pure: the service loads the declined intros, conflicts and sharing policies they judge.
import type { ProvincePolicyDoc } from '../provinces/repository.js';
import { visibleUnderPolicy } from '../profiles/visibility.js';

export const DECLINE_COOLDOWN_DAYS = 90;
const DAY_MS = 86_400_000;

export type Exclusion = 'self' | 'hidden' | 'suspended' | 'declined' | 'conflict' | 'sharing';

export interface HardRuleContext {
  seekerId: string;
  /** Profiles with a declined introduction with the seeker in the cool-down window (either direction). */
  declinedWith: ReadonlySet<string>;
  /** Profiles with a declared conflict of interest with the seeker (either direction). */
  conflictsWith: ReadonlySet<string>;
  /** Provinces whose experts, investors and providers the seeker/viewer may not see. */
  hiddenProvinces: ReadonlySet<string>;
}

export interface RuleCandidate {
  _id: string;
  kind: string;
  province: string;
  hidden: boolean;
  suspended?: boolean;
}

/** Why a candidate is excluded, or null when it may be shown. */
export function exclusionOf(candidate: RuleCandidate, ctx: HardRuleContext): Exclusion | null {
  if (candidate._id === ctx.seekerId) return 'self';
  if (candidate.hidden) return 'hidden';
  if (candidate.suspended) return 'suspended';
  if (ctx.declinedWith.has(candidate._id)) return 'declined';
  if (ctx.conflictsWith.has(candidate._id)) return 'conflict';
  // Startups are always visible; the sharing policy governs the other kinds (profiles/visibility.ts).
  if (candidate.kind !== 'startup' && ctx.hiddenProvinces.has(candidate.province)) return 'sharing';
  return null;
}

export interface DeclinedIntro {
  fromProfileId: string;
  toProfileId: string;
  status: string;
  declinedAt?: string | null;
}

/** The other side of every introduction involving `seekerId` declined within the window before `now`. */
export function declinedPartners(seekerId: string, intros: readonly DeclinedIntro[], now: Date, days = DECLINE_COOLDOWN_DAYS): Set<string> {
  const since = now.getTime() - days * DAY_MS;
  const out = new Set<string>();
  for (const intro of intros) {
    if (intro.status !== 'declined' || !intro.declinedAt) continue;
    if (Date.parse(intro.declinedAt) < since) continue;
    if (intro.fromProfileId === seekerId) out.add(intro.toProfileId);
    else if (intro.toProfileId === seekerId) out.add(intro.fromProfileId);
  }
  return out;
}

export interface ConflictRecord {
  profileId: string;
  otherProfileId: string;
}

export function conflictPartners(seekerId: string, conflicts: readonly ConflictRecord[]): Set<string> {
  const out = new Set<string>();
  for (const c of conflicts) {
    if (c.profileId === seekerId) out.add(c.otherProfileId);
    else if (c.otherProfileId === seekerId) out.add(c.profileId);
  }
  return out;
}

/** Provinces whose helpers someone judged by `province` may not see (null province: only open ones). */
export function provincesHiddenFrom(province: string | null, policies: Iterable<Pick<ProvincePolicyDoc, '_id' | 'sharing'>>): string[] {
  const hidden: string[] = [];
  for (const p of policies) if (p.sharing !== 'all' && !visibleUnderPolicy(p.sharing, p._id, province)) hidden.push(p._id);
  return hidden;
}
