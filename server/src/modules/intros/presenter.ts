import type { Intro } from '@ketnoi/contract';
import { presentProfileSummary } from '../profiles/presenter.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { IntroDoc } from './repository.js';

/** The contract's intro; with `parties`, the two sides' summaries ride along (no second request per card). */
export function presentIntro(doc: IntroDoc, parties?: Map<string, ProfileDoc>): Intro {
  const from = parties?.get(doc.fromProfileId);
  const to = parties?.get(doc.toProfileId);
  return {
    id: doc._id,
    fromProfileId: doc.fromProfileId,
    toProfileId: doc.toProfileId,
    ...(doc.needId ? { needId: doc.needId } : {}),
    ...(doc.opportunityId ? { opportunityId: doc.opportunityId } : {}),
    message: doc.message,
    ...(doc.brokeredBy ? { brokeredBy: doc.brokeredBy } : {}),
    status: doc.status,
    acceptedBy: doc.acceptedBy,
    awaiting: doc.awaiting,
    ...(doc.conversationId ? { conversationId: doc.conversationId } : {}),
    province: doc.province,
    ...(doc.declineReason ? { declineReason: doc.declineReason } : {}),
    ...(from ? { from: presentProfileSummary(from) } : {}),
    ...(to ? { to: presentProfileSummary(to) } : {}),
    history: doc.history.map((h) => ({ at: h.at, by: h.by, from: h.from, to: h.to })),
    expiresAt: doc.expiresAt,
    createdAt: doc.createdAt,
  };
}
