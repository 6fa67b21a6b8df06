import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMessages, useReadState } from '../../api/hooks/conversations.js';
import { markConversationNotificationsRead } from '../../api/hooks/notifications.js';
import type { ThreadMessage } from '../../api/cache.js';
import type { Conversation } from '@ketnoi/contract';
import { useRealtime } from '../../realtime/context.js';
import { markConversationRead, sendMessage } from '../../realtime/chat.js';
import { settleOutbox, threadWithOutbox, useOutbox } from '../../realtime/outbox.js';
import { MemberName } from './MemberName.js';
import { EmptyState, ErrorState, LoadMore, Loading } from '../../components/States.js';
import { formatDate, formatTime } from '../../lib/format.js';
import { Composer } from './Composer.js';
import { useTyping } from './useTyping.js';
import { LinkedText } from '../../components/LinkedText.js';

interface Props {
  conversationId: string;
  conversation?: Conversation;
  myProfileId: string;
  /** The way back to the list, shown at the start of the header (phones). */
  back?: ReactNode;
}

function MessageBubble({
  message,
  mine,
  seen,
  onRetry,
  conversation,
}: {
  message: ThreadMessage;
  mine: boolean;
  seen: boolean;
  onRetry: () => void;
  conversation: Conversation | undefined;
}) {
  const { t } = useTranslation();
  return (
    <li
      className={`bubble${mine ? ' bubble--mine' : ''}${message.failed ? ' bubble--failed' : ''}`}
      data-testid="message"
      data-client-id={message.clientId}
    >
      {!mine && (
        <span className="bubble__sender">
          <MemberName conversation={conversation} id={message.senderId} link={false} />
        </span>
      )}
      <p className="bubble__body">
        <LinkedText>{message.body}</LinkedText>
      </p>
      <span className="bubble__meta">
        <time dateTime={message.createdAt}>{formatTime(message.createdAt)}</time>
        {mine && message.pending && <span> · {t('chat.sending')}</span>}
        {mine && message.waiting && <span className="bubble__waiting"> · {t('chat.waiting')}</span>}
        {mine && seen && !message.pending && <span> · {t('chat.seen')}</span>}
      </span>
      {message.failed && (
        <span className="bubble__failed" role="alert">
          {t('chat.failed')}{' '}
          <button type="button" className="btn btn--ghost btn--small" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </span>
      )}
    </li>
  );
}

