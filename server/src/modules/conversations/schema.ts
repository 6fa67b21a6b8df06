import { z } from 'zod';
import { Id } from '../../lib/schema.js';
import { MAX_MESSAGE_CHARS } from './service.js';

export const SendMessageBody = z
  .strictObject({
    body: z.string().min(1, 'The message is empty.').max(MAX_MESSAGE_CHARS, `A message has at most ${MAX_MESSAGE_CHARS} characters.`),
    clientId: z.string().trim().min(1).max(100).meta({ description: 'Client-chosen id; resending it never duplicates the message' }),
  })
  .meta({ id: 'SendMessageRequest' });

export const ReadBody = z.strictObject({ upTo: Id }).meta({ id: 'ReadRequest' });

export const MessagesQuery = z.strictObject({
  before: Id.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional().default(50),
});

export const MessageOutput = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    senderId: z.string(),
    body: z.string(),
    clientId: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Message' });

export const ConversationOutput = z
  .object({
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
