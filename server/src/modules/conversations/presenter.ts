import type { Conversation, Message } from '@ketnoi/contract';
import type { MessageDoc } from './repository.js';
import type { ConversationView } from './service.js';

export function presentMessage(m: MessageDoc): Message {
  return { id: m._id, conversationId: m.conversationId, senderId: m.senderId, body: m.body, clientId: m.clientId, createdAt: m.createdAt };
}

export function presentConversation(view: ConversationView): Conversation {
  const { conversation: c, member, members, unread, lastMessage, reads } = view;
  return {
    id: c._id,
    introId: c.introId,
    participants: c.members.map((m) => m.id),
    members,
    me: member.id,
    reads,
    ...(lastMessage ? { lastMessage: presentMessage(lastMessage) } : {}),
    unread,
    createdAt: c.createdAt,
  };
}
