import type { ConsultationDoc } from './repository.js';

export function presentConsultation(c: ConsultationDoc): Record<string, unknown> {
  const out: Record<string, unknown> = { id: c._id, introId: c.introId, startupId: c.startupId, helperId: c.helperId };
  if (c.needId) out.needId = c.needId;
  Object.assign(out, { startsAt: c.startsAt, endsAt: c.endsAt, durationMinutes: c.durationMinutes, mode: c.mode });
  if (c.location) out.location = c.location;
  if (c.resource) out.resource = c.resource;
  out.status = c.status;
  if (c.outcome) out.outcome = c.outcome;
  if (c.cancelReason) out.cancelReason = c.cancelReason;
  if (c.feedback) out.feedback = c.feedback;
  out.history = c.history;
  out.createdAt = c.createdAt;
  return out;
}
