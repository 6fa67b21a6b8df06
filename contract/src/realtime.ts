// Socket.IO events (API.md "Realtime"): their names, payload schemas and the typed event maps
// that the server's `Server<…>` and the client's `Socket<…>` are declared with.
import { z } from 'zod';
import type { ReadMark } from './conversations.js';
import { ClientId, MessageBody, MessageOutput } from './conversations.js';
import { EventOutput, MeetingOutput } from './events.js';
import { IntroOutput } from './intros.js';
import { NotificationOutput } from './notifications.js';
import { Id } from './primitives.js';

// ── client → server ──
export const SendMessagePayload = z
  .strictObject({ conversationId: Id, body: MessageBody, clientId: ClientId })
  .meta({ id: 'SendMessagePayload' });
export const ReadPayload = z.strictObject({ conversationId: Id, upTo: Id }).meta({ id: 'ReadPayload' });
export const TypingPayload = z.strictObject({ conversationId: Id }).meta({ id: 'TypingPayload' });

export const AckError = z.strictObject({ ok: z.literal(false), error: z.strictObject({ code: z.string(), message: z.string() }) });
export const SendMessageAck = z.union([z.strictObject({ ok: z.literal(true), message: MessageOutput }), AckError]);
export const ReadAck = z.union([z.strictObject({ ok: z.literal(true) }), AckError]);

// ── server → client ──
export const IntroEvent = z.strictObject({ intro: IntroOutput });
export const MessageEvent = z.strictObject({ message: MessageOutput });
export const TypingEvent = z.strictObject({ conversationId: z.string(), profileId: z.string() });
export const NotificationEvent = z.strictObject({ notification: NotificationOutput });
export const MeetingEvent = z.strictObject({ meeting: MeetingOutput });
export const EventUpdatedEvent = z.strictObject({ event: EventOutput });

export type SendMessageAck = z.infer<typeof SendMessageAck>;
export type ReadAck = z.infer<typeof ReadAck>;

export interface ServerToClientEvents {
  'intro:new': (payload: z.infer<typeof IntroEvent>) => void;
  'intro:updated': (payload: z.infer<typeof IntroEvent>) => void;
  'message:new': (payload: z.infer<typeof MessageEvent>) => void;
  'message:read': (payload: z.infer<typeof ReadMark>) => void;
  typing: (payload: z.infer<typeof TypingEvent>) => void;
  'notification:new': (payload: z.infer<typeof NotificationEvent>) => void;
  'meeting:new': (payload: z.infer<typeof MeetingEvent>) => void;
  'meeting:updated': (payload: z.infer<typeof MeetingEvent>) => void;
  'event:updated': (payload: z.infer<typeof EventUpdatedEvent>) => void;
}

export interface ClientToServerEvents {
  'message:send': (payload: z.input<typeof SendMessagePayload>, ack: (answer: SendMessageAck) => void) => void;
  'message:read': (payload: z.input<typeof ReadPayload>, ack: (answer: ReadAck) => void) => void;
  typing: (payload: z.input<typeof TypingPayload>) => void;
}

/** Every server → client event name (tests and the client subscribe to these). */
export const SERVER_EVENTS = [
  'intro:new',
  'intro:updated',
  'message:new',
  'message:read',
  'typing',
  'notification:new',
  'meeting:new',
  'meeting:updated',
  'event:updated',
] as const satisfies readonly (keyof ServerToClientEvents)[];
