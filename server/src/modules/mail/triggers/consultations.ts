// Consultations and bookings scheduled, moved or cancelled: a mail with the calendar file to both
// sides (the one who acted gets the calendar entry too). The consultations service calls this
// inside the transaction of the change.
import type { ConsultationDoc } from '../../consultations/repository.js';
import type { ConsultationMails } from '../../consultations/service.js';
import type { ProfileDoc } from '../../profiles/repository.js';
import type { MailService } from '../service.js';

const KIND = { scheduled: 'consultation.scheduled', rescheduled: 'consultation.moved', cancelled: 'consultation.cancelled' } as const;

export class ConsultationMailTriggers implements ConsultationMails {
  constructor(
    private readonly deps: {
      mail: Pick<MailService, 'enqueue'>;
      profiles: { findMany(ids: readonly string[]): Promise<ProfileDoc[]> };
    },
  ) {}

  async changed(consultation: ConsultationDoc, action: keyof typeof KIND, _by: string, previousStartsAt?: string): Promise<void> {
    const parties = new Map((await this.deps.profiles.findMany([consultation.startupId, consultation.helperId])).map((p) => [p._id, p]));
    const startup = parties.get(consultation.startupId);
    const helper = parties.get(consultation.helperId);
    if (!startup || !helper) return;
    for (const [recipient, other] of [
      [startup, helper],
      [helper, startup],
    ] as const) {
      await this.deps.mail.enqueue(KIND[action], recipient.userId, {
        consultationId: consultation._id,
        withName: other.name,
        startsAt: consultation.startsAt,
        endsAt: consultation.endsAt,
        mode: consultation.mode,
        location: consultation.location ?? undefined,
        resource: consultation.resource ?? undefined,
        changedAt: consultation.updatedAt,
        reason: action === 'cancelled' ? (consultation.cancelReason ?? undefined) : undefined,
        previousStartsAt: action === 'rescheduled' ? previousStartsAt : undefined,
      });
    }
  }
}
