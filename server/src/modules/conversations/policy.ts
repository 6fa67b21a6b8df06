// Who may read and write a conversation: its members only (the two introduced profiles and the
// broker, if any). Everyone else gets 404: a conversation's existence is not revealed. Staff see
// no conversation they are not a member of; the contact log is where offices record calls.
import type { AuthUser } from '../../http/api.js';
import type { ConversationDoc, Member } from './repository.js';

export const conversationPolicy = {
  /** The user's membership, or null when they may not see the conversation. */
  memberOf(user: AuthUser, conversation: ConversationDoc | null): Member | null {
    return conversation?.members.find((m) => m.userId === user.id) ?? null;
  },
};
