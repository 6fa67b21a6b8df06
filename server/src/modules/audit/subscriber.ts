// Turns domain events into audit entries: who introduced whom, who changed a status, who verified
// whom, who changed a province's policy or matching weights, who declared or removed a conflict,
// who created an account, who created, published or cancelled an event, who registered or cancelled
// someone else's place at it, who checked whom in, who re-planned its meetings. Each
// entry is written inside the transaction of the change it records
// (EventBus.inTransaction), so a change never commits without its entry, nor an entry without it.
import type { Clock } from '../../lib/clock.js';
import type { DomainEvents, EventBus } from '../../lib/events.js';
import type { UsersRepository } from '../accounts/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { AuditAction } from '@ketnoi/contract';
import type { AuditFields, AuditLog } from './repository.js';

type Entry = Omit<AuditFields, 'actorRole' | 'actorName' | 'actorId'> & { by: string };
/** Who acted and when, as the event tells it. */
interface Act {
  by: string;
  at: string;
}

/** A change to a province's settings (sharing policy, matching weights). */
const provinceSetting = (action: AuditAction, e: Act & { province: string }, details: Entry['details']): Entry => ({
  by: e.by,
  at: e.at,
  action,
  targetType: 'province',
  targetId: e.province,
  province: e.province,
  details,
});

/** An administrator's act on a user's account. */
const accountAction = (action: AuditAction, e: Act & { userId: string; province: string | null }, details: Entry['details']): Entry => ({
  by: e.by,
  at: e.at,
  action,
  targetType: 'user',
  targetId: e.userId,
  province: e.province,
  details,
});

export class AuditSubscriber {
  constructor(
    private readonly log: AuditLog,
    private readonly users: UsersRepository,
    private readonly profiles: ProfilesRepository,
    private readonly clock: Clock,
  ) {}

  subscribe(events: EventBus): void {
    const on = <K extends keyof DomainEvents>(name: K, map: (e: DomainEvents[K]) => Promise<Entry | null> | Entry | null) =>
      events.inTransaction(name, async (payload) => {
        const entry = await map(payload);
        if (entry) await this.write(entry);
      });

    on('intro.created', ({ intro, by }) => ({
      by,
      at: intro.createdAt,
      action: 'intro.created',
      targetType: 'intro',
      targetId: intro._id,
      province: intro.province,
      details: {
        fromProfileId: intro.fromProfileId,
        toProfileId: intro.toProfileId,
        needId: intro.needId,
        brokered: intro.brokeredBy !== null,
        status: intro.status,
      },
    }));
    on('intro.updated', ({ intro, previous, action, by }) =>
      intro.status === previous
        ? null
        : {
            by,
            at: intro.history[intro.history.length - 1]?.at ?? intro.updatedAt,
            action: 'intro.status_changed',
            targetType: 'intro',
            targetId: intro._id,
            province: intro.province,
            details: { from: previous, to: intro.status, via: action },
          },
    );
    on('need.status_changed', (e) => ({
      by: e.by,
      at: this.now(),
      action: 'need.status_changed',
      targetType: 'need',
      targetId: e.needId,
      province: e.province,
      details: { from: e.from, to: e.to, startupId: e.startupId },
    }));
    on('profile.verified', async (e) => ({
      by: e.by,
      at: this.now(),
      action: 'profile.verified',
      targetType: 'profile',
      targetId: e.profileId,
      province: (await this.profiles.findById(e.profileId))?.province ?? null,
      details: { verified: e.verified, ...(e.reason ? { reason: e.reason, changes: e.changes ?? {} } : {}) },
    }));
    on('verification.recorded', ({ verification: v, by }) => ({
      by,
      at: v.at,
      action: 'verification.recorded',
      targetType: 'profile',
      targetId: v.profileId,
      province: v.province,
      details: { verificationId: v._id, verified: v.verified, checked: v.checked, note: v.note },
    }));
    on('policy.changed', (e) => provinceSetting('policy.changed', e, { changes: e.changes }));
    on('weights.changed', (e) => provinceSetting('weights.changed', e, { from: e.from, to: e.to }));
    for (const name of ['conflict.declared', 'conflict.removed'] as const) {
      on(name, ({ conflict, by, at }) => ({
        by,
        at,
        action: name,
        targetType: 'conflict',
        targetId: conflict._id,
        province: conflict.provinces?.[0] ?? null,
        details: {
          profileId: conflict.profileId,
          otherProfileId: conflict.otherProfileId,
          reason: conflict.reason,
          provinces: conflict.provinces ?? [],
        },
      }));
    }
    on('event.created', ({ event, by }) => ({
      by,
      at: event.createdAt,
      action: 'event.created',
      targetType: 'event',
      targetId: event._id,
      province: event.province,
      details: { title: event.title, kind: event.kind, status: event.status, startsAt: event.startsAt, coOrganizers: event.coOrganizers },
    }));
    // Publishing, completing and cancelling (other edits are in the event's own history of changes).
    on('event.updated', ({ event, previous, by }) =>
      event.status === previous.status
        ? null
        : {
            by,
            at: event.updatedAt,
            action: 'event.status_changed',
            targetType: 'event',
            targetId: event._id,
            province: event.province,
            details: { from: previous.status, to: event.status, title: event.title },
          },
    );
    on('event.registration', ({ registration: r, event, action, by }) => {
      const entry = { by, targetType: 'event' as const, targetId: r.eventId, province: event.province };
      // Letting someone in at the door, or taking it back.
      if (action === 'checked_in' || action === 'checkin_undone')
        return {
          ...entry,
          at: action === 'checked_in' ? (r.checkedInAt ?? this.now()) : r.updatedAt,
          action: `event.${action}` as const,
          details: { registrationId: r._id, profileId: r.profileId, code: r.code, assisted: r.assisted },
        };
      // Staff acting on someone else's registration; a person's own registering or leaving is not an administrative act.
      if (by === r.userId) return null;
      if (action === 'registered' || action === 'waitlisted')
        return {
          ...entry,
          at: r.updatedAt,
          action: 'event.registered_for',
          details: { registrationId: r._id, profileId: r.profileId, status: r.status },
        };
      if (action === 'cancelled')
        return {
          ...entry,
          at: r.updatedAt,
          action: 'event.registration_cancelled',
          details: { registrationId: r._id, profileId: r.profileId, from: r.history.at(-1)?.from ?? null },
        };
      return null;
    });
    on('event.replanned', ({ event, outcome, by }) => ({
      by,
      at: this.now(),
      action: 'event.replanned',
      targetType: 'event',
      targetId: event._id,
      province: event.province,
      details: { scheduled: outcome.scheduled, unscheduled: outcome.unscheduled.length, moved: outcome.moved },
    }));
    on('account.created', (e) =>
      e.by === null
        ? null // self-registration is not an administrative act
        : {
            by: e.by,
            at: this.now(),
            action: 'account.created',
            targetType: 'user',
            targetId: e.userId,
            province: e.province,
            details: { role: e.role },
          },
    );
    on('account.suspended', (e) => accountAction('account.suspended', e, { reason: e.reason }));
    for (const name of ['account.unsuspended', 'account.password_reset_sent'] as const) {
      on(name, (e) => accountAction(name, e, {}));
    }
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  private async write({ by, ...entry }: Entry): Promise<void> {
    const actor = by === 'system' ? null : await this.users.findById(by);
    await this.log.append({
      ...entry,
      actorId: by,
      actorRole: by === 'system' ? 'system' : (actor?.role ?? 'unknown'),
      actorName: by === 'system' ? 'Hệ thống (system)' : (actor?.name ?? ''),
    });
  }
}
