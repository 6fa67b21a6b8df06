// Sending and reading messages: over the socket when it is up (with acknowledgements), over HTTP
// otherwise. Every send carries a clientId, so a retry or an echo of our own message never duplicates.
import { onlineManager, type QueryClient } from '@tanstack/react-query';
import { conversationsApi } from '../api/conversations.js';
import { clearConversationUnread, noteRead, upsertMessage } from '../api/cache.js';
import { ApiError, isApiError } from '../api/http.js';
import type { Message, ReadAck, SendMessageAck } from '@ketnoi/contract';
import type { RealtimeSocket } from './types.js';
import { newClientId } from '../lib/clientId.js';
import { entriesToResend, findEntry, isResendable, putEntry, settleOutbox, type OutboxEntry } from './outbox.js';

export const ACK_TIMEOUT_MS = 8000;

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
  /** Reuse the clientId of an unsent message to send it again. */
  clientId?: string;
  ackTimeoutMs?: number;
}

/** The browser's word on the network, as the rest of the app reads it (lib/useOnline.ts). */
const browserOnline = () => onlineManager.isOnline();

const liveConnectionDown = (socket: RealtimeSocket | null) => !browserOnline() || !socket?.connected;

/** Failures that say nothing against the message itself: sent again when the connection is back. */
const TRANSIENT_CODES = new Set(['ack_timeout', 'network_error', 'rate_limited', 'unavailable', 'internal_error']);

/** Sends of one tab in flight, by clientId: a retry tap during a resend does not send twice. */
const inFlight = new WeakMap<QueryClient, Set<string>>();

/**
 * Shows the message at once (in the outbox, drawn after the thread's pages), then sends it: over the
 * socket, over HTTP when the socket is down or its acknowledgement is lost. A send that cannot reach
 * the server while the connection is down waits for it (resendOutbox); one refused, or lost while
 * connected, is marked failed.
 */
export async function sendMessage(args: SendArgs): Promise<Message | null> {
  const { queryClient, socket, conversationId, senderId, body } = args;
  const clientId = args.clientId ?? newClientId();
  const sending = inFlight.get(queryClient) ?? new Set<string>();
  inFlight.set(queryClient, sending);
  if (sending.has(clientId)) return null;
  const before = findEntry(queryClient, conversationId, clientId);
  const entry: OutboxEntry = {
    conversationId,
    senderId,
    body,
    clientId,
    createdAt: before?.createdAt ?? new Date().toISOString(),
    state: 'sending',
  };
  if (!browserOnline()) {
    // Nothing would reach the server: no point trying, nor calling it failed.
    putEntry(queryClient, { ...entry, state: 'waiting' });
    return null;
  }
  putEntry(queryClient, entry);
  sending.add(clientId);
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
        if (!ack.ok) throw new ApiError(ack.error.code, 0, ack.error.message);
        stored = ack.message;
      } catch (error) {
        // A lost acknowledgement is retried over HTTP with the same clientId: the server answers with
        // the stored message if the first attempt did arrive.
        if ((error as Error).message !== 'ack_timeout') throw error;
      }
    }
    stored ??= await conversationsApi.send(conversationId, { body, clientId });
    putEntry(queryClient, { ...entry, state: 'sent', stored });
    upsertMessage(queryClient, stored);
    settleOutbox(queryClient, conversationId);
    return stored;
  } catch (error) {
    const code = isApiError(error) ? error.code : (error as Error).message;
    const transient = TRANSIENT_CODES.has(code);
    // While the live connection is down a send that did not get through waits for it; failed is for
    // a send refused, or lost while connected.
    const waits = transient && liveConnectionDown(socket);
    putEntry(queryClient, { ...entry, state: waits ? 'waiting' : 'failed', refused: !transient });
    return null;
  } finally {
    sending.delete(clientId);
  }
}

const resending = new WeakMap<QueryClient, { again: boolean; done: Promise<void> }>();

/**
 * The connection is back: send again, in order and with their clientIds (the server keeps one copy),
 * what is waiting and what failed for want of an answer. One that fails again stays failed. A call
 * while a resend runs makes it go round once more instead of sending beside it (out of order).
 */
export function resendOutbox(queryClient: QueryClient, socket: RealtimeSocket | null): Promise<void> {
  const running = resending.get(queryClient);
  if (running) {
    running.again = true;
    return running.done;
  }
  const run = { again: true, done: Promise.resolve() };
  // Registered before it starts: with nothing to send the run ends before its first await.
  resending.set(queryClient, run);
  run.done = (async () => {
    try {
      while (run.again && browserOnline()) {
        run.again = false;
        for (const { conversationId, clientId } of entriesToResend(queryClient)) {
          if (!browserOnline()) break;
          // Still unsent? A retry tap may have sent it meanwhile.
          const entry = findEntry(queryClient, conversationId, clientId);
          if (!entry || !isResendable(entry)) continue;
          await sendMessage({ queryClient, socket, conversationId, senderId: entry.senderId, body: entry.body, clientId });
        }
      }
    } finally {
      resending.delete(queryClient);
    }
  })();
  return run.done;
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
