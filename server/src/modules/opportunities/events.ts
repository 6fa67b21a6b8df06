// Domain events of opportunities (published after commit; see server/src/events.ts for the whole list).
import type { OpportunityStatus } from '@ketnoi/contract';

export interface OpportunityEvents {
  'opportunity.created': { opportunityId: string; profileId: string; province: string; by: string };
  'opportunity.updated': { opportunityId: string; profileId: string; status: OpportunityStatus; by: string };
  /** Someone answered it: the intro to its owner carries `opportunityId`. */
  'opportunity.interest': { opportunityId: string; introId: string; fromProfileId: string; by: string };
}
