import { createContext, useContext, useEffect, useRef } from 'react';
import type { RealtimeSocket, RealtimeStatus, ServerEvents } from './types.js';

export interface RealtimeValue {
  socket: RealtimeSocket | null;
  status: RealtimeStatus;
  /** The conversation on screen: its live messages do not count as unread. */
  setOpenConversation: (conversationId: string | null) => void;
}

export const RealtimeContext = createContext<RealtimeValue>({
  socket: null,
  status: 'off',
  setOpenConversation: () => undefined,
});

export function useRealtime(): RealtimeValue {
  return useContext(RealtimeContext);
}

/** Subscribe a component to one server event for as long as it is mounted. */
export function useSocketEvent<E extends keyof ServerEvents>(event: E, handler: (payload: ServerEvents[E]) => void) {
  const { socket } = useRealtime();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!socket) return;
    const listener = (payload: ServerEvents[E]) => latest.current(payload);
    socket.on(event, listener);
    return () => {
      socket.off(event, listener);
    };
  }, [socket, event]);
}
