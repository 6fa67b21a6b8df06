import type { Collection, Doc, Filter, Store } from '../../store/types.js';

export interface Member {
  /** Profile id for the two sides; the broker's user id for staff. */
  id: string;
  userId: string;
  kind: 'profile' | 'staff';
}

export interface ConversationDoc extends Doc {
  introId: string;
  members: Member[];
  /** member id → id of the newest message that member has marked read. */
  reads: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface MessageDoc extends Doc {
  conversationId: string;
  senderId: string;
  senderUserId: string;
  body: string;
  clientId: string;
  createdAt: string;
}

export class ConversationsRepository {
  readonly conversations: Collection<ConversationDoc>;
  readonly messages: Collection<MessageDoc>;

  constructor(store: Store) {
    this.conversations = store.collection<ConversationDoc>({
      name: 'conversations',
      indexes: [{ fields: { 'members.userId': 1 } }, { fields: { introId: 1 }, unique: true }],
    });
    this.messages = store.collection<MessageDoc>({
      name: 'messages',
      indexes: [
        // A resend is the same sender's: another member may pick the same clientId for a message of their own.
        { fields: { conversationId: 1, senderId: 1, clientId: 1 }, unique: true },
        // A conversation's newest messages (pages and the list's last message) without a sort.
        { fields: { conversationId: 1, _id: -1 } },
        // A member's newest own message (see readMark).
        { fields: { conversationId: 1, senderId: 1, _id: -1 } },
      ],
    });
  }

  findConversation(id: string): Promise<ConversationDoc | null> {
    return this.conversations.findOne({ _id: id });
  }

  findByIntro(introId: string): Promise<ConversationDoc | null> {
    return this.conversations.findOne({ introId });
  }

  /** Every conversation `userId` takes part in (a handful per person; a broker's few hundred at most). */
  forUser(userId: string): Promise<ConversationDoc[]> {
    return this.conversations.find({ 'members.userId': userId });
  }

  /** The newest message of a conversation, or null before the first one. */
  async lastMessage(conversationId: string): Promise<MessageDoc | null> {
    const [newest] = await this.page(conversationId, undefined, 1);
    return newest ?? null;
  }

  findMessage(conversationId: string, id: string): Promise<MessageDoc | null> {
    return this.messages.findOne({ _id: id, conversationId });
  }

  findByClientId(conversationId: string, senderId: string, clientId: string): Promise<MessageDoc | null> {
    return this.messages.findOne({ conversationId, senderId, clientId });
  }

  /** Newest first, strictly older than `before` (message ids are time-ordered). */
  page(conversationId: string, before: string | undefined, limit: number): Promise<MessageDoc[]> {
    const filter: Filter = before ? { conversationId, _id: { $lt: before } } : { conversationId };
    return this.messages.find(filter, { sort: { _id: -1 }, limit });
  }

  /**
   * Where a member has read up to: their read mark, or their own newest message when that is newer
   * (writing a message means having read what came before it; a send does not rewrite the mark).
   */
  async readMark(conversation: ConversationDoc, memberId: string): Promise<string | undefined> {
    const marked = conversation.reads[memberId];
    const [own] = await this.messages.find(
      { conversationId: conversation._id, senderId: memberId },
      { sort: { _id: -1 }, limit: 1, projection: { _id: 1 } },
    );
    if (!own) return marked;
    return marked && marked > own._id ? marked : own._id;
  }

  /** readMark of every member that has one. */
  async readMarks(conversation: ConversationDoc): Promise<Record<string, string>> {
    const marks: Record<string, string> = {};
    for (const member of conversation.members) {
      const mark = await this.readMark(conversation, member.id);
      if (mark) marks[member.id] = mark;
    }
    return marks;
  }

  /** Messages from the others after `upTo` (a readMark). */
  unreadCount(conversationId: string, memberId: string, upTo: string | undefined): Promise<number> {
    const filter: Filter = { conversationId, senderId: { $ne: memberId } };
    if (upTo) filter._id = { $gt: upTo };
    return this.messages.countDocuments(filter);
  }
}
