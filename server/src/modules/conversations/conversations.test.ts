import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../test/helpers/fixtures.js';
import { member, openConversation } from '../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../test/helpers/testApp.js';

let startup: Member;
let lawyer: Member;
let tester: Member;

const t = useTestApp();
beforeAll(async () => {
  startup = await member(t, 'startup');
  lawyer = await member(t, 'expert');
  tester = await member(t, 'expert');
});

describe('GET /api/conversations', () => {
  it('lists the most recently active conversation first, with its newest message and my unread count', async () => {
    const withLawyer = await openConversation(startup, lawyer);
    const withTester = await openConversation(startup, tester);
    const list = async (m: Member) => (await m.client.get('/api/conversations')).body.items as Array<Record<string, unknown>>;

    // No messages yet: newest conversation first, no lastMessage.
    let items = await list(startup);
    expect(items.map((c) => c.id)).toEqual([withTester, withLawyer]);
    expect(items.every((c) => c.lastMessage === undefined && c.unread === 0)).toBe(true);

    const first = (
      await lawyer.client.post(`/api/conversations/${withLawyer}/messages`, { body: 'Hồ sơ nhãn hiệu cần mẫu logo.', clientId: 'l-1' })
    ).body;
    const second = (
      await lawyer.client.post(`/api/conversations/${withLawyer}/messages`, { body: 'Và giấy phép kinh doanh.', clientId: 'l-2' })
    ).body;
    items = await list(startup);
    expect(items.map((c) => c.id)).toEqual([withLawyer, withTester]);
    expect(items[0]).toMatchObject({
      lastMessage: {
        id: second.id,
        conversationId: withLawyer,
        senderId: lawyer.profile.id,
        body: 'Và giấy phép kinh doanh.',
        clientId: 'l-2',
      },
      unread: 2,
    });
    expect(first.id < second.id).toBe(true);

    // My own message moves the conversation up but is never unread for me; the other side has one unread.
    const mine = (
      await startup.client.post(`/api/conversations/${withTester}/messages`, { body: 'Khi nào có kết quả kiểm nghiệm?', clientId: 's-1' })
    ).body;
    items = await list(startup);
    expect(items.map((c) => c.id)).toEqual([withTester, withLawyer]);
    expect(items[0]).toMatchObject({ lastMessage: { id: mine.id, senderId: startup.profile.id }, unread: 0 });
    expect((await list(tester))[0]).toMatchObject({ id: withTester, lastMessage: { id: mine.id }, unread: 1 });

    // Reading up to the newest message clears the count; a resend of a clientId changes nothing.
    expect((await startup.client.post(`/api/conversations/${withLawyer}/read`, { upTo: second.id })).status).toBeLessThan(300);
    const resent = await lawyer.client.post(`/api/conversations/${withLawyer}/messages`, {
      body: 'Hồ sơ nhãn hiệu cần mẫu logo.',
      clientId: 'l-1',
    });
    expect(resent.body.id).toBe(first.id);
    items = await list(startup);
    expect(items.find((c) => c.id === withLawyer)).toMatchObject({ lastMessage: { id: second.id }, unread: 0 });
  });

  it('counts a reply as having read what came before it, for unread counts and read receipts', async () => {
    const certifier = await member(t, 'expert');
    const conversation = await openConversation(startup, certifier);
    const find = async (m: Member) =>
      ((await m.client.get('/api/conversations')).body.items as Array<Record<string, unknown>>).find((c) => c.id === conversation)!;
    const question = (
      await certifier.client.post(`/api/conversations/${conversation}/messages`, { body: 'Sản phẩm đã có mã vạch chưa?', clientId: 't-q' })
    ).body;
    expect(await find(startup)).toMatchObject({ unread: 1, reads: { [certifier.profile.id]: question.id } });

    const reply = (await startup.client.post(`/api/conversations/${conversation}/messages`, { body: 'Dạ chưa ạ.', clientId: 's-a' })).body;
    expect(await find(startup)).toMatchObject({
      unread: 0,
      reads: { [startup.profile.id]: reply.id, [certifier.profile.id]: question.id },
    });
    // The certifier has not read the reply: one unread, and the startup's mark is the reply (their "seen" on the question).
    expect(await find(certifier)).toMatchObject({ unread: 1, reads: { [startup.profile.id]: reply.id } });
  });
});

