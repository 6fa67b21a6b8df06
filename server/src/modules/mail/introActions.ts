// One-tap accept and decline of an intro from the "intro awaiting your answer" mail. The action
// runs as the account the mail went to, through the intros service, so the same policy and state
// machine apply as in the app (an intro answered meanwhile → 409 invalid_transition, token kept).
import type { AuthUser } from '../../http/api.js';
import type { UserDoc } from '../accounts/repository.js';
import type { IntrosService } from '../intros/service.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { MailActionHandler } from './actions.js';
import { actingUser } from './actions.js';
import type { MailTokenDoc } from './tokens.js';
import { InvalidTokenError } from './tokens.js';

export interface IntroActionDeps {
  intros: IntrosService;
  users: { findById(id: string): Promise<UserDoc | null> };
  profiles: { findById(id: string): Promise<ProfileDoc | null>; findByUserId(userId: string): Promise<ProfileDoc | null> };
}

async function actor(deps: IntroActionDeps, token: MailTokenDoc): Promise<{ user: AuthUser; introId: string }> {
  const introId = token.subject.introId;
  if (!introId) throw new InvalidTokenError();
  return { user: await actingUser(deps.users, token), introId };
}

function handler(deps: IntroActionDeps, answer: 'accept' | 'decline'): MailActionHandler {
  return {
    async describe(token) {
      const { user, introId } = await actor(deps, token);
      const intro = await deps.intros.get(user, introId);
      const [from, own] = await Promise.all([deps.profiles.findById(intro.fromProfileId), deps.profiles.findByUserId(user.id)]);
      const fromName = from?.name ?? '';
      return {
        settled: intro.status !== 'pending' || !own || !intro.awaiting.includes(own._id),
        title:
          answer === 'accept'
            ? { vi: `Đồng ý lời đề nghị giới thiệu của ${fromName}`, en: `Accept the introduction request from ${fromName}` }
            : { vi: `Từ chối lời đề nghị giới thiệu của ${fromName}`, en: `Decline the introduction request from ${fromName}` },
        details: { introId, status: intro.status, fromName },
      };
    },
    async perform(token) {
      const { user, introId } = await actor(deps, token);
      const intro = answer === 'accept' ? await deps.intros.accept(user, introId) : await deps.intros.decline(user, introId);
      return { introId, status: intro.status };
    },
  };
}

export function introMailActions(deps: IntroActionDeps): Record<string, MailActionHandler> {
  return { 'intro.accept': handler(deps, 'accept'), 'intro.decline': handler(deps, 'decline') };
}
