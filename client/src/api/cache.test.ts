import { describe, expect, it } from 'vitest';
import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { mergeMessage, upsertIntro, type ThreadMessage } from './cache.js';
import { queryKeys } from './keys.js';
import type { Intro, Page } from '@ketnoi/contract';
import { intro, message } from '../test/fixtures.js';

describe('mergeMessage', () => {
  const page = (items: ThreadMessage[]): Page<ThreadMessage> => ({ items, nextCursor: null });

  it('puts a new message first (newest first) and replaces a copy with the same clientId', () => {
    const pending: ThreadMessage = message({ id: 'local:c9', clientId: 'c9', senderId: 'me' });
    pending.pending = true;
    let pages = mergeMessage([page([message()])], pending);
    expect(pages[0]!.items.map((m) => m.id)).toEqual(['local:c9', 'm-1']);
    pages = mergeMessage(pages, message({ id: 'm-2', clientId: 'c9', senderId: 'me' }));
    expect(pages[0]!.items.map((m) => m.id)).toEqual(['m-2', 'm-1']);
    // The echo of the same stored message is ignored, and a late local copy never replaces it.
    pages = mergeMessage(pages, message({ id: 'm-2', clientId: 'c9', senderId: 'me' }));
    pages = mergeMessage(pages, { ...pending, failed: true, pending: false });
    expect(pages[0]!.items.map((m) => [m.id, !!m.pending, !!m.failed])).toEqual([
      ['m-2', false, false],
      ['m-1', false, false],
    ]);
  });
});

describe('upsertIntro', () => {
  function seed(client: QueryClient, box: 'incoming' | 'outgoing', items: Intro[], status?: Intro['status']) {
    const data: InfiniteData<Page<Intro>, string | undefined> = { pages: [{ items, nextCursor: null }], pageParams: [undefined] };
    client.setQueryData(queryKeys.introList(status ? { box, status } : { box }), data);
  }
  const ids = (client: QueryClient, box: 'incoming' | 'outgoing', status?: Intro['status']) =>
    client
      .getQueryData<InfiniteData<Page<Intro>>>(queryKeys.introList(status ? { box, status } : { box }))!
      .pages.flatMap((p) => p.items.map((i) => `${i.id}:${i.status}`));

  it('adds a new intro to the box it belongs to and updates it everywhere it is listed', () => {
    const client = new QueryClient();
    seed(client, 'incoming', []);
    seed(client, 'outgoing', []);
    seed(client, 'incoming', [], 'pending');
    upsertIntro(client, intro(), 'p-expert');
    expect(ids(client, 'incoming')).toEqual(['i-1:pending']);
    expect(ids(client, 'outgoing')).toEqual([]);
    expect(ids(client, 'incoming', 'pending')).toEqual(['i-1:pending']);

    upsertIntro(client, intro({ status: 'accepted', acceptedBy: ['p-expert'], awaiting: [], conversationId: 'c-1' }), 'p-expert');
    expect(ids(client, 'incoming')).toEqual(['i-1:accepted']);
    // No longer matches the status filter: removed from that list.
    expect(ids(client, 'incoming', 'pending')).toEqual([]);
    expect(client.getQueryData<Intro>(queryKeys.intro('i-1'))?.status).toBe('accepted');
  });

  it('treats a brokered intro as incoming for both sides', () => {
    const client = new QueryClient();
    seed(client, 'incoming', []);
    upsertIntro(client, intro({ brokeredBy: 'u-staff', awaiting: ['p-startup', 'p-expert'] }), 'p-startup');
    expect(ids(client, 'incoming')).toEqual(['i-1:pending']);
  });
});
