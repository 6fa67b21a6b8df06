// Messages that arrive while the recipient is offline: a mail, at most one per conversation in 30
// minutes; none to someone connected. The notification subscriber decides (after the message
// commits), so the test waits for the recipient's notification before counting mails.
import { describe, expect, it } from 'vitest';
import { member } from '../../../../test/helpers/fixtures.js';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { only, useMailApp } from '../../../../test/helpers/mailbox.js';
import { liveClientForTest } from '../../../../test/helpers/sockets.js';
import { ManualClock } from '../../../lib/clock.js';

const clock = new ManualClock('2026-03-02T01:00:00.000Z');

const { t, mailbox } = useMailApp({ clock });

async function conversation() {
  const s = await member(t, 'startup', { name: 'Mật ong Chi Lăng' });
  const e = await member(t, 'expert', { name: 'Luật sư Bình' }, { language: 'en' });
  const intro = (await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin gặp.' })).body;
  const accepted = (await e.client.post(`/api/intros/${intro.id}/accept`)).body;
  await mailbox.fresh();
  return { s, e, conversationId: accepted.conversationId as string };
}

let sent = 0;
const send = (from: Member, conversationId: string, body: string) =>
  from.client.post(`/api/conversations/${conversationId}/messages`, { body, clientId: `c-${++sent}` });

/** Wait (real time, a few ms) until the subscriber stored the recipient's notification of `count` unread messages. */
async function notified(who: Member, count: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const items = (await who.client.get('/api/notifications?unread=true')).body.items as { type: string; data: { count: number } }[];
    if (items.some((n) => n.type === 'message.new' && n.data.count === count)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no message notification with count ${count}`);
}

describe('mail about messages to offline members', () => {
  it('one mail per conversation in 30 minutes; another after', async () => {
    const { s, e, conversationId } = await conversation();
    await send(s, conversationId, 'Chào anh, em gửi <hồ sơ> nhãn hiệu ạ.');
    await notified(e, 1);
    await send(s, conversationId, 'Anh xem giúp em nhé.');
    await notified(e, 2);
    const first = await mailbox.fresh();
    expect(first).toHaveLength(1);
    const mail = only(first, e.user.email, 'message.received');
    expect(mail.parsed.subject).toBe('New message from Mật ong Chi Lăng');
    expect(mail.parsed.text).toContain('"Chào anh, em gửi <hồ sơ> nhãn hiệu ạ."');
    expect(mail.parsed.html).toContain('Chào anh, em gửi &lt;hồ sơ&gt; nhãn hiệu ạ.');
    expect(mail.parsed.text).toContain(`Reply: http://localhost:${new URL(t.url).port}/chat/${conversationId}`);

    clock.advance(29 * 60_000);
    await send(s, conversationId, 'Vẫn trong 30 phút.');
    await notified(e, 3);
    expect(await mailbox.fresh()).toHaveLength(0);

    clock.advance(2 * 60_000); // 31 minutes after the mail
    await send(s, conversationId, 'Sau 30 phút.');
    await notified(e, 4);
    const later = await mailbox.fresh();
    expect(later).toHaveLength(1);
    expect(only(later, e.user.email, 'message.received').parsed.text).toContain('You have 4 unread messages');
    // The throttle is per conversation and recipient: the expert's answer mails the startup.
    await send(e, conversationId, 'Chào em.');
    await notified(s, 1);
    expect(only(await mailbox.fresh(), s.user.email, 'message.received').parsed.subject).toBe('Tin nhắn mới từ Luật sư Bình');
    // The in-app notifications name the sender too, as the mail does.
    const [toStartup] = (await s.client.get('/api/notifications?unread=true')).body.items;
    expect(toStartup.data).toMatchObject({ conversationId, fromName: 'Luật sư Bình', preview: 'Chào em.', count: 1 });
    const [toExpert] = (await e.client.get('/api/notifications?unread=true')).body.items;
    expect(toExpert.data).toMatchObject({ conversationId, fromName: 'Mật ong Chi Lăng', count: 4 });
  });

  it('nothing to a recipient who is connected', async () => {
    const { s, e, conversationId } = await conversation();
    const live = await liveClientForTest(t.url, e.client);
    for (let i = 0; i < 3; i++) {
      await send(s, conversationId, `Tin ${i}`);
      await live.next('message:new', (p: { message: { body: string } }) => p.message.body === `Tin ${i}`);
    }
    expect(await mailbox.fresh()).toHaveLength(0);
    expect(await mailbox.queuedFor(e.user.id, 'message.received')).toHaveLength(0);
  });
});
