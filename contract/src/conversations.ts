import { z } from 'zod';
import { MAX_MESSAGE_CHARS } from './codes.js';
import { Id, Limit } from './primitives.js';

export const MessageBody = z
  .string()
  .min(1, 'The message is empty.')
  .max(MAX_MESSAGE_CHARS, `A message has at most ${MAX_MESSAGE_CHARS} characters.`);
export const ClientId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .meta({ description: 'Client-chosen id; resending it never duplicates the message' });

export const SendMessageBody = z
  .strictObject({
    body: MessageBody,
    clientId: ClientId,
  })
  .meta({ id: 'SendMessageRequest' });

export const ReadBody = z.strictObject({ upTo: Id }).meta({ id: 'ReadRequest' });

export const MessagesQuery = z.strictObject({
  before: Id.optional(),
  limit: Limit(50),
});

export const MessageOutput = z
  .strictObject({
    id: z.string(),
    conversationId: z.string(),
    senderId: z.string(),
    body: z.string(),
    clientId: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Message' });

export const ConversationOutput = z
  .strictObject({
    id: z.string(),
    introId: z.string(),
    participants: z.array(z.string()),
    me: z.string(),
    reads: z.record(z.string(), z.string()),
    lastMessage: MessageOutput.optional(),
    unread: z.number(),
    createdAt: z.string(),
  })
  .meta({ id: 'Conversation' });

export const ConversationList = z.strictObject({ items: z.array(ConversationOutput) }).meta({ id: 'ConversationList' });
export const MessagePage = z.strictObject({ items: z.array(MessageOutput), nextCursor: z.string().nullable() }).meta({ id: 'MessagePage' });

/** A member's read mark: they have read `upTo` and everything before it. */
export const ReadMark = z.strictObject({ conversationId: z.string(), profileId: z.string(), upTo: z.string() }).meta({ id: 'ReadMark' });

export type SendMessageInput = z.input<typeof SendMessageBody>;
export type ReadInput = z.input<typeof ReadBody>;
export type MessagesParams = z.input<typeof MessagesQuery>;
export type Message = z.output<typeof MessageOutput>;
export type Conversation = z.output<typeof ConversationOutput>;
export type ConversationList = z.output<typeof ConversationList>;
export type MessagePage = z.output<typeof MessagePage>;
export type ReadMark = z.output<typeof ReadMark>;
