// A message for someone who is offline: one mail per conversation per recipient in 30 minutes.
// The notification subscriber decides who is offline (the realtime layer's presence) and calls
// this in the transaction that stores that person's notification of the message.
import type { ConversationDoc, MessageDoc } from '../../conversations/repository.js';
import type { MailService } from '../service.js';

export const MESSAGE_MAIL_QUIET_MS = 30 * 60_000;
const PREVIEW_CHARS = 280;

export interface MessageMails {
  /**
   * Mail `userId` about `message` (from `senderName`, as others see the sender) unless a mail
   * about this conversation went out in the last 30 minutes.
   */
  offline(userId: string, message: MessageDoc, conversation: ConversationDoc, unread: number, senderName: string): Promise<void>;
}

export class MessageMailTriggers implements MessageMails {
  constructor(private readonly deps: { mail: Pick<MailService, 'enqueue'> }) {}

  async offline(userId: string, message: MessageDoc, conversation: ConversationDoc, unread: number, senderName: string): Promise<void> {
    const body = message.body.trim();
    await this.deps.mail.enqueue(
      'message.received',
      userId,
      {
        conversationId: conversation._id,
        senderName,
        preview: body.length > PREVIEW_CHARS ? `${body.slice(0, PREVIEW_CHARS - 1)}…` : body,
        unread: Math.max(1, unread),
      },
      { once: { key: `message.received:${conversation._id}:${userId}`, quietMs: MESSAGE_MAIL_QUIET_MS } },
    );
  }
}
