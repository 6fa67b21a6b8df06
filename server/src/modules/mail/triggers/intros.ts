// Which intro change mails whom. The intros service calls these inside the transaction of the
// change, so each mail commits (or rolls back) with it.
//   created pending_staff → intro.pending_staff to the province's staff
//   created pending, approved → intro.awaiting to each awaited side (both, when staff brokered it)
//   approved / rejected → to the requester; accepted, declined → to the requester (for a brokered
//   intro: the broker and the other party); expired → to the requester (brokered: the broker and
//   the parties that had accepted). Nobody is mailed about their own action.
import type { IntroDoc } from '../../intros/repository.js';
import type { IntroMails } from '../../intros/service.js';
import type { IntroAction } from '../../intros/stateMachine.js';
import type { ProfileDoc } from '../../profiles/repository.js';
import type { MailService } from '../service.js';

export interface IntroTriggerDeps {
  mail: Pick<MailService, 'enqueue'>;
  profiles: { findMany(ids: readonly string[]): Promise<ProfileDoc[]> };
  users: { staffOf(province: string): Promise<{ _id: string }[]> };
  needs: { findById(id: string): Promise<{ title: string } | null> };
}

interface Context {
  parties: Map<string, ProfileDoc>;
  base: { introId: string; fromName: string; toName: string; needTitle: string | undefined };
}

export class IntroMailTriggers implements IntroMails {
  constructor(private readonly deps: IntroTriggerDeps) {}

  async created(intro: IntroDoc): Promise<void> {
    const context = await this.context(intro);
    if (intro.status === 'pending_staff') {
      for (const staff of await this.deps.users.staffOf(intro.province)) {
        await this.deps.mail.enqueue('intro.pending_staff', staff._id, {
          ...context.base,
          message: intro.message,
          expiresAt: intro.expiresAt,
        });
      }
      return;
    }
    if (intro.status === 'pending') await this.awaiting(intro, context);
  }

  async changed(before: IntroDoc, after: IntroDoc, action: IntroAction['type'], by: string): Promise<void> {
    if (action === 'withdraw' || after.status === before.status) return;
    const context = await this.context(after);
    const send = async (
      kind: 'intro.approved' | 'intro.rejected' | 'intro.accepted' | 'intro.declined' | 'intro.expired',
      users: string[],
      extra = {},
    ) => {
      for (const userId of new Set(users)) if (userId !== by) await this.deps.mail.enqueue(kind, userId, { ...context.base, ...extra });
    };
    const reason = after.declineReason ?? undefined;
    switch (action) {
      case 'approve':
        await send('intro.approved', this.requesters(after, context), { expiresAt: after.expiresAt });
        await this.awaiting(after, context);
        return;
      case 'reject':
        return send('intro.rejected', this.requesters(after, context), { reason });
      case 'accept':
        if (after.status !== 'accepted') return;
        return send('intro.accepted', this.toldOfAnswer(after, context), {
          byName: this.nameOfUser(context, by) ?? context.base.toName,
          conversationId: after.conversationId ?? undefined,
        });
      case 'decline':
        return send('intro.declined', this.toldOfAnswer(after, context), {
          byName: (after.declinedBy && context.parties.get(after.declinedBy)?.name) ?? context.base.toName,
          reason,
        });
      case 'expire':
        return send('intro.expired', [...this.requesters(after, context), ...this.usersOf(after.acceptedBy, context)]);
    }
  }

  /** intro.awaiting to every side whose answer the intro awaits. */
  private async awaiting(intro: IntroDoc, context: Context): Promise<void> {
    for (const profileId of intro.awaiting) {
      const party = context.parties.get(profileId);
      if (!party) continue;
      // A brokered intro asks each side about the other one.
      const other = profileId === intro.fromProfileId ? context.base.toName : context.base.fromName;
      await this.deps.mail.enqueue('intro.awaiting', party.userId, {
        introId: intro._id,
        fromName: other,
        brokered: intro.brokeredBy !== null,
        message: intro.message,
        needTitle: context.base.needTitle,
        expiresAt: intro.expiresAt,
      });
    }
  }

  /** The broker of a brokered intro, else the account of the profile that asked. */
  private requesters(intro: IntroDoc, context: Context): string[] {
    return intro.brokeredBy ? [intro.brokeredBy] : this.usersOf([intro.fromProfileId], context);
  }

  /** Who learns of an answer: the requester; for a brokered intro, the broker and both parties. */
  private toldOfAnswer(intro: IntroDoc, context: Context): string[] {
    if (!intro.brokeredBy) return this.requesters(intro, context);
    return [intro.brokeredBy, ...this.usersOf([intro.fromProfileId, intro.toProfileId], context)];
  }

  private usersOf(profileIds: readonly string[], context: Context): string[] {
    return profileIds.flatMap((id) => {
      const party = context.parties.get(id);
      return party ? [party.userId] : [];
    });
  }

  private nameOfUser(context: Context, userId: string): string | undefined {
    return [...context.parties.values()].find((p) => p.userId === userId)?.name;
  }

  private async context(intro: IntroDoc): Promise<Context> {
    const [profiles, need] = await Promise.all([
      this.deps.profiles.findMany([intro.fromProfileId, intro.toProfileId]),
      intro.needId ? this.deps.needs.findById(intro.needId) : null,
    ]);
    const parties = new Map(profiles.map((p) => [p._id, p]));
    return {
      parties,
      base: {
        introId: intro._id,
        fromName: parties.get(intro.fromProfileId)?.name ?? '—',
        toName: parties.get(intro.toProfileId)?.name ?? '—',
        needTitle: need?.title,
      },
    };
  }
}
