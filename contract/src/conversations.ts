import { z } from 'zod';
import { MAX_MESSAGE_CHARS, ROLES } from './codes.js';
import { FORBIDDEN_TEXT_MESSAGE, hasForbiddenCharacters, Id, Limit, PageOf, RequiredText } from './primitives.js';

/** Cleaned like all stored text (primitives.ts): NFC, no control characters, something visible. */
export const MessageBody = RequiredText(MAX_MESSAGE_CHARS, 'The message is empty.');
export const ClientId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((s) => !hasForbiddenCharacters(s), FORBIDDEN_TEXT_MESSAGE)
  .meta({ description: 'Client-chosen id; resending it never duplicates the message' });

export const SendMessageBody = z
  .strictObject({
    body: MessageBody,
    clientId: ClientId,
  })
  .meta({ id: 'SendMessageRequest' });

export const ReadBody = z.strictObject({ upTo: Id }).meta({ id: 'ReadRequest' });

export const MessagesQuery = z
  .strictObject({
    before: Id.optional().meta({ description: 'A message id: the page holds the messages older than it' }),
    cursor: Id.optional().meta({ description: "The previous page's nextCursor (the list convention); same as before" }),
    limit: Limit(),
  })
  .refine((q) => !q.before || !q.cursor || q.before === q.cursor, {
    message: 'Give before or cursor, not two different ones.',
    path: ['cursor'],
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

/**
 * Who takes part, with the name to show: the two sides' profiles, and for a brokered intro the
 * staff member who introduced them (a member without a profile: name, role and office province).
 */
export const ConversationMember = z
  .strictObject({
    id: z.string().meta({ description: 'The id in participants and senderId: a profile id, or the broker’s user id' }),
    kind: z.enum(['profile', 'staff']),
    name: z.string(),
    role: z.enum(ROLES).meta({ description: 'The profile’s kind, or staff/admin for a broker' }),
    province: z.string().nullable(),
  })
  .meta({ id: 'ConversationMember' });

export const ConversationOutput = z
  .strictObject({
    id: z.string(),
    introId: z.string(),
    participants: z.array(z.string()),
    members: z.array(ConversationMember),
    me: z.string(),
    reads: z.record(z.string(), z.string()),
    lastMessage: MessageOutput.optional(),
    unread: z.number(),
    createdAt: z.string(),
  })
  .meta({ id: 'Conversation' });

/** Most recently active first; `nextCursor` continues after the last one (a conversation that gets a message moves to the top). */
export const ConversationList = PageOf(ConversationOutput).meta({ id: 'ConversationList' });
export const MessagePage = z.strictObject({ items: z.array(MessageOutput), nextCursor: z.string().nullable() }).meta({ id: 'MessagePage' });

/** A member's read mark: they have read `upTo` and everything before it. */
export const ReadMark = z.strictObject({ conversationId: z.string(), profileId: z.string(), upTo: z.string() }).meta({ id: 'ReadMark' });

export type SendMessageInput = z.input<typeof SendMessageBody>;
export type ReadInput = z.input<typeof ReadBody>;
export type MessagesParams = z.input<typeof MessagesQuery>;
export type Message = z.output<typeof MessageOutput>;
export type Conversation = z.output<typeof ConversationOutput>;
export type ConversationMember = z.output<typeof ConversationMember>;
export type ConversationList = z.output<typeof ConversationList>;
export type MessagePage = z.output<typeof MessagePage>;
export type ReadMark = z.output<typeof ReadMark>;
