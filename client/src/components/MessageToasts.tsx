// A short alert when a message arrives while the person is elsewhere in the app, with the sender
// and a link to the conversation. It lives in a polite status region (read out, never takes focus)
// and is not shown for one's own messages or for the conversation on screen.
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ConversationList, Me, Message } from '@ketnoi/contract';
import { useMe } from '../api/hooks/auth.js';
import { useProfile } from '../api/hooks/profiles.js';
import { queryKeys } from '../api/keys.js';
import { useSocketEvent } from '../realtime/context.js';

/** How long an alert stays when nobody points at it or focuses it. */
export const TOAST_MS = 10_000;
const MAX_TOASTS = 3;

const chatPath = (conversationId: string) => `/chat/${encodeURIComponent(conversationId)}`;

/** The conversation list already shows every new message (with its unread count), and an open thread shows its own. */
function alreadyOnScreen(pathname: string, conversationId: string): boolean {
  return pathname === '/chat' || pathname === '/chat/' || pathname === chatPath(conversationId);
}

function isOwn(message: Message, me: Me, list: ConversationList | undefined): boolean {
  const conversation = list?.items.find((c) => c.id === message.conversationId);
  return message.senderId === (conversation?.me ?? me.profile?.id ?? me.user.id);
}

function Toast({ message, onDismiss }: { message: Message; onDismiss: (id: string) => void }) {
  const { t } = useTranslation();
  const sender = useProfile(message.senderId);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (paused || sender.isPending) return;
    const timer = setTimeout(() => onDismiss(message.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [paused, sender.isPending, onDismiss, message.id]);

  // Wait for the sender's name, so the alert is read out once and whole.
  if (sender.isPending) return null;
  const name = sender.data?.name ?? t('common.unknownProfile');
  return (
    <div
      className="toast"
      data-testid="message-toast"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <p className="toast__title">
        {t('messageAlerts.from')} <strong>{name}</strong>
      </p>
      <p className="toast__body">{message.body}</p>
      <Link to={chatPath(message.conversationId)} className="toast__link" onClick={() => onDismiss(message.id)}>
        {t('messageAlerts.open')}
      </Link>
      <button type="button" className="toast__close" aria-label={t('messageAlerts.dismiss')} onClick={() => onDismiss(message.id)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

export function MessageToasts() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const { pathname } = useLocation();
  const [toasts, setToasts] = useState<Message[]>([]);
  const dismiss = useCallback((id: string) => setToasts((current) => current.filter((m) => m.id !== id)), []);

  useSocketEvent('message:new', ({ message }) => {
    if (!me || alreadyOnScreen(pathname, message.conversationId)) return;
    if (isOwn(message, me, queryClient.getQueryData<ConversationList>(queryKeys.conversationList))) return;
    // One alert per conversation: a newer message replaces the older one.
    setToasts((current) => [message, ...current.filter((m) => m.conversationId !== message.conversationId)].slice(0, MAX_TOASTS));
  });

  // Opening a conversation (from the nav, a notification…) answers its alert.
  const [seenPath, setSeenPath] = useState(pathname);
  if (seenPath !== pathname) {
    setSeenPath(pathname);
    setToasts((current) => current.filter((m) => !alreadyOnScreen(pathname, m.conversationId)));
  }

  return (
    <div className="toasts" role="status" aria-atomic="false" aria-label={t('messageAlerts.region')}>
      {toasts.map((message) => (
        <Toast key={message.id} message={message} onDismiss={dismiss} />
      ))}
    </div>
  );
}
