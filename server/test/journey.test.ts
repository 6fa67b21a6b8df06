// The whole journey over HTTP and real Socket.IO clients (issue: introductions, consultations,
// live chat and notifications): request → live intro:new → accept → both hear intro:updated →
// live messages both ways, persisted, resend deduplicated → consultation scheduled, completed,
// rated → the need is resolved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from './helpers/fixtures.js';
import { member } from './helpers/fixtures.js';
import type { LiveClient } from './helpers/sockets.js';
import { liveClient } from './helpers/sockets.js';
import type { TestApp } from './helpers/testApp.js';
import { startTestApp } from './helpers/testApp.js';
import { ShiftedClock, systemClock } from '../src/lib/clock.js';

/** Real time, moved forward when the story needs the consultation to have happened. */
const later = new ShiftedClock(systemClock);

let t: TestApp;
let honey: Member;
let expert: Member;
let honeyLive: LiveClient;
let expertLive: LiveClient;

beforeAll(async () => {
  t = await startTestApp({ clock: later });
  honey = await member(t, 'startup');
  expert = await member(t, 'expert');
  honeyLive = await liveClient(t.url, honey.client);
  expertLive = await liveClient(t.url, expert.client);
});
afterAll(async () => {
  honeyLive?.close();
  expertLive?.close();
  await t.close();
});

