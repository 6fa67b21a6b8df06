// Domain events of conversations (published after commit; see server/src/events.ts for the whole list).
import type { ConversationDoc, MessageDoc } from './repository.js';

export interface ConversationEvents {
  'message.created': { message: MessageDoc; conversation: ConversationDoc };
  'message.read': { conversation: ConversationDoc; memberId: string; upTo: string };
  'conversation.opened': { conversation: ConversationDoc };
}
