// Messages the user wrote that the server does not have yet. They live apart from the thread's
// server pages (which a reconnect's catch-up refetches and replaces) and are drawn after them until
// the server's copy with the same clientId is seen. Kept per user in sessionStorage, like drafts (and
// under the same prefix, so signing out clears them), so a phone that reloads the tab loses nothing.
import { useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { Me, Message, Page } from '@ketnoi/contract';
import { queryKeys } from '../api/keys.js';
import { upsertMessage, type ThreadMessage } from '../api/cache.js';
import { draftKey, readDraft } from '../lib/useDraft.js';

/**
 * sending: on its way now · waiting: the connection is down, it goes when it is back · failed: a send
 * that was refused or got no answer while connected (the person may retry) · sent: stored, drawn from
 * here only until the thread's pages have it.
 */
export type OutboxState = 'sending' | 'waiting' | 'failed' | 'sent';

export interface OutboxEntry {
  conversationId: string;
  clientId: string;
  senderId: string;
  body: string;
  createdAt: string;
  state: OutboxState;
  /** A failure the server decided (not a lost connection or a timeout): not resent on its own. */
  refused?: boolean;
  /** The stored message, once sent. */
  stored?: Message;
}

/** Every conversation's entries, oldest first, and whose they are. */
interface Outbox {
  userId: string | null;
  byConversation: Record<string, OutboxEntry[]>;
}

export const outboxKey = ['outbox'] as const;
const STORAGE_FORM = 'chat-outbox';

const userIdOf = (queryClient: QueryClient) => queryClient.getQueryData<Me | null>(queryKeys.me)?.user.id ?? null;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** What this tab kept for the user: a sending one was cut off by the reload, so it waits to go again. */
function loadStored(userId: string | null): Outbox {
  const byConversation: Record<string, OutboxEntry[]> = {};
  const store = storage();
  if (userId && store) {
    const prefix = draftKey(userId, { form: STORAGE_FORM, id: '' });
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(prefix)) continue;
      const entries = readDraft<OutboxEntry[]>(key);
      if (Array.isArray(entries) && entries.length > 0) {
        byConversation[key.slice(prefix.length)] = entries.map((e) => (e.state === 'sending' ? { ...e, state: 'waiting' } : e));
      }
    }
  }
  return { userId, byConversation };
}

function persist(userId: string | null, conversationId: string, entries: OutboxEntry[]): void {
  if (!userId) return;
  const unsent = entries.filter((e) => e.state !== 'sent');
  try {
    const key = draftKey(userId, { form: STORAGE_FORM, id: conversationId });
    if (unsent.length === 0) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(unsent));
  } catch {
    // Full or refused: the outbox still works for as long as the tab lives.
  }
}

/** The outbox of the signed-in user: in the query cache once written, from storage until then. */
export function readOutbox(queryClient: QueryClient): Outbox {
  const userId = userIdOf(queryClient);
  const cached = queryClient.getQueryData<Outbox>(outboxKey);
  return cached && cached.userId === userId ? cached : loadStored(userId);
}

function update(queryClient: QueryClient, conversationId: string, change: (entries: OutboxEntry[]) => OutboxEntry[]): void {
  const outbox = readOutbox(queryClient);
  const entries = change(outbox.byConversation[conversationId] ?? []);
  const byConversation = { ...outbox.byConversation, [conversationId]: entries };
  if (entries.length === 0) delete byConversation[conversationId];
  // Kept while nothing on screen watches it (the thread was left while a message waits).
  queryClient.setQueryDefaults(outboxKey, { gcTime: Infinity, staleTime: Infinity });
  queryClient.setQueryData<Outbox>(outboxKey, { ...outbox, byConversation });
  persist(outbox.userId, conversationId, entries);
}

export function outboxEntries(queryClient: QueryClient, conversationId: string): OutboxEntry[] {
  return readOutbox(queryClient).byConversation[conversationId] ?? [];
}

export function findEntry(queryClient: QueryClient, conversationId: string, clientId: string): OutboxEntry | undefined {
  return outboxEntries(queryClient, conversationId).find((e) => e.clientId === clientId);
}

/** Add the entry, or update the one with its clientId in place (a retry keeps its place in line). */
export function putEntry(queryClient: QueryClient, entry: OutboxEntry): void {
  update(queryClient, entry.conversationId, (entries) =>
    entries.some((e) => e.clientId === entry.clientId)
      ? entries.map((e) => (e.clientId === entry.clientId ? entry : e))
      : [...entries, entry],
  );
}

const sameMessage = (entry: OutboxEntry, message: Message) => message.clientId === entry.clientId && message.senderId === entry.senderId;

/**
 * Forget the entries the thread's pages now hold. A sent one they lack goes into them: a refetch
 * that started before it was stored (a reconnect's catch-up) may have replaced the pages without it.
 * Nothing moves while the pages are being fetched; this runs again once they are in.
 */
export function settleOutbox(queryClient: QueryClient, conversationId: string): void {
  const key = queryKeys.messages(conversationId);
  const entries = outboxEntries(queryClient, conversationId);
  if (entries.length === 0 || queryClient.isFetching({ queryKey: key, exact: true }) > 0) return;
  const pages = queryClient.getQueryData<InfiniteData<Page<Message>>>(key)?.pages ?? [];
  const held = (entry: OutboxEntry) => pages.some((page) => page.items.some((m) => sameMessage(entry, m)));
  const done = entries.filter((entry) => held(entry) || entry.state === 'sent');
  if (done.length === 0) return;
  for (const entry of done) if (!held(entry) && entry.stored) upsertMessage(queryClient, entry.stored);
  update(queryClient, conversationId, (current) => current.filter((e) => !done.some((d) => d.clientId === e.clientId)));
}

/** Sent again when the connection comes back: waiting, or failed for want of an answer. */
export const isResendable = (entry: OutboxEntry) => entry.state === 'waiting' || (entry.state === 'failed' && !entry.refused);

/** What to send again, each conversation's oldest first. */
export function entriesToResend(queryClient: QueryClient): OutboxEntry[] {
  return Object.values(readOutbox(queryClient).byConversation).flatMap((entries) => entries.filter(isResendable));
}

/** The thread as drawn: the server's pages (oldest first), then what is still only here. */
export function threadWithOutbox(serverOldestFirst: Message[], entries: OutboxEntry[]): ThreadMessage[] {
  const local = entries
    .filter((entry) => !serverOldestFirst.some((m) => sameMessage(entry, m)))
    .map((entry): ThreadMessage =>
      entry.state === 'sent' && entry.stored
        ? entry.stored
        : {
            id: `local:${entry.clientId}`,
            conversationId: entry.conversationId,
            senderId: entry.senderId,
            body: entry.body,
            clientId: entry.clientId,
            createdAt: entry.createdAt,
            pending: entry.state === 'sending',
            waiting: entry.state === 'waiting',
            failed: entry.state === 'failed',
          },
    );
  return local.length === 0 ? serverOldestFirst : [...serverOldestFirst, ...local];
}

const NOTHING: OutboxEntry[] = [];

/** The conversation's entries, kept current on screen. */
export function useOutbox(conversationId: string): OutboxEntry[] {
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: outboxKey,
    // Written only by the functions above; the first read comes from storage.
    queryFn: () => readOutbox(queryClient),
    initialData: () => readOutbox(queryClient),
    enabled: false,
    staleTime: Infinity,
    gcTime: Infinity,
    select: (outbox) => outbox.byConversation[conversationId] ?? NOTHING,
  });
  return data;
}
