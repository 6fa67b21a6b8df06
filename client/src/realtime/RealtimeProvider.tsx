import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { onlineManager, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMe } from '../api/hooks/auth.js';
import { queryKeys } from '../api/keys.js';
import { addNotification, noteConversationMessage, noteOwnRead, noteRead, upsertIntro, upsertMessage } from '../api/cache.js';
import { RealtimeContext, type RealtimeValue } from './context.js';
import { createSocketIo } from './socket.js';
import { resendOutbox } from './chat.js';
import { useOnline } from '../lib/useOnline.js';
import { settleOutbox } from './outbox.js';
import type { RealtimeSocket, RealtimeStatus, ServerEvents, SocketFactory } from './types.js';

type AnyListener = (...args: unknown[]) => void;

interface Refs {
  myProfileId: string | null;
  openConversationId: string | null;
}

/** Server events → TanStack Query cache, so every list on screen stays current without reloads. */
function cacheListeners(queryClient: QueryClient, refs: Refs) {
  return {
    'intro:new': ({ intro }: ServerEvents['intro:new']) => {
      upsertIntro(queryClient, intro, refs.myProfileId);
      if (intro.status === 'pending_staff') void queryClient.invalidateQueries({ queryKey: queryKeys.staffQueue });
    },
    'intro:updated': ({ intro }: ServerEvents['intro:updated']) => {
      upsertIntro(queryClient, intro, refs.myProfileId);
      void queryClient.invalidateQueries({ queryKey: queryKeys.staffQueue });
      if (intro.status === 'accepted') {
        // Acceptance opens a conversation and reveals contacts.
        void queryClient.invalidateQueries({ queryKey: queryKeys.conversationList });
        void queryClient.invalidateQueries({ queryKey: queryKeys.profile(intro.fromProfileId) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.profile(intro.toProfileId) });
      }
    },
    'message:new': ({ message }: ServerEvents['message:new']) => {
      upsertMessage(queryClient, message);
      // Our own message's copy (an echo, another tab's resend) takes the place of the one on its way.
      settleOutbox(queryClient, message.conversationId);
      const known = noteConversationMessage(queryClient, message, refs.openConversationId);
      if (!known) void queryClient.invalidateQueries({ queryKey: queryKeys.conversationList });
    },
    'message:read': ({ conversationId, profileId, upTo }: ServerEvents['message:read']) => {
      noteRead(queryClient, conversationId, profileId, upTo);
      noteOwnRead(queryClient, conversationId, profileId);
    },
    'notification:new': ({ notification }: ServerEvents['notification:new']) => {
      addNotification(queryClient, notification);
      if (notification.type.startsWith('consultation')) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.consultations });
      }
    },
  };
}

/** After a reconnect the client may have missed events: refetch what they would have changed. */
function catchUp(queryClient: QueryClient) {
  for (const key of [queryKeys.conversations, queryKeys.notifications, queryKeys.intros, queryKeys.consultations]) {
    void queryClient.invalidateQueries({ queryKey: key });
  }
}

/** Before its first report a signed-in user's socket is 'connecting'; an offline browser is reconnecting. */
function statusShown(userId: string | null, reported: RealtimeStatus, offline: boolean): RealtimeStatus {
  if (!userId || reported === 'unauthorized') return reported;
  if (offline) return 'reconnecting';
  return reported === 'off' ? 'connecting' : reported;
}

interface Props {
  children: ReactNode;
  /** Tests pass an in-memory socket; production creates a Socket.IO client after login. */
  socketFactory?: SocketFactory;
}

export function RealtimeProvider({ children, socketFactory = createSocketIo }: Props) {
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const userId = me?.user.id ?? null;
  const [socket, setSocket] = useState<RealtimeSocket | null>(null);
  // What the socket last reported.
  const [reported, setStatus] = useState<RealtimeStatus>('off');
  // The browser knows at once when the network is gone; the socket only after its heartbeat times
  // out (some 45 s), and messages sent meanwhile would be taken for lost.
  const online = useOnline();
  const status = statusShown(userId, reported, !online);
  const refs = useRef<Refs>({ myProfileId: null, openConversationId: null });
  const myProfileId = me?.profile?.id ?? null;
  const factory = useRef(socketFactory);

  // The listeners read the current profile through the ref (declared first: it runs before them).
  useEffect(() => {
    refs.current.myProfileId = myProfileId;
  }, [myProfileId]);

  useEffect(() => {
    if (!userId) return;
    let cancelled = false;
    let active: RealtimeSocket | null = null;
    let everConnected = false;
    const listeners: Record<string, (...args: never[]) => void> = {
      ...cacheListeners(queryClient, refs.current),
      connect: () => {
        setStatus('connected');
        if (everConnected) catchUp(queryClient);
        everConnected = true;
        // What waited for the connection (or failed while it was going) goes now, in order.
        void resendOutbox(queryClient, active);
      },
      disconnect: (reason: string) => {
        setStatus('reconnecting');
        // Socket.IO retries a lost connection by itself but not one the server closed: the server
        // closes a session's sockets when the session ends or is replaced (a password change keeps
        // this browser signed in under a new one). Asking again lets the handshake decide: the new
        // session connects, an ended one is told 'unauthorized' (below) and goes to sign in.
        if (reason === 'io server disconnect') active?.connect();
      },
      connect_error: (error: Error) => {
        if (error?.message === 'unauthorized') {
          // The session is gone: re-read it so the auth guard sends the user to sign in.
          setStatus('unauthorized');
          void queryClient.invalidateQueries({ queryKey: queryKeys.me });
        } else {
          setStatus('reconnecting');
        }
      },
    };
    // HTTP may work before the socket is back (or without it): waiting messages need not wait for it.
    const stopWatching = onlineManager.subscribe((isOnline) => {
      if (isOnline) void resendOutbox(queryClient, active);
    });
    void Promise.resolve(factory.current()).then((created) => {
      if (cancelled) {
        created.disconnect();
        return;
      }
      active = created;
      for (const [event, listener] of Object.entries(listeners)) created.on(event, listener as AnyListener);
      created.connect();
      setSocket(created);
    });
    return () => {
      cancelled = true;
      stopWatching();
      if (active) {
        for (const [event, listener] of Object.entries(listeners)) active.off(event, listener as AnyListener);
        active.disconnect();
      }
      setSocket(null);
      setStatus('off');
    };
  }, [userId, queryClient]);

  const value = useMemo<RealtimeValue>(
    () => ({
      socket,
      status,
      setOpenConversation: (conversationId) => {
        refs.current.openConversationId = conversationId;
      },
    }),
    [socket, status],
  );

  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}
