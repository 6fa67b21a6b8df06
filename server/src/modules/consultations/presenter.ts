import type { Consultation } from '@ketnoi/contract';
import type { ConsultationDoc } from './repository.js';

export function presentConsultation(c: ConsultationDoc): Consultation {
  return {
    id: c._id,
    introId: c.introId,
    startupId: c.startupId,
    helperId: c.helperId,
    ...(c.needId ? { needId: c.needId } : {}),
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    durationMinutes: c.durationMinutes,
    mode: c.mode,
    ...(c.location ? { location: c.location } : {}),
    ...(c.resource ? { resource: c.resource } : {}),
    status: c.status,
    ...(c.outcome ? { outcome: c.outcome } : {}),
    ...(c.cancelReason ? { cancelReason: c.cancelReason } : {}),
    ...(c.feedback ? { feedback: c.feedback } : {}),
    followUps: c.followUps ?? [],
    history: c.history,
    createdAt: c.createdAt,
  };
}
