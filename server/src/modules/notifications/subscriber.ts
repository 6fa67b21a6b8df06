// Turns domain events into stored notifications (pushed live by the realtime layer through
// `notification.created`). Every intro and consultation event notifies the people concerned
// except the one who acted; messages notify members who are offline, and mail them in the same
// transaction (at most one mail per conversation in 30 minutes: mail/triggers/messages.ts).
// Mails of other changes are queued by the services in the change's own transaction.
import type { NotificationType } from '@ketnoi/contract';
import type { EventBus } from '../../lib/events.js';
import type { Logger } from '../../lib/logger.js';
import type { Store } from '../../store/types.js';
import type { UsersRepository } from '../accounts/repository.js';
import type { ConsultationAction } from '../consultations/events.js';
import type { ConsultationDoc } from '../consultations/repository.js';
import type { ConversationDoc, ConversationsRepository, Member, MessageDoc } from '../conversations/repository.js';
import { reachedTarget } from '../intros/policy.js';
import type { IntroDoc } from '../intros/repository.js';
import type { MessageMails } from '../mail/triggers/messages.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { NotificationsService } from './service.js';

export interface Presence {
  /** True when a socket of this user is connected to this instance (answered without waiting). */
  connectedHere(userId: string): boolean;
  /** True when a socket of this user is connected to any instance. */
  isOnline(userId: string): Promise<boolean>;
}

export class NotificationSubscriber {
  private presence: Presence = { connectedHere: () => false, isOnline: async () => false };

  constructor(
    private readonly notifications: NotificationsService,
    private readonly profiles: ProfilesRepository,
    private readonly users: UsersRepository,
    private readonly conversations: ConversationsRepository,
    private readonly logger: Logger,
    private readonly store: Store,
    private readonly mail: MessageMails,
  ) {}

  /** The realtime layer tells us who is connected. */
  usePresence(presence: Presence): void {
    this.presence = presence;
  }

  subscribe(events: EventBus): void {
    events.on('intro.created', ({ intro, by }) => this.introCreated(intro, by));
    events.on('intro.updated', ({ intro, action, by }) => this.introUpdated(intro, action, by));
    events.on('consultation.changed', ({ consultation, action, by }) => this.consultationChanged(consultation, action, by));
    events.on('message.created', ({ message, conversation }) => {
      // Most recipients are connected right here: every message asks, so that is answered without
      // an await (or a promise) and only the others are looked up.
      const elsewhere = conversation.members.filter((m) => m.userId !== message.senderUserId && !this.presence.connectedHere(m.userId));
      return elsewhere.length === 0 ? undefined : this.notifyUnlessOnline(message, conversation, elsewhere);
    });
  }

  /**
   * Each side hears of the other's move; the notification names the party the recipient meets
   * (`withName`), so two consultations on one day are told apart.
   */
  private async consultationChanged(consultation: ConsultationDoc, action: ConsultationAction, by: string): Promise<void> {
    const parties = await this.profiles.findMany([consultation.startupId, consultation.helperId]);
    const data = {
      consultationId: consultation._id,
      introId: consultation.introId,
      status: consultation.status,
      startsAt: consultation.startsAt,
    };
    for (const party of parties) {
      const other = parties.find((p) => p._id !== party._id);
      if (party.userId === by) continue;
      await this.send([party.userId], `consultation.${action}`, { ...data, withName: other?.name ?? null });
    }
  }

  /** A message notification for each of `members` not connected to any instance. */
  private async notifyUnlessOnline(message: MessageDoc, conversation: ConversationDoc, members: Member[]): Promise<void> {
    const senderName = await this.senderName(message);
    for (const member of members) {
      if (await this.presence.isOnline(member.userId)) continue;
      const unread = await this.conversations.unreadCount(
        conversation._id,
        member.id,
        await this.conversations.readMark(conversation, member.id),
      );
      await this.store.withTransaction(async () => {
        await this.notifications.notify(
          member.userId,
          'message.new',
          {
            conversationId: conversation._id,
            senderId: message.senderId,
            fromName: senderName,
            preview: message.body.slice(0, 120),
            count: unread,
          },
          `conversation:${conversation._id}`,
        );
        await this.mail.offline(member.userId, message, conversation, unread, senderName);
      });
    }
  }

  /** The sender's name as the others see it: the profile's, or the staff member's (a broker). */
  private async senderName(message: MessageDoc): Promise<string> {
    return (await this.profiles.findById(message.senderId))?.name ?? (await this.users.findById(message.senderUserId))?.name ?? 'KếtNối';
  }

  private async introCreated(intro: IntroDoc, by: string): Promise<void> {
    const data = await this.introData(intro);
    if (intro.status === 'pending_staff') {
      const staff = (await this.users.staffOf(intro.province)).map((u) => u._id);
      await this.send(staff, 'intro.approval_needed', data);
      return;
    }
    await this.send(
      (await this.usersOf(intro.awaiting)).filter((u) => u !== by),
      intro.brokeredBy ? 'intro.brokered' : 'intro.requested',
      data,
    );
  }

  private async introUpdated(intro: IntroDoc, action: string, by: string): Promise<void> {
    const data = await this.introData(intro);
    const parties = await this.usersOf([intro.fromProfileId, intro.toProfileId]);
    const everyone = [...parties, ...(intro.brokeredBy ? [intro.brokeredBy] : [])].filter((u) => u !== by);
    // An update never leads back to staff approval (an intro only starts there).
    if (intro.status === 'pending_staff') return;
    if (action === 'approve') {
      // Approval is news of a request to the side that answers, and news of the approval to the requester: one each.
      const awaited = await this.usersOf(intro.awaiting);
      await this.send(
        everyone.filter((u) => !awaited.includes(u)),
        'intro.pending',
        data,
      );
      await this.send(
        awaited.filter((u) => u !== by),
        'intro.requested',
        data,
      );
      return;
    }
    const type: NotificationType = action === 'accept' && intro.status === 'pending' ? 'intro.partially_accepted' : `intro.${intro.status}`;
    // A request that ends while it waited for staff (rejected, withdrawn, expired) never reached the
    // other side: news of its end is for the requester and the broker only (as its mail is).
    const neverAsked = reachedTarget(intro) ? [] : await this.usersOf([intro.toProfileId]);
    await this.send(
      everyone.filter((u) => !neverAsked.includes(u)),
      type,
      data,
    );
  }

  private async introData(intro: IntroDoc): Promise<Record<string, unknown>> {
    const [from, to] = await Promise.all([this.profiles.findById(intro.fromProfileId), this.profiles.findById(intro.toProfileId)]);
    return {
      introId: intro._id,
      status: intro.status,
      fromProfileId: intro.fromProfileId,
      toProfileId: intro.toProfileId,
      fromName: from?.name ?? null,
      toName: to?.name ?? null,
      ...(intro.needId ? { needId: intro.needId } : {}),
      ...(intro.declineReason ? { reason: intro.declineReason } : {}),
    };
  }

  private async usersOf(profileIds: string[]): Promise<string[]> {
    if (profileIds.length === 0) return [];
    return (await this.profiles.findMany(profileIds)).map((p) => p.userId);
  }

  private async send(userIds: string[], type: NotificationType, data: Record<string, unknown>): Promise<void> {
    for (const userId of new Set(userIds)) {
      try {
        await this.notifications.notify(userId, type, data);
      } catch (error) {
        this.logger.error({ err: error, type }, 'notification failed');
      }
    }
  }
}
