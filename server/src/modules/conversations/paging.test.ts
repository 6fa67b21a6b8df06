// Paging back through a conversation (API.md "Conversations and messages" and the list convention):
// newest first, `before=<messageId>` or the previous page's `nextCursor` as `?cursor=`, 20 by default.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../test/helpers/fixtures.js';
import { member, openConversation } from '../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../test/helpers/testApp.js';

interface Page {
  items: { id: string; body: string }[];
  nextCursor: string | null;
}

const t = useTestApp();
let startup: Member;
let expert: Member;
let conversation: string;
/** Bodies in the order they were sent, oldest first. */
const sent: string[] = [];

beforeAll(async () => {
  startup = await member(t, 'startup');
  expert = await member(t, 'expert');
  conversation = await openConversation(startup, expert);
  // Two senders, twelve each: within each sender's burst allowance.
  for (let i = 0; i < 24; i++) {
    const from = i % 2 === 0 ? startup : expert;
    const body = `Tin nhắn số ${i + 1}`;
    const res = await from.client.post(`/api/conversations/${conversation}/messages`, { body, clientId: `page-${i}` });
    expect(res.status).toBe(201);
    sent.push(body);
  }
});

const page = async (query: string) => {
  const res = await expert.client.get(`/api/conversations/${conversation}/messages${query}`);
  expect(res.status).toBe(200);
  return res.body as Page;
};

describe('GET /api/conversations/:id/messages paging', () => {
  it('pages back with before=<last id> newest first, without gaps or repeats', async () => {
    const bodies: string[] = [];
    let before: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const p: Page = await page(`?limit=7${before ? `&before=${before}` : ''}`);
      bodies.push(...p.items.map((m) => m.body));
      if (!p.nextCursor) break;
      expect(p.nextCursor).toBe(p.items.at(-1)!.id);
      before = p.nextCursor;
    }
    expect(bodies).toEqual([...sent].reverse());
  });

  it('gives 20 by default and takes nextCursor back as ?cursor=, like every list', async () => {
    const first = await page('');
    expect(first.items.map((m) => m.body)).toEqual([...sent].reverse().slice(0, 20));
    expect(first.nextCursor).toBe(first.items[19]!.id);
    const second = await page(`?cursor=${first.nextCursor}`);
    expect(second.items.map((m) => m.body)).toEqual([...sent].reverse().slice(20));
    expect(second.nextCursor).toBeNull();
    // The same cursor given both ways is the same page; two different ones are a mistake.
    expect((await page(`?cursor=${first.nextCursor}&before=${first.nextCursor}`)).items).toEqual(second.items);
    const both = await expert.client.get(
      `/api/conversations/${conversation}/messages?cursor=${first.nextCursor}&before=${first.items[0]!.id}`,
    );
    expect(both.status).toBe(400);
    expect(both.body.error.code).toBe('validation_failed');
  });
});

describe('GET /api/conversations paging', () => {
  interface ConversationPage {
    items: { id: string; lastMessage?: { body: string } }[];
    nextCursor: string | null;
  }

  it('gives 20 by default, most recently active first, and pages on with ?cursor= without gaps or repeats', async () => {
    const helper = await member(t, 'expert');
    const opened: string[] = [];
    for (let i = 0; i < 22; i++) opened.push(await openConversation(await member(t, 'startup'), helper, `Xin chào ${i}`));
    // The oldest conversation gets a message: it is now the most recently active.
    const res = await helper.client.post(`/api/conversations/${opened[0]}/messages`, { body: 'Trả lời', clientId: 'reply-0' });
    expect(res.status).toBe(201);
    const expected = [opened[0], ...opened.slice(1).reverse()];

    const first = (await helper.client.get('/api/conversations')).body as ConversationPage;
    expect(first.items.map((c) => c.id)).toEqual(expected.slice(0, 20));
    expect(first.items[0]!.lastMessage?.body).toBe('Trả lời');
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await helper.client.get(`/api/conversations?cursor=${first.nextCursor}`)).body as ConversationPage;
    expect(second.items.map((c) => c.id)).toEqual(expected.slice(20));
    expect(second.nextCursor).toBeNull();

    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ConversationPage = (await helper.client.get(`/api/conversations?limit=5${cursor ? `&cursor=${cursor}` : ''}`)).body;
      expect(page.items.length).toBeLessThanOrEqual(5);
      ids.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toEqual(expected);
  });

  it('refuses a limit out of 1..100 and a cursor it did not give', async () => {
    for (const query of ['limit=0', 'limit=101', 'cursor=not-a-cursor', 'sort=name']) {
      const res = await expert.client.get(`/api/conversations?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect((await expert.client.get('/api/conversations?limit=100')).body.items.map((c: { id: string }) => c.id)).toEqual([conversation]);
  });

  it('refuses a position that names no message of this conversation, rather than starting over', async () => {
    const other = await member(t, 'expert');
    const elsewhere = await openConversation(startup, other);
    const foreign = await startup.client.post(`/api/conversations/${elsewhere}/messages`, { body: 'Chào anh', clientId: 'foreign-1' });
    expect(foreign.status).toBe(201);
    for (const query of ['?before=bogus', '?cursor=bogus', `?before=${foreign.body.id}`]) {
      const res = await expert.client.get(`/api/conversations/${conversation}/messages${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', details: [{ path: 'query.before', message: 'unknown message' }] });
    }
  });
});
