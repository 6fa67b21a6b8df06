// Cache updates shared by mutations and realtime events, so a change arriving from either side
// lands in every cached list the same way (and never twice).
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { queryKeys } from './keys.js';
import type { ConversationList, Intro, IntroBox, IntroStatus, Message, Notification, Page } from '@ketnoi/contract';

type IntroListKey = readonly ['intros', 'list', { box: IntroBox; status?: IntroStatus }];

/** Does an intro belong in a list for this box, seen by this profile? */
export function introFitsBox(intro: Intro, box: IntroBox, myProfileId: string | null): boolean {
  if (box === 'all' || !myProfileId) return true;
  const awaitingMe = intro.toProfileId === myProfileId || (!!intro.brokeredBy && intro.fromProfileId === myProfileId);
  if (box === 'incoming') return awaitingMe;
  return intro.fromProfileId === myProfileId && !intro.brokeredBy;
}

/** Insert or replace an intro in every cached intro list it belongs to; drop it where it no longer fits. */
export function upsertIntro(queryClient: QueryClient, intro: Intro, myProfileId: string | null): void {
  queryClient.setQueryData(queryKeys.intro(intro.id), intro);
  for (const [key, data] of queryClient.getQueriesData<InfiniteData<Page<Intro>>>({ queryKey: queryKeys.introLists })) {
    if (!data) continue;
    const params = (key as unknown as IntroListKey)[2];
    const present = data.pages.some((page) => page.items.some((item) => item.id === intro.id));
    // The server decides which box an intro is in; an intro already listed stays in its box, and only
    // a new one is placed by the box rule. A status filter is always applied.
    const statusFits = !params.status || params.status === intro.status;
    const fits = statusFits && (present || introFitsBox(intro, params.box, myProfileId));
    let pages = data.pages.map((page) => ({
      ...page,
      items: fits ? page.items.map((item) => (item.id === intro.id ? intro : item)) : page.items.filter((item) => item.id !== intro.id),
    }));
    if (fits && !present && pages[0]) {
      pages = [{ ...pages[0], items: [intro, ...pages[0].items] }, ...pages.slice(1)];
    }
    queryClient.setQueryData<InfiniteData<Page<Intro>>>(key, { ...data, pages });
  }
}

/** A message as the thread draws it: the server's, or one still on its way (realtime/outbox.ts). */
export type ThreadMessage = Message & { pending?: boolean; waiting?: boolean; failed?: boolean };

const isLocal = (message: ThreadMessage) => !!(message.pending || message.waiting || message.failed);

/** Newest first, as the API returns; a message with the same id or clientId replaces the older copy. */
export function mergeMessage(pages: Page<ThreadMessage>[], message: ThreadMessage): Page<ThreadMessage>[] {
  const same = (item: ThreadMessage) => item.id === message.id || (!!message.clientId && item.clientId === message.clientId);
  const present = pages.some((page) => page.items.some(same));
  if (present) {
    return pages.map((page) => ({
      ...page,
      // A confirmed server copy is never replaced by a local (pending or failed) one.
      items: page.items.map((item) => (same(item) && !(isLocal(message) && !isLocal(item)) ? message : item)),
    }));
  }
  const [first, ...rest] = pages;
  if (!first) return [{ items: [message], nextCursor: null }];
  return [{ ...first, items: [message, ...first.items] }, ...rest];
}

export function upsertMessage(queryClient: QueryClient, message: ThreadMessage): void {
  queryClient.setQueryData<InfiniteData<Page<ThreadMessage>, string | undefined>>(queryKeys.messages(message.conversationId), (data) =>
    data ? { ...data, pages: mergeMessage(data.pages, message) } : data,
  );
}

/**
 * Keep the conversation list's preview and unread counts current after a live message. Whether a
 * message is one's own is read from the conversation (`me`: a profile id, or a staff member's user id).
 */
export function noteConversationMessage(queryClient: QueryClient, message: Message, openConversationId: string | null): boolean {
  let known = false;
  queryClient.setQueryData<ConversationList>(queryKeys.conversationList, (data) => {
    if (!data) return data;
    const items = data.items.map((conversation) => {
      if (conversation.id !== message.conversationId) return conversation;
      known = true;
      if (conversation.lastMessage?.id === message.id) return conversation;
      const fromOther = message.senderId !== conversation.me && openConversationId !== conversation.id;
      return { ...conversation, lastMessage: message, unread: conversation.unread + (fromOther ? 1 : 0) };
    });
    items.sort((a, b) => (b.lastMessage?.createdAt ?? '').localeCompare(a.lastMessage?.createdAt ?? ''));
    return { ...data, items };
  });
  return known;
}

export function clearConversationUnread(queryClient: QueryClient, conversationId: string): void {
  queryClient.setQueryData<ConversationList>(queryKeys.conversationList, (data) =>
    data ? { ...data, items: data.items.map((c) => (c.id === conversationId ? { ...c, unread: 0 } : c)) } : data,
  );
}

/** A read mark from one of my own sessions (another tab, the phone) clears that conversation's unread count. */
export function noteOwnRead(queryClient: QueryClient, conversationId: string, readerId: string): void {
  queryClient.setQueryData<ConversationList>(queryKeys.conversationList, (data) =>
    data ? { ...data, items: data.items.map((c) => (c.id === conversationId && c.me === readerId ? { ...c, unread: 0 } : c)) } : data,
  );
}

/** Unread messages over every conversation: the navigation's badge. */
export function totalUnread(list: ConversationList): number {
  return list.items.reduce((sum, conversation) => sum + conversation.unread, 0);
}

export type ReadState = Record<string, string>;

export function noteRead(queryClient: QueryClient, conversationId: string, profileId: string, upTo: string): void {
  queryClient.setQueryData<ReadState>(queryKeys.reads(conversationId), (state) => ({ ...state, [profileId]: upTo }));
}

/**
 * A pushed notification goes first. The server refreshes an unread one in place (new messages in
 * one conversation share a notification, its count and time renewed): the same id again replaces it.
 */
export function addNotification(queryClient: QueryClient, notification: Notification): void {
  for (const [key, data] of queryClient.getQueriesData<Page<Notification>>({ queryKey: queryKeys.notifications })) {
    if (!data) continue;
    const others = data.items.filter((item) => item.id !== notification.id);
    queryClient.setQueryData<Page<Notification>>(key, { ...data, items: [notification, ...others] });
  }
}
