// "You have a new message": to a conversation member who was offline when it arrived, at most one
// per conversation per 30 minutes (the throttle is the caller's: triggers/messages.ts).
import { z } from 'zod';
import type { MailKind } from '../render.js';

const MessageData = z.object({
  conversationId: z.string().min(1),
  senderName: z.string().min(1),
  /** The start of the message that caused the mail. */
  preview: z.string(),
  /** Unread messages in the conversation, this one included. */
  unread: z.number().int().positive(),
});

export const messageReceived: MailKind<z.infer<typeof MessageData>> = {
  name: 'message.received',
  category: 'notification',
  data: MessageData,
  link: (data) => `/chat/${encodeURIComponent(data.conversationId)}`,
  templates: {
    vi: {
      subject: 'Tin nhắn mới từ {{senderName}}',
      button: 'Trả lời',
      text: `{{senderName}} đã gửi bạn một tin nhắn:

"{{preview}}"

{{#if (eq unread 1)}}Đây là tin chưa đọc duy nhất{{else}}Bạn có {{unread}} tin chưa đọc{{/if}} trong cuộc trò chuyện này. Trong 30 phút tới, tin mới ở đây sẽ không gửi thêm thư.`,
      html: `<p style="margin:0 0 12px;"><strong>{{senderName}}</strong> đã gửi bạn một tin nhắn:</p>
<blockquote class="kn-quote" style="margin:0 0 12px;padding:8px 14px;border-left:3px solid #0b5c4a;color:#3e4c59;">{{preview}}</blockquote>
<p style="margin:0;">{{#if (eq unread 1)}}Đây là tin chưa đọc duy nhất{{else}}Bạn có {{unread}} tin chưa đọc{{/if}} trong cuộc trò chuyện này. Trong 30 phút tới, tin mới ở đây sẽ không gửi thêm thư.</p>`,
    },
    en: {
      subject: 'New message from {{senderName}}',
      button: 'Reply',
      text: `{{senderName}} sent you a message:

"{{preview}}"

{{#if (eq unread 1)}}It is the only unread message{{else}}You have {{unread}} unread messages{{/if}} in this conversation. For the next 30 minutes, new messages here send no further mail.`,
      html: `<p style="margin:0 0 12px;"><strong>{{senderName}}</strong> sent you a message:</p>
<blockquote class="kn-quote" style="margin:0 0 12px;padding:8px 14px;border-left:3px solid #0b5c4a;color:#3e4c59;">{{preview}}</blockquote>
<p style="margin:0;">{{#if (eq unread 1)}}It is the only unread message{{else}}You have {{unread}} unread messages{{/if}} in this conversation. For the next 30 minutes, new messages here send no further mail.</p>`,
    },
  },
};
