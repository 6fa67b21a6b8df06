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
