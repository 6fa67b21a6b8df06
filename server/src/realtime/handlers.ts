// Client → server events (API.md "Realtime"): message:send, message:read, typing. Each
// payload is validated; answers go through the acknowledgement callback. Socket.IO hands the
// callback over as the last argument, so an event sent with only a callback, or with a second
// payload, would otherwise leave the callback unanswered (or store a message nobody acknowledged).
import type { Server } from 'socket.io';
import { ReadPayload, SendMessagePayload as SendPayload, TypingPayload } from '@ketnoi/contract';
import { AppError } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import type { TokenBuckets } from '../lib/tokenBuckets.js';
import { presentMessage } from '../modules/conversations/presenter.js';
import type { ConversationsService } from '../modules/conversations/service.js';
import type { SocketData } from './server.js';
import { userRoom } from './server.js';

type Ack = (answer: unknown) => void;

/** One payload, then the acknowledgement callback if the client gave one. */
function argumentsOf(args: unknown[]): { payloads: unknown[]; ack: Ack | undefined } {
  const last = args.at(-1);
  return typeof last === 'function' ? { payloads: args.slice(0, -1), ack: last as Ack } : { payloads: args, ack: undefined };
}

const ONE_PAYLOAD = { ok: false, error: { code: 'validation_failed', message: 'Send one payload object.' } } as const;

function failure(error: unknown): { ok: false; error: { code: string; message: string } } {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
  return { ok: false, error: { code: 'internal_error', message: 'Something went wrong. Please try again.' } };
}

export function registerSocketHandlers(
  io: Server,
  deps: { conversations: ConversationsService; typingBuckets: TokenBuckets; logger: Logger },
): void {
  io.on('connection', (socket) => {
    const { user } = socket.data as SocketData;
    const answer = (ack: Ack | undefined, value: unknown) => ack?.(value);

    socket.on('message:send', async (...args: unknown[]) => {
      const { payloads, ack } = argumentsOf(args);
      if (payloads.length !== 1) return answer(ack, ONE_PAYLOAD);
      const parsed = SendPayload.safeParse(payloads[0]);
      if (!parsed.success)
        return answer(ack, {
          ok: false,
          error: { code: 'validation_failed', message: parsed.error.issues[0]?.message ?? 'Invalid message.' },
        });
      try {
        const { message } = await deps.conversations.send(user, parsed.data.conversationId, {
          body: parsed.data.body,
          clientId: parsed.data.clientId,
        });
        answer(ack, { ok: true, message: presentMessage(message) });
      } catch (error) {
        if (!(error instanceof AppError)) deps.logger.error({ err: error }, 'message:send failed');
        answer(ack, failure(error));
      }
    });

    socket.on('message:read', async (...args: unknown[]) => {
      const { payloads, ack } = argumentsOf(args);
      if (payloads.length !== 1) return answer(ack, ONE_PAYLOAD);
      const parsed = ReadPayload.safeParse(payloads[0]);
      if (!parsed.success)
        return answer(ack, { ok: false, error: { code: 'validation_failed', message: 'Send conversationId and upTo.' } });
      try {
        await deps.conversations.markRead(user, parsed.data.conversationId, parsed.data.upTo);
        answer(ack, { ok: true });
      } catch (error) {
        answer(ack, failure(error));
      }
    });

    socket.on('typing', async (...args: unknown[]) => {
      const { payloads } = argumentsOf(args);
      const parsed = TypingPayload.safeParse(payloads.length === 1 ? payloads[0] : undefined);
      if (!parsed.success || !deps.typingBuckets.take(user.id)) return;
      try {
        const { conversation, member } = await deps.conversations.membership(user, parsed.data.conversationId);
        const others = conversation.members.filter((m) => m.userId !== user.id).map((m) => userRoom(m.userId));
        if (others.length) io.to(others).emit('typing', { conversationId: conversation._id, profileId: member.id });
      } catch {
        // not a member: ignore silently (typing has no acknowledgement)
      }
    });
  });
}
