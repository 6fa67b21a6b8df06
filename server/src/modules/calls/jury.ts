// The jury of a call: who the judges are (accounts of experts or staff, with the expert's
// profile), and which judge may not score which startup because a conflict of interest is
// declared between the judge's profile and the startup (the conflicts module). Staff judges have
// no profile, so no declaration can name them; they recuse themselves instead.
import type { JuryMember } from '@ketnoi/contract';
import { JUDGE_ROLES } from '@ketnoi/contract';
import { ValidationError } from '../../lib/errors.js';
import type { UserDoc, UsersRepository } from '../accounts/repository.js';
import type { ConflictsRepository } from '../conflicts/repository.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import { presentJuryMember } from './presenter.js';

/** Declared conflicts between judges (by user id) and startups (by profile id). */
export class ConflictSet {
  private readonly byJudge = new Map<string, Set<string>>();

  add(judgeId: string, startupId: string): void {
    const set = this.byJudge.get(judgeId) ?? new Set<string>();
    set.add(startupId);
    this.byJudge.set(judgeId, set);
  }

  has(judgeId: string, startupId: string): boolean {
    return this.byJudge.get(judgeId)?.has(startupId) ?? false;
  }

  /** The profiles this judge may not score (startups, and any other profile named in a declaration). */
  startupsOf(judgeId: string): string[] {
    return [...(this.byJudge.get(judgeId) ?? [])];
  }
}

export class Jury {
  constructor(
    private readonly users: UsersRepository,
    private readonly profiles: ProfilesRepository,
    private readonly conflicts: ConflictsRepository,
  ) {}

  /** Each judge's own profile (experts), by user id. */
  async profilesOf(judgeIds: readonly string[]): Promise<Map<string, ProfileDoc>> {
    if (judgeIds.length === 0) return new Map();
    const docs = await this.profiles.find({ userId: { $in: [...judgeIds] } });
    return new Map(docs.map((p) => [p.userId, p]));
  }

  async conflictsOf(judgeIds: readonly string[]): Promise<ConflictSet> {
    const byProfile = new Map([...(await this.profilesOf(judgeIds))].map(([userId, p]) => [p._id, userId]));
    const set = new ConflictSet();
    if (byProfile.size === 0) return set;
    const ids = [...byProfile.keys()];
    const declared = await this.conflicts.find({ $or: [{ profileId: { $in: ids } }, { otherProfileId: { $in: ids } }] });
    for (const c of declared) {
      const judgeA = byProfile.get(c.profileId);
      const judgeB = byProfile.get(c.otherProfileId);
      if (judgeA) set.add(judgeA, c.otherProfileId);
      if (judgeB) set.add(judgeB, c.profileId);
    }
    return set;
  }

  /** Whether this judge has a declared conflict with this startup. */
  async conflicted(judgeId: string, startupId: string): Promise<boolean> {
    const profile = await this.profiles.findByUserId(judgeId);
    return profile ? this.conflicts.exists(profile._id, startupId) : false;
  }

  async members(judgeIds: readonly string[]): Promise<JuryMember[]> {
    const [users, profiles] = await Promise.all([this.usersOf(judgeIds), this.profilesOf(judgeIds)]);
    return judgeIds.flatMap((id) => {
      const user = users.get(id);
      return user ? [presentJuryMember(user, profiles.get(id))] : [];
    });
  }

  async usersOf(ids: readonly string[]): Promise<Map<string, UserDoc>> {
    const found = await Promise.all([...new Set(ids)].map((id) => this.users.findById(id)));
    return new Map(found.filter((u): u is UserDoc => u !== null).map((u) => [u._id, u]));
  }

  /** Every judge must be an account of an expert or a staff member (400 naming each that is not). */
  async assertJudges(judgeIds: readonly string[]): Promise<void> {
    const users = await this.usersOf(judgeIds);
    const issues = judgeIds.flatMap((id, i) => {
      const user = users.get(id);
      if (!user) return [{ path: `judges.${i}`, message: 'No account has this id.' }];
      if (!(JUDGE_ROLES as readonly string[]).includes(user.role))
        return [{ path: `judges.${i}`, message: `Judges are experts or staff; this account is ${user.role}.` }];
      return [];
    });
    if (issues.length) throw new ValidationError('Some judges cannot sit on this jury.', issues);
  }
}
