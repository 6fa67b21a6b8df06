import { useCallback, useEffect, useRef, useState } from 'react';
import { useRealtime, useSocketEvent } from '../../realtime/context.js';

const SHOW_MS = 4000;
const SEND_EVERY_MS = 2500;

/** Who else is typing in this conversation, and a throttled notifier for our own typing. */
export function useTyping(conversationId: string, myProfileId: string | null) {
  const { socket } = useRealtime();
  const [typingIn, setTypingIn] = useState<{ conversationId: string; profileIds: string[] }>({ conversationId, profileIds: [] });
  const typing = typingIn.conversationId === conversationId ? typingIn.profileIds : [];
  const setTyping = (change: (list: string[]) => string[]) =>
    setTypingIn((current) => ({ conversationId, profileIds: change(current.conversationId === conversationId ? current.profileIds : []) }));
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const lastSent = useRef(0);

  useSocketEvent('typing', (event) => {
    if (event.conversationId !== conversationId || event.profileId === myProfileId) return;
    setTyping((list) => (list.includes(event.profileId) ? list : [...list, event.profileId]));
    clearTimeout(timers.current.get(event.profileId));
    timers.current.set(
      event.profileId,
      setTimeout(() => setTyping((list) => list.filter((p) => p !== event.profileId)), SHOW_MS),
    );
  });

  // A message from someone ends their typing.
  useSocketEvent('message:new', ({ message }) => {
    if (message.conversationId === conversationId) setTyping((list) => list.filter((p) => p !== message.senderId));
  });

  useEffect(() => {
    const map = timers.current;
    return () => map.forEach((timer) => clearTimeout(timer));
  }, [conversationId]);

  const notifyTyping = useCallback(() => {
    const now = Date.now();
    if (!socket?.connected || now - lastSent.current < SEND_EVERY_MS) return;
    lastSent.current = now;
    socket.emit('typing', { conversationId });
  }, [socket, conversationId]);

  return { typing, notifyTyping };
}
