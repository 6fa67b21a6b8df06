import type { Consultation } from '@ketnoi/contract';
import { presentProfileSummary } from '../profiles/presenter.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { ConsultationDoc } from './repository.js';

/** The contract's consultation; `parties` holds both sides' profiles so their summaries ride along. */
export function presentConsultation(c: ConsultationDoc, parties: ReadonlyMap<string, ProfileDoc>): Consultation {
  const startup = parties.get(c.startupId);
  const helper = parties.get(c.helperId);
  return {
    id: c._id,
    introId: c.introId,
    startupId: c.startupId,
    helperId: c.helperId,
    startup: startup ? presentProfileSummary(startup) : null,
    helper: helper ? presentProfileSummary(helper) : null,
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