export function ChatThread({ conversationId, conversation, myProfileId, back }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { socket, setOpenConversation } = useRealtime();
  const messagesQuery = useMessages(conversationId);
  const outbox = useOutbox(conversationId);
  const { data: liveReads } = useReadState(conversationId);
  const { typing, notifyTyping } = useTyping(conversationId, myProfileId);
  const listRef = useRef<HTMLOListElement>(null);
  const lastReadSent = useRef<string | null>(null);

  useEffect(() => {
    setOpenConversation(conversationId);
    return () => setOpenConversation(null);
  }, [conversationId, setOpenConversation]);

  // Pages come newest first; the thread shows oldest at the top and newest at the bottom, then what
  // is still on its way (kept apart so that a refetch of the pages never drops it).
  const stored = useMemo(() => (messagesQuery.data?.pages.flatMap((page) => page.items) ?? []).slice().reverse(), [messagesQuery.data]);
  const messages = useMemo(() => threadWithOutbox(stored, outbox), [stored, outbox]);
  const newest = messages[messages.length - 1];
  const newestStored = stored[stored.length - 1];

  // Once the pages hold a message's copy it leaves the outbox (checked again after each refetch).
  const fetching = messagesQuery.isFetching;
  useEffect(() => {
    if (!fetching) settleOutbox(queryClient, conversationId);
  }, [messagesQuery.data, fetching, outbox, queryClient, conversationId]);

  // Keep the newest message in view when it arrives.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [newest?.id]);

  // Tell the others we have read up to the newest message from them.
  useEffect(() => {
    if (!newestStored || newestStored.senderId === myProfileId) return;
    if (lastReadSent.current === newestStored.id) return;
    lastReadSent.current = newestStored.id;
    void markConversationRead({ queryClient, socket, conversationId, profileId: myProfileId, upTo: newestStored.id });
  }, [newestStored, myProfileId, conversationId, queryClient, socket]);

  // What the conversation shows is read: its "new message" notifications (and the bell) follow.
  const loaded = messagesQuery.isSuccess;
  useEffect(() => {
    if (loaded) void markConversationNotificationsRead(queryClient, conversationId);
  }, [loaded, newest?.id, conversationId, queryClient]);

  // "Seen" goes under my latest message that another participant has read up to (or past). Their
  // marks come with the conversation (so they survive a reload) and live from `message:read`; a mark
  // only moves forward, so the furthest of the two is the current one.
  const seenIndex = useMemo(() => {
    let max = -1;
    for (const reads of [conversation?.reads, liveReads]) {
      for (const [profileId, upTo] of Object.entries(reads ?? {})) {
        if (profileId !== myProfileId)
          max = Math.max(
            max,
            messages.findIndex((m) => m.id === upTo),
          );
      }
    }
    return max;
  }, [conversation?.reads, liveReads, messages, myProfileId]);
  const lastSeenMine = (() => {
    for (let i = Math.min(seenIndex, messages.length - 1); i >= 0; i--) if (messages[i]?.senderId === myProfileId) return messages[i]?.id;
    return undefined;
  })();

  const send = (body: string, clientId?: string) =>
    void sendMessage({ queryClient, socket, conversationId, senderId: myProfileId, body, clientId });

  const others = conversation?.participants.filter((p) => p !== myProfileId) ?? [];

  return (
    <section className="thread" aria-label={t('chat.thread')}>
      <header className="thread__head">
        {back}
        <h2>
          {others.length > 0
            ? others.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <MemberName conversation={conversation} id={id} />
                </span>
              ))
            : t('chat.conversation')}
        </h2>
      </header>
      {messagesQuery.isPending ? (
        <Loading />
      ) : messagesQuery.isError ? (
        <ErrorState error={messagesQuery.error} onRetry={() => void messagesQuery.refetch()} />
      ) : (
        <>
          <LoadMore query={messagesQuery} label={t('chat.loadOlder')} className="btn btn--ghost btn--small thread__older" />
          {messages.length === 0 ? (
            <EmptyState title={t('chat.emptyThread')} />
          ) : (
            // A scroll box: focusable, so a keyboard can scroll back through the conversation.
            <ol
              className="thread__messages"
              ref={listRef}
              aria-live="polite"
              aria-relevant="additions"
              aria-label={t('chat.messages')}
              tabIndex={0}
            >
              {messages.map((message, index) => {
                const previous = messages[index - 1];
                const newDay = !previous || formatDate(previous.createdAt) !== formatDate(message.createdAt);
                return (
                  <MessageGroup key={message.clientId || message.id} newDay={newDay} date={message.createdAt}>
                    <MessageBubble
                      message={message}
                      mine={message.senderId === myProfileId}
                      seen={message.id === lastSeenMine}
                      onRetry={() => send(message.body, message.clientId)}
                      conversation={conversation}
                    />
                  </MessageGroup>
                );
              })}
            </ol>
          )}
        </>
      )}
      <p className="thread__typing" aria-live="polite">
        {typing.length > 0 && (
          <>
            <MemberName conversation={conversation} id={typing[0]!} link={false} /> {t('chat.typing')}
          </>
        )}
      </p>
      <Composer conversationId={conversationId} onSend={(body) => send(body)} onTyping={notifyTyping} />
    </section>
  );
}

function MessageGroup({ newDay, date, children }: { newDay: boolean; date: string; children: ReactNode }) {
  return (
    <>
      {newDay && (
        <li className="thread__day" aria-hidden="true">
          {formatDate(date)}
        </li>
      )}
      {children}
    </>
  );
}