describe('a startup meets an expert, end to end', () => {
  it('goes from a request to a resolved need', async () => {
    const need = (await honey.client.post('/api/needs', { title: 'Đăng ký nhãn hiệu cho mật ong chanh rừng' })).body;
    expect(need.category).toBe('trademark');

    // 1. The startup asks; the expert hears it live.
    const requested = await honey.client.post('/api/intros', {
      toProfileId: expert.profile.id,
      needId: need.id,
      message: 'Chào anh, chúng tôi cần đăng ký nhãn hiệu.',
    });
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      status: 'pending',
      fromProfileId: honey.profile.id,
      toProfileId: expert.profile.id,
      needId: need.id,
      awaiting: [expert.profile.id],
    });
    const live = await expertLive.next('intro:new', (p) => p.intro.id === requested.body.id);
    expect(live.intro).toMatchObject({ status: 'pending', from: { name: honey.profile.name } });
    expect(honeyLive.received('intro:new')).toHaveLength(0);
    // Contacts stay hidden before acceptance.
    expect((await honey.client.get(`/api/profiles/${expert.profile.id}`)).body.contact).toBeUndefined();

    // 2. The expert accepts; both sides hear it.
    const accepted = await expert.client.post(`/api/intros/${requested.body.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const conversationId = accepted.body.conversationId as string;
    expect(conversationId).toBeTruthy();
    for (const side of [honeyLive, expertLive]) {
      const update = await side.next('intro:updated', (p) => p.intro.id === requested.body.id && p.intro.status === 'accepted');
      expect(update.intro.conversationId).toBe(conversationId);
    }
    expect(accepted.body.history.map((h: { to: string }) => h.to)).toEqual(['pending', 'accepted']);
    expect((await honey.client.get(`/api/profiles/${expert.profile.id}`)).body.contact.email).toBe('binh.ip@example.vn');

    // 3. Messages flow live both ways and persist; a resent clientId does not duplicate.
    const sent = await honeyLive.emitAck('message:send', { conversationId, body: 'Xin chào! Khi nào anh rảnh?', clientId: 'c-1' });
    expect(sent.ok).toBe(true);
    expect(sent.message).toMatchObject({
      conversationId,
      senderId: honey.profile.id,
      body: 'Xin chào! Khi nào anh rảnh?',
      clientId: 'c-1',
    });
    expect((await expertLive.next('message:new', (p) => p.message.clientId === 'c-1')).message.id).toBe(sent.message.id);
    const resent = await honeyLive.emitAck('message:send', { conversationId, body: 'Xin chào! Khi nào anh rảnh?', clientId: 'c-1' });
    expect(resent.message.id).toBe(sent.message.id);

    const reply = await expert.client.post(`/api/conversations/${conversationId}/messages`, {
      body: 'Thứ Hai tuần sau nhé.',
      clientId: 'e-1',
    });
    expect(reply.status).toBe(201);
    expect((await honeyLive.next('message:new', (p) => p.message.clientId === 'e-1')).message.body).toBe('Thứ Hai tuần sau nhé.');
    const again = await expert.client.post(`/api/conversations/${conversationId}/messages`, {
      body: 'Thứ Hai tuần sau nhé.',
      clientId: 'e-1',
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(reply.body.id);

    const history = (await honey.client.get(`/api/conversations/${conversationId}/messages`)).body.items as { clientId: string }[];
    expect(history.map((m) => m.clientId)).toEqual(['e-1', 'c-1']);
    const stored = await t.app.store.collection({ name: 'messages' }).countDocuments({ conversationId });
    expect(stored).toBe(2);

    // Unread counts, read receipts and typing.
    const listed = (await honey.client.get('/api/conversations')).body.items;
    expect(listed).toEqual([
      expect.objectContaining({
        id: conversationId,
        unread: 1,
        participants: expect.arrayContaining([honey.profile.id, expert.profile.id]),
      }),
    ]);
    expect((await honeyLive.emitAck('message:read', { conversationId, upTo: reply.body.id })).ok).toBe(true);
    expect(await expertLive.next('message:read', (p) => p.profileId === honey.profile.id)).toEqual({
      conversationId,
      profileId: honey.profile.id,
      upTo: reply.body.id,
    });
    expect((await honey.client.get('/api/conversations')).body.items[0].unread).toBe(0);
    honeyLive.socket.emit('typing', { conversationId });
    expect(await expertLive.next('typing')).toEqual({ conversationId, profileId: honey.profile.id });

    // 4. A consultation is scheduled (the need moves on), completed with an outcome, and rated.
    const startsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const scheduled = await expert.client.post('/api/consultations', {
      introId: requested.body.id,
      startsAt,
      durationMinutes: 60,
      mode: 'online',
    });
    expect(scheduled.status).toBe(201);
    expect(scheduled.body).toMatchObject({
      status: 'scheduled',
      startupId: honey.profile.id,
      helperId: expert.profile.id,
      needId: need.id,
      durationMinutes: 60,
    });
    expect((await honey.client.get(`/api/needs/${need.id}`)).body.status).toBe('in_progress');

    later.shiftMs = 3 * 86_400_000 + 2 * 3_600_000; // the meeting has taken place
    const completed = await expert.client.post(`/api/consultations/${scheduled.body.id}/complete`, {
      outcome: { tags: ['trademark_filed'], note: 'Đã nộp đơn tại Cục SHTT', evidence: 'Số đơn 4-2026-01234' },
    });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ status: 'completed', outcome: { tags: ['trademark_filed'] } });

    const rated = await honey.client.post(`/api/consultations/${scheduled.body.id}/feedback`, {
      rating: 5,
      comment: 'Rất tận tình',
      resolved: true,
    });
    expect(rated.status).toBe(200);
    expect(rated.body.feedback).toMatchObject({ rating: 5, comment: 'Rất tận tình' });

    const resolved = (await honey.client.get(`/api/needs/${need.id}`)).body;
    expect(resolved.status).toBe('resolved');
    expect(resolved.history.map((h: { to: string }) => h.to)).toEqual(['open', 'in_progress', 'resolved']);

    // 5. Notifications were stored for what happened.
    const expertNotes = (await expert.client.get('/api/notifications')).body.items.map((n: { type: string }) => n.type);
    expect(expertNotes).toEqual(expect.arrayContaining(['intro.requested', 'consultation.feedback']));
    const honeyNotes = (await honey.client.get('/api/notifications')).body.items.map((n: { type: string }) => n.type);
    expect(honeyNotes).toEqual(expect.arrayContaining(['intro.accepted', 'consultation.scheduled', 'consultation.completed']));
    // A consultation's notification names the party the recipient meets.
    const withName = async (who: Member, type: string) =>
      (await who.client.get('/api/notifications')).body.items.find((n: { type: string }) => n.type === type).data.withName;
    expect(await withName(honey, 'consultation.scheduled')).toBe(expert.profile.name);
    expect(await withName(expert, 'consultation.feedback')).toBe(honey.profile.name);
  });
});
