import type { Opportunity, OpportunityStatus } from '@ketnoi/contract';
import { presentProfileSummary } from '../profiles/presenter.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { OpportunityDoc } from './repository.js';

/** The status as of `now`: an open one past its expiry is expired even before the job records it. */
export function statusAt(doc: Pick<OpportunityDoc, 'status' | 'expiresAt'>, now: string): OpportunityStatus {
  return doc.status === 'open' && doc.expiresAt <= now ? 'expired' : doc.status;
}

export function presentOpportunity(doc: OpportunityDoc, owner: ProfileDoc, now: string, withSuggestions = false): Opportunity {
  return {
    id: doc._id,
    profileId: doc.profileId,
    profile: presentProfileSummary(owner),
    type: doc.type,
    category: doc.category,
    title: doc.title,
    description: doc.description,
    province: doc.province as Opportunity['province'],
    sectors: doc.sectors,
    expiresAt: doc.expiresAt,
    status: statusAt(doc, now),
    ...(withSuggestions && doc.suggestedCategories.length ? { suggestedCategories: doc.suggestedCategories } : {}),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}
