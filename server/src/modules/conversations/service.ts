import type { z } from 'zod';
import type { ConversationMember, Page, SendMessageBody } from '@ketnoi/contract';
import type { UsersRepository } from '../accounts/repository.js';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { NotFoundError, RateLimitedError, ValidationError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import { newId } from '../../lib/ids.js';
import type { PageQuery } from '../../lib/pagination.js';
import { decodeCursor, encodeCursor } from '../../lib/pagination.js';
import { DuplicateKeyError } from '../../store/types.js';
import type { IntroDoc } from '../intros/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import { conversationPolicy } from './policy.js';
import type { ConversationDoc, ConversationsRepository, Member, MessageDoc } from './repository.js';
import type { TokenBuckets } from '../../lib/tokenBuckets.js';

export const MAX_MESSAGE_CHARS = 4000;

export type SendInput = z.output<typeof SendMessageBody>;

/** Characters as the contract counts them (code points: an emoji is one, as JSON Schema's maxLength says). */
function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Code-point order, as the cursor's `<` compares (localeCompare would order ids differently). */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One conversation as its member sees it in the list. */
export interface ConversationView {
  conversation: ConversationDoc;
  member: Member;
  /** Every member with the name to show (profiles by their profile, brokers by their account). */
  members: ConversationMember[];
  lastMessage: MessageDoc | null;
  /** member id → readMark (see the repository). */
  reads: Record<string, string>;
  unread: number;
}

export class ConversationsService {
  constructor(
    private readonly repo: ConversationsRepository,
    private readonly profiles: ProfilesRepository,
    private readonly users: UsersRepository,
    private readonly buckets: TokenBuckets,
    private readonly daily: TokenBuckets,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Open the conversation of an accepted intro: both sides and the broker. Call inside its transaction. */
  async openForIntro(intro: IntroDoc): Promise<ConversationDoc> {
    const existing = await this.repo.findByIntro(intro._id);
    if (existing) return existing;
    const parties = await this.profiles.findMany([intro.fromProfileId, intro.toProfileId]);
    const members: Member[] = parties.map((p) => ({ id: p._id, userId: p.userId, kind: 'profile' }));
    if (intro.brokeredBy) members.push({ id: intro.brokeredBy, userId: intro.brokeredBy, kind: 'staff' });
    const now = this.clock.now().toISOString();
    const conversation: ConversationDoc = { _id: newId(), introId: intro._id, members, reads: {}, createdAt: now, updatedAt: now };
    await this.repo.conversations.insertOne(conversation);
    this.events.publish('conversation.opened', { conversation });
    return conversation;
  }

  /** The conversation, if `user` takes part in it (404 otherwise: others must not learn it exists). */
  async membership(user: AuthUser, conversationId: string): Promise<{ conversation: ConversationDoc; member: Member }> {
    const conversation = await this.repo.findConversation(conversationId);
    const member = conversationPolicy.memberOf(user, conversation);
    if (!conversation || !member) throw new NotFoundError('Conversation');
    return { conversation, member };
  }

  /**
   * A page of the user's conversations, most recently active first (last message, else opening;
   * ties by id), each with its last message, read marks and my unread count. The cursor is the
   * (activity, id) of the page's last conversation.
   */
  async list(user: AuthUser, query: PageQuery): Promise<Page<ConversationView>> {
    const conversations = await this.repo.forUser(user.id);
    const withLast = await Promise.all(
      conversations.map(async (conversation) => ({ conversation, lastMessage: await this.repo.lastMessage(conversation._id) })),
    );
    const activity = (c: (typeof withLast)[number]) => c.lastMessage?.createdAt ?? c.conversation.createdAt;
    const byRecency = (a: (typeof withLast)[number], b: (typeof withLast)[number]) =>
      compareText(activity(b), activity(a)) || compareText(b.conversation._id, a.conversation._id);
    withLast.sort(byRecency);
    const after = decodeCursor(query.cursor);
    const rest = after
      ? withLast.filter((c) => {
          const at = activity(c);
          return at < String(after.value) || (at === after.value && c.conversation._id < after.id);
        })
      : withLast;
    const shown = rest.slice(0, query.limit);
    const last = shown[shown.length - 1];
    const nextCursor = rest.length > query.limit && last ? encodeCursor({ value: activity(last), id: last.conversation._id }) : null;
    const names = await this.memberNames(shown.map((c) => c.conversation));
    const items = await Promise.all(
      shown.map(async ({ conversation, lastMessage }) => {
        const member = conversation.members.find((m) => m.userId === user.id)!;
        const reads = await this.repo.readMarks(conversation);
        return {
          conversation,
          member,
          members: conversation.members.flatMap((m) => names.get(m.id) ?? []),
          lastMessage,
          reads,
          unread: await this.repo.unreadCount(conversation._id, member.id, reads[member.id]),
        };
      }),
    );
    return { items, nextCursor };
  }

  /** Display names of every member of these conversations: two lookups however many there are. */
  private async memberNames(conversations: ConversationDoc[]): Promise<Map<string, ConversationMember>> {
    const all = conversations.flatMap((c) => c.members);
    const [profiles, brokers] = await Promise.all([
      this.profiles.findMany([...new Set(all.filter((m) => m.kind === 'profile').map((m) => m.id))]),
      this.users.findMany([...new Set(all.filter((m) => m.kind === 'staff').map((m) => m.userId))]),
    ]);
    const out = new Map<string, ConversationMember>();
    for (const p of profiles) out.set(p._id, { id: p._id, kind: 'profile', name: p.name, role: p.kind, province: p.province });
    for (const u of brokers) out.set(u._id, { id: u._id, kind: 'staff', name: u.name, role: u.role, province: u.province });
    return out;
  }

  /** A page of messages, newest first; `nextCursor` is the `before` for the next (older) page. */
  async messages(
    user: AuthUser,
    conversationId: string,
    before: string | undefined,
    limit: number,
  ): Promise<{ items: MessageDoc[]; nextCursor: string | null }> {
    await this.membership(user, conversationId);
    // A position that names no message of this thread would silently answer the newest page again.
    if (before && !(await this.repo.findMessage(conversationId, before)))
      throw new ValidationError('No message of this conversation has that id. Start again without it.', [
        { path: 'query.before', message: 'unknown message' },
      ]);
    const found = await this.repo.page(conversationId, before, limit + 1);
    const items = found.slice(0, limit);
    return { items, nextCursor: found.length > limit ? items[items.length - 1]!._id : null };
  }

  /** Takes one message from the sender's rate and daily allowance, or says which is spent (nothing taken then). */
  private charge(userId: string): RateLimitedError | null {
    if (!this.buckets.take(userId)) return new RateLimitedError('You are sending messages too fast. Wait a moment.', 2);
    if (this.daily.take(userId)) return null;
    this.buckets.refund(userId);
    return new RateLimitedError('You have sent as many messages as a day allows. Try again later.', this.daily.waitSeconds(userId));
  }

  /** Gives back what charge() took, for a send that turned out to be a resend. */
  private refund(userId: string): void {
    this.buckets.refund(userId);
    this.daily.refund(userId);
  }

  /** Store a message once per sender and clientId; a resend returns the stored message. */
  async send(user: AuthUser, conversationId: string, input: SendInput): Promise<{ message: MessageDoc; duplicate: boolean }> {
    const { conversation, member } = await this.membership(user, conversationId);
    const body = input.body.normalize('NFC');
    if (body.trim().length === 0) throw new ValidationError('The message is empty.', [{ path: 'body', message: 'empty' }]);
    if (body.length > MAX_MESSAGE_CHARS && characterCount(body) > MAX_MESSAGE_CHARS)
      throw new ValidationError(`A message has at most ${MAX_MESSAGE_CHARS} characters.`, [{ path: 'body', message: 'too long' }]);
    // A resend is recognised by the unique index (conversationId, senderId, clientId) when the insert is
    // refused, so a new message costs one write and no lookup. Resends are not charged to the rate.
    const refused = this.charge(user.id);
    if (refused) {
      const existing = await this.resent(conversationId, member.id, input.clientId);
      if (existing) return existing;
      throw refused;
    }
    const now = this.clock.now().toISOString();
    // The stored conversation's own id string (not the request's copy): one string fewer kept per message.
    const message: MessageDoc = {
      _id: newId(),
      conversationId: conversation._id,
      senderId: member.id,
      senderUserId: user.id,
      body,
      clientId: input.clientId,
      createdAt: now,
    };
    // One document, so no transaction: the conversation's last message and unread counts are
    // derived from the messages when read, which keeps a send to a single write on either engine.
    try {
      await this.repo.messages.insertOne(message);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      const existing = await this.resent(conversationId, member.id, input.clientId);
      if (!existing) throw error;
      this.refund(user.id);
      return existing;
    }
    this.events.publish('message.created', { message, conversation });
    return { message, duplicate: false };
  }

  private async resent(
    conversationId: string,
    senderId: string,
    clientId: string,
  ): Promise<{ message: MessageDoc; duplicate: true } | null> {
    const existing = await this.repo.findByClientId(conversationId, senderId, clientId);
    return existing ? { message: existing, duplicate: true } : null;
  }

  /** Move the member's read marker forward to `upTo` (never backwards). */
  async markRead(
    user: AuthUser,
    conversationId: string,
    upTo: string,
  ): Promise<{ conversationId: string; profileId: string; upTo: string }> {
    const { conversation, member } = await this.membership(user, conversationId);
    const message = await this.repo.findMessage(conversationId, upTo);
    if (!message) throw new NotFoundError('Message');
    const current = conversation.reads[member.id];
    if (current && current >= upTo) return { conversationId, profileId: member.id, upTo: current };
    // Only ever forward, decided by the store (two tabs marking at once on MongoDB included):
    // the update applies only while the stored mark is still behind `upTo` (ids sort in time).
    const mark = `reads.${member.id}`;
    const updated = await this.repo.conversations.findOneAndUpdate(
      { _id: conversationId, $or: [{ [mark]: { $exists: false } }, { [mark]: { $lt: upTo } }] },
      { $set: { [mark]: upTo } },
      { returnDocument: 'after' },
    );
    if (!updated) {
      const latest = (await this.repo.conversations.findOne({ _id: conversationId }))?.reads[member.id];
      return { conversationId, profileId: member.id, upTo: latest && latest > upTo ? latest : upTo };
    }
    this.events.publish('message.read', { conversation: updated, memberId: member.id, upTo });
    return { conversationId, profileId: member.id, upTo };
  }
}
