import type { ConversationDoc, MessageDoc } from './repository.js';

export function presentMessage(m: MessageDoc): Record<string, unknown> {
  return { id: m._id, conversationId: m.conversationId, senderId: m.senderId, body: m.body, clientId: m.clientId, createdAt: m.createdAt };
}

export function presentConversation(c: ConversationDoc, unread: number, memberId: string, lastMessage: MessageDoc | null): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: c._id,
    introId: c.introId,
    participants: c.members.map((m) => m.id),
    me: memberId,
    reads: c.reads,
  };
  if (lastMessage) out.lastMessage = presentMessage(lastMessage);
  out.unread = unread;
  out.createdAt = c.createdAt;
  return out;
}
