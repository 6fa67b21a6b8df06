import type { MessageDoc } from './repository.js';
import type { ConversationView } from './service.js';

export function presentMessage(m: MessageDoc): Record<string, unknown> {
  return { id: m._id, conversationId: m.conversationId, senderId: m.senderId, body: m.body, clientId: m.clientId, createdAt: m.createdAt };
}

export function presentConversation(view: ConversationView): Record<string, unknown> {
  const { conversation: c, member, unread, lastMessage, reads } = view;
  const out: Record<string, unknown> = {
    id: c._id,
    introId: c.introId,
    participants: c.members.map((m) => m.id),
    me: member.id,
    reads,
  };
  if (lastMessage) out.lastMessage = presentMessage(lastMessage);
  out.unread = unread;
  out.createdAt = c.createdAt;
  return out;
}
