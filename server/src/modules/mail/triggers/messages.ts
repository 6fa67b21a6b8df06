// A message for someone who is offline: one mail per conversation per recipient in 30 minutes.
// The notification subscriber decides who is offline (the realtime layer's presence) and calls
// this in the transaction that stores that person's notification of the message.
import type { ConversationDoc, MessageDoc } from '../../conversations/repository.js';
import type { MailService } from '../service.js';

export const MESSAGE_MAIL_QUIET_MS = 30 * 60_000;
const PREVIEW_CHARS = 280;

export interface MessageMails {
  /** Mail `userId` about `message` unless a mail about this conversation went out in the last 30 minutes. */
  offline(userId: string, message: MessageDoc, conversation: ConversationDoc, unread: number): Promise<void>;
}

export class MessageMailTriggers implements MessageMails {
  constructor(
    private readonly deps: {
      mail: Pick<MailService, 'enqueue'>;
      /** The sender's name as others see it (the profile's, or the staff member's). */
      senderName(message: MessageDoc, conversation: ConversationDoc): Promise<string>;
    },
  ) {}

  async offline(userId: string, message: MessageDoc, conversation: ConversationDoc, unread: number): Promise<void> {
    const body = message.body.trim();
    await this.deps.mail.enqueue(
      'message.received',
      userId,
      {
        conversationId: conversation._id,
        senderName: await this.deps.senderName(message, conversation),
        preview: body.length > PREVIEW_CHARS ? `${body.slice(0, PREVIEW_CHARS - 1)}…` : body,
        unread: Math.max(1, unread),
      },
      { once: { key: `message.received:${conversation._id}:${userId}`, quietMs: MESSAGE_MAIL_QUIET_MS } },
    );
  }
}
