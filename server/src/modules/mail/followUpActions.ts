// One-tap answers of the follow-up mail ("what happened next?"). The answer is recorded as the
// account the mail went to, through the consultations service (the startup's side only), and
// stored once: the token is used up and the same tag is never stored twice.
import { FollowUpTag } from '@ketnoi/contract';
import type { UserDoc } from '../accounts/repository.js';
import type { ConsultationsService } from '../consultations/service.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { MailActionHandler } from './actions.js';
import { actingUser } from './actions.js';
import { FOLLOW_UP_PURPOSE } from './kinds/consultationFollowUp.js';
import type { MailTokenDoc } from './tokens.js';
import { InvalidTokenError } from './tokens.js';
import { followUpLabel } from './triggers/followUps.js';

export interface FollowUpActionDeps {
  consultations: ConsultationsService;
  users: { findById(id: string): Promise<UserDoc | null> };
  profiles: { findById(id: string): Promise<ProfileDoc | null> };
}

async function answerOf(deps: FollowUpActionDeps, token: MailTokenDoc) {
  const tag = FollowUpTag.safeParse(token.subject.tag);
  const consultationId = token.subject.consultationId;
  if (!tag.success || !consultationId) throw new InvalidTokenError();
  return { user: await actingUser(deps.users, token), consultationId, tag: tag.data };
}

export function followUpMailActions(deps: FollowUpActionDeps): Record<string, MailActionHandler> {
  return {
    [FOLLOW_UP_PURPOSE]: {
      async describe(token) {
        const { user, consultationId, tag } = await answerOf(deps, token);
        const consultation = await deps.consultations.get(user, consultationId);
        const withName = (await deps.profiles.findById(consultation.helperId))?.name ?? '';
        const label = followUpLabel(tag) ?? { vi: tag, en: tag };
        return {
          title: {
            vi: `Ghi nhận kết quả sau buổi tư vấn với ${withName}: ${label.vi}`,
            en: `Record what came of the consultation with ${withName}: ${label.en}`,
          },
          details: { consultationId, tag, withName, answered: (consultation.followUps ?? []).map((f) => f.tag) },
        };
      },
      async perform(token) {
        const { user, consultationId, tag } = await answerOf(deps, token);
        const consultation = await deps.consultations.recordFollowUp(user, consultationId, tag);
        return { consultationId, tag, followUps: consultation.followUps ?? [] };
      },
    },
  };
}
