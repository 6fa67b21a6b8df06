import type { ProfileDoc } from '../profiles/repository.js';
import type { IntroDoc } from './repository.js';

type Summary = { id: string; kind: string; name: string; headline: string; province: string };

const summary = (p: ProfileDoc | undefined): Summary | undefined =>
  p ? { id: p._id, kind: p.kind, name: p.name, headline: p.headline, province: p.province } : undefined;

export function presentIntro(doc: IntroDoc, parties?: Map<string, ProfileDoc>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: doc._id,
    fromProfileId: doc.fromProfileId,
    toProfileId: doc.toProfileId,
  };
  if (doc.needId) out.needId = doc.needId;
  out.message = doc.message;
  if (doc.brokeredBy) out.brokeredBy = doc.brokeredBy;
  out.status = doc.status;
  out.acceptedBy = doc.acceptedBy;
  out.awaiting = doc.awaiting;
  if (doc.conversationId) out.conversationId = doc.conversationId;
  out.province = doc.province;
  if (doc.declineReason) out.declineReason = doc.declineReason;
  if (parties) {
    out.from = summary(parties.get(doc.fromProfileId));
    out.to = summary(parties.get(doc.toProfileId));
  }
  out.history = doc.history.map((h) => ({ at: h.at, by: h.by, from: h.from, to: h.to }));
  out.expiresAt = doc.expiresAt;
  out.createdAt = doc.createdAt;
  return out;
}
