// Who may see and act on an introduction.
import type { Actor } from '../../lib/authorize.js';
import { definePolicy } from '../../lib/authorize.js';
import { isStaffFor } from '../accounts/policy.js';
import type { IntroDoc } from './repository.js';

/**
 * Whether the request was ever put to its target. One that waits for staff approval was not, nor
 * one that ended there (rejected, withdrawn, expired): the target never hears of those.
 */
export const reachedTarget = (intro: Pick<IntroDoc, 'history'>) => intro.history.some((h) => h.to === 'pending');

/** reachedTarget as a filter, for the target's lists. */
export const REACHED_TARGET = { 'history.to': 'pending' } as const;

const isParty = ({ profileId }: Actor, intro: IntroDoc) =>
  Boolean(profileId && (intro.fromProfileId === profileId || (intro.toProfileId === profileId && reachedTarget(intro))));
const moderates = ({ user }: Actor, intro: IntroDoc) => isStaffFor(user, intro.province);

/** Parties (the target once asked), the broker and staff of its province see an intro (anyone else gets 404). */
export const introPolicy = definePolicy<IntroDoc, 'answer' | 'withdraw' | 'approve' | 'reject'>(
  'Introduction',
  (actor, intro) => isParty(actor, intro) || intro.brokeredBy === actor.user.id || moderates(actor, intro),
  {
    answer: { allow: isParty, denied: 'Only the people being introduced can answer.' },
    withdraw: {
      // The requester: the broker for staff-brokered intros, otherwise the from side.
      allow: ({ user, profileId }, intro) => (intro.brokeredBy ? intro.brokeredBy === user.id : profileId === intro.fromProfileId),
      denied: 'Only the requester can withdraw this introduction.',
    },
    approve: { allow: moderates, denied: 'Only staff of this province can approve it.' },
    reject: { allow: moderates, denied: 'Only staff of this province can reject it.' },
  },
);

/** Which kinds may ask to meet which: startups ↔ experts, investors and providers. */
export function isAllowedPair(fromKind: string, toKind: string): boolean {
  return (fromKind === 'startup') !== (toKind === 'startup');
}
