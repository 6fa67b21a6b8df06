// Sending and reading messages: over the socket when it is up (with acknowledgements), over HTTP
// otherwise. Every send carries a clientId, so a retry or an echo of our own message never duplicates.
import type { QueryClient } from '@tanstack/react-query';
import { conversationsApi } from '../api/conversations.js';
import { clearConversationUnread, noteRead, upsertMessage, type ThreadMessage } from '../api/cache.js';
import type { Message, ReadAck, SendMessageAck } from '@ketnoi/contract';
import type { RealtimeSocket } from './types.js';

export const ACK_TIMEOUT_MS = 8000;

export function newClientId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function emitWithAck<T>(socket: RealtimeSocket, event: string, payload: unknown, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('ack_timeout')), timeoutMs);
    socket.emit(event, payload, (ack: T) => {
      clearTimeout(timer);
      resolve(ack);
    });
  });
}

interface SendArgs {
  queryClient: QueryClient;
  socket: RealtimeSocket | null;
  conversationId: string;
  senderId: string;
  body: string;
  /** Reuse the clientId of a failed message to retry it. */
  clientId?: string;
  ackTimeoutMs?: number;
}

/** Shows the message at once (pending), then replaces it with the stored one or marks it failed. */
export async function sendMessage(args: SendArgs): Promise<Message | null> {
  const { queryClient, socket, conversationId, senderId, body } = args;
  const clientId = args.clientId ?? newClientId();
  const optimistic: ThreadMessage = {
    id: `local:${clientId}`,
    conversationId,
    senderId,
    body,
    clientId,
    createdAt: new Date().toISOString(),
    pending: true,
  };
  upsertMessage(queryClient, optimistic);
  try {
    let stored: Message | null = null;
    if (socket?.connected) {
      try {
        const ack = await emitWithAck<SendMessageAck>(
          socket,
          'message:send',
          { conversationId, body, clientId },
          args.ackTimeoutMs ?? ACK_TIMEOUT_MS,
        );
        if (!ack.ok) throw new Error(ack.error.code);
        stored = ack.message;
      } catch (error) {
        // A lost acknowledgement is retried over HTTP with the same clientId: the server answers with
        // the stored message if the first attempt did arrive.
        if ((error as Error).message !== 'ack_timeout') throw error;
      }
    }
    stored ??= await conversationsApi.send(conversationId, { body, clientId });
    upsertMessage(queryClient, stored);
    return stored;
  } catch {
    upsertMessage(queryClient, { ...optimistic, pending: false, failed: true });
    return null;
  }
}

interface ReadArgs {
  queryClient: QueryClient;
  socket: RealtimeSocket | null;
  conversationId: string;
  profileId: string;
  upTo: string;
}

export async function markConversationRead({ queryClient, socket, conversationId, profileId, upTo }: ReadArgs) {
  clearConversationUnread(queryClient, conversationId);
  noteRead(queryClient, conversationId, profileId, upTo);
  if (socket?.connected) {
    try {
      const ack = await emitWithAck<ReadAck>(socket, 'message:read', { conversationId, upTo }, ACK_TIMEOUT_MS);
      if (ack.ok) return;
    } catch {
      // fall through to HTTP
    }
  }
  await conversationsApi.read(conversationId, { upTo }).catch(() => undefined);
}
