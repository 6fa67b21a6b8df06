// Who may see and do what with a call (docs/CALLS.md "Who may do what"), on lib/authorize.ts and
// the event's own rules (events/policy.ts):
// - view: whoever may see the event (drafts: its organisers only) — a call is as public as its event;
// - manage (write the call, publish results): staff of the organising province and admins;
// - organise (every entry, progress, the scores CSV, paper scores): organising and co-organising staff, admins;
// - judge (score, recuse): the call's judges;
// - results: organisers and judges at any time, anyone once published.
import type { AuthUser } from '../../http/api.js';
import { definePolicy } from '../../lib/authorize.js';
import { eventPolicy } from '../events/policy.js';
import type { EventDoc } from '../events/repository.js';
import type { CallDoc } from './repository.js';

export interface CallSubject {
  event: Pick<EventDoc, 'province' | 'provinces' | 'status'>;
  call: Pick<CallDoc, 'judges' | 'resultsPublishedAt'>;
}

export type CallAction = 'manage' | 'organise' | 'judge' | 'results';

export const isJudge = (user: AuthUser | null, call: Pick<CallDoc, 'judges'>) => user !== null && call.judges.includes(user.id);

export const callPolicy = definePolicy<CallSubject, CallAction>('Call', ({ user }, { event }) => eventPolicy.canView(user, event), {
  manage: {
    allow: ({ user }, { event }) => eventPolicy.canManage(user, event),
    denied: 'Only staff of the organising province can change this call.',
  },
  organise: {
    allow: ({ user }, { event }) => eventPolicy.canOrganise(user, event),
    denied: 'Only the organisers of this event can do this.',
  },
  judge: {
    allow: ({ user }, { call }) => isJudge(user, call),
    denied: 'Only the judges of this call can score its entries.',
  },
  results: {
    allow: ({ user }, { event, call }) => call.resultsPublishedAt !== null || eventPolicy.canOrganise(user, event) || isJudge(user, call),
    denied: 'The results are not published yet.',
  },
});

/** The same rules for a caller who may not be signed in (public reads). */
export function mayReadResults(user: AuthUser | null, subject: CallSubject): boolean {
  if (subject.call.resultsPublishedAt !== null) return eventPolicy.canView(user, subject.event);
  return user !== null && callPolicy.can({ user, profileId: null }, 'results', subject);
}
