// Who may see and act on a consultation: its two sides and the province's staff see it; the
// expert or provider records the outcome; the startup rates, confirms and follows it up; either
// side cancels or moves it.
import type { Actor } from '../../lib/authorize.js';
import { definePolicy } from '../../lib/authorize.js';
import type { Filter } from '../../store/types.js';
import { isStaffFor } from '../accounts/policy.js';
import type { IntroDoc } from '../intros/repository.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { ConsultationDoc } from './repository.js';

const isStartup = ({ profileId }: Actor, c: ConsultationDoc) => profileId !== null && profileId === c.startupId;
const isHelper = ({ profileId }: Actor, c: ConsultationDoc) => profileId !== null && profileId === c.helperId;

export const consultationPolicy = definePolicy<ConsultationDoc, 'complete' | 'cancel' | 'move' | 'rate' | 'confirm' | 'followUp'>(
  'Consultation',
  (actor, c) => isStartup(actor, c) || isHelper(actor, c) || isStaffFor(actor.user, c.province),
  {
    complete: { allow: isHelper, denied: 'The expert or provider records the outcome.' },
    cancel: { allow: (actor, c) => isStartup(actor, c) || isHelper(actor, c), denied: 'Only the two sides can cancel.' },
    move: { allow: (actor, c) => isStartup(actor, c) || isHelper(actor, c), denied: 'Only the two sides can move it.' },
    rate: { allow: isStartup, denied: 'The startup gives feedback.' },
    confirm: { allow: isStartup, denied: 'The startup confirms the outcome.' },
    followUp: { allow: isStartup, denied: 'The startup answers the follow-up.' },
  },
);

/** Either side of an introduction may schedule on it (others do not learn that it exists). */
export const maySchedule = ({ profileId }: Actor, intro: IntroDoc) =>
  profileId !== null && (intro.fromProfileId === profileId || intro.toProfileId === profileId);

/** The consultations a user lists: admins all, staff their province, a profile its own side. */
export function visibleConsultations(actor: Actor, own: ProfileDoc | null): Filter | null {
  if (actor.user.role === 'admin') return {};
  if (actor.user.role === 'staff') return { province: actor.user.province };
  if (!own) return null;
  return own.kind === 'startup' ? { startupId: own._id } : { helperId: own._id };
}