describe('POST /api/conversations/:id/messages with a clientId the other side used', () => {
  it('stores each member’s message: a resend is the same sender’s, not whoever picked the id first', async () => {
    const advisor = await member(t, 'expert');
    const conversation = await openConversation(startup, advisor);
    const path = `/api/conversations/${conversation}/messages`;
    // Both apps number their messages the same way.
    const hers = await startup.client.post(path, { body: 'Em gửi mẫu nhãn ạ.', clientId: 'msg-1' });
    const his = await advisor.client.post(path, { body: 'Tôi nhận được rồi.', clientId: 'msg-1' });
    expect(hers.status).toBe(201);
    expect(his.status).toBe(201);
    expect(his.body).toMatchObject({ senderId: advisor.profile.id, body: 'Tôi nhận được rồi.', clientId: 'msg-1' });
    expect(his.body.id).not.toBe(hers.body.id);
    // Each one's resend still answers their own message.
    const again = await advisor.client.post(path, { body: 'Tôi nhận được rồi.', clientId: 'msg-1' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(his.body.id);
    const history = (await startup.client.get(path)).body.items as { body: string }[];
    expect(history.map((m) => m.body)).toEqual(['Tôi nhận được rồi.', 'Em gửi mẫu nhãn ạ.']);
  });
});

describe('POST /api/conversations/:id/messages, in a row', () => {
  it('takes 30 messages sent one after another by one member, a page and a half of the list', async () => {
    const sender = await member(t, 'startup');
    const expert = await member(t, 'expert');
    const conversation = await openConversation(sender, expert);
    for (let i = 0; i < 30; i++) {
      const res = await sender.client.post(`/api/conversations/${conversation}/messages`, { body: `Tin số ${i}`, clientId: `row-${i}` });
      expect(res.status).toBe(201);
    }
    const first = (await expert.client.get(`/api/conversations/${conversation}/messages`)).body;
    expect(first.items).toHaveLength(20);
    const second = (await expert.client.get(`/api/conversations/${conversation}/messages?cursor=${first.nextCursor}`)).body;
    expect(second.items).toHaveLength(10);
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((m: { body: string }) => m.body)).toEqual(
      Array.from({ length: 30 }, (_, i) => `Tin số ${29 - i}`),
    );
  });
});

describe('POST /api/conversations/:id/messages, resends', () => {
  it('answers a resend with the stored message and does not charge it to the sending rate', async () => {
    const sender = await member(t, 'startup');
    const expert = await member(t, 'expert');
    const conversation = await openConversation(sender, expert);
    const post = (i: number) =>
      sender.client.post(`/api/conversations/${conversation}/messages`, { body: `Tin số ${i}`, clientId: `rate-${i}` });
    const first = await Promise.all(Array.from({ length: 10 }, (_, i) => post(i)));
    expect(first.map((r) => r.status)).toEqual(Array(10).fill(201));
    // Fifteen resends: each answers with the message already stored, none is stored again.
    for (let round = 0; round < 15; round++) {
      const again = await post(round % 10);
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(first[round % 10]!.body.id);
    }
    // Ten new messages still go through: the resends cost nothing.
    const more = await Promise.all(Array.from({ length: 10 }, (_, i) => post(10 + i)));
    expect(more.map((r) => r.status)).toEqual(Array(10).fill(201));
    const stored = (await expert.client.get(`/api/conversations/${conversation}/messages?limit=50`)).body.items as { clientId: string }[];
    expect(stored.map((m) => m.clientId).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `rate-${i}`).sort());
  });
});
