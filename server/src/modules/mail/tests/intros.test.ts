// Intro mails through a real SMTP peer: who gets which mail when an intro is asked for, brokered,
// approved, rejected, accepted (also by one tap), declined or expires — in each recipient's
// language, with links into the app; and nothing queued when the cause is refused.
import { describe, expect, it } from 'vitest';
import { adminEnv, member, staffOf } from '../../../../test/helpers/fixtures.js';
import { useAdmin } from '../../../../test/helpers/signedIn.js';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { actionPaths, languageOf, only, useMailApp } from '../../../../test/helpers/mailbox.js';
import { DAY_MS, ManualClock } from '../../../lib/clock.js';
import { JOBS } from '../../../jobs/index.js';

const clock = new ManualClock('2026-03-02T01:00:00.000Z');

const { t, mailbox } = useMailApp({ clock, env: adminEnv });
const admin = useAdmin(t);

const outboxSize = async () => (await t.app.container.modules.mail.outbox.find({}, 10_000)).length;
const ask = (from: Member, to: Member, extra: Record<string, unknown> = {}) =>
  from.client.post('/api/intros', { toProfileId: to.profile.id, message: 'Xin được tư vấn <nhãn hiệu> & bao bì.', ...extra });

describe('an intro asked for and answered', () => {
  it('mails the awaited side in its language with one-tap links, and the requester when it is accepted', async () => {
    const s = await member(t, 'startup', { name: 'Mật ong Chi Lăng' });
    const e = await member(t, 'expert', { name: 'Luật sư Bình' }, { language: 'en' });
    const need = (await s.client.post('/api/needs', { title: 'Đăng ký nhãn hiệu', category: 'trademark' })).body;
    await mailbox.fresh();
    const intro = (await ask(s, e, { needId: need.id })).body;
    const [awaiting, ...rest] = await mailbox.fresh();
    expect(rest).toHaveLength(0);
    expect(only([awaiting!], e.user.email, 'intro.awaiting')).toBe(awaiting);
    expect(languageOf(awaiting!)).toBe('en');
    expect(awaiting!.parsed.subject).toBe('New introduction request from Mật ong Chi Lăng');
    expect(awaiting!.parsed.text).toContain('about the need "Đăng ký nhãn hiệu"');
    expect(awaiting!.parsed.text).toContain('"Xin được tư vấn <nhãn hiệu> & bao bì."');
    expect(awaiting!.parsed.html).toContain('Xin được tư vấn &lt;nhãn hiệu&gt; &amp; bao bì.');
    expect(awaiting!.parsed.text).toMatch(/Open in KếtNối: http:\/\/localhost:\d+\/intros/);
    const [accept, decline] = actionPaths(awaiting!);
    expect(accept).toBeDefined();
    expect(decline).toBeDefined();

    expect((await t.client().get(accept!)).body).toMatchObject({ purpose: 'intro.accept', details: { status: 'pending' } });
    expect(await mailbox.fresh()).toHaveLength(0); // looking changes nothing
    const done = await t.client().post(accept!);
    expect(done.body).toMatchObject({ done: true, result: { introId: intro.id, status: 'accepted' } });
    const accepted = (await e.client.get(`/api/intros/${intro.id}`)).body;
    const answered = await mailbox.fresh();
    expect(answered).toHaveLength(1); // the expert who accepted gets nothing about it
    const mail = only(answered, s.user.email, 'intro.accepted');
    expect(languageOf(mail)).toBe('vi');
    expect(mail.parsed.subject).toBe('Đã đồng ý kết nối: Luật sư Bình');
    expect(mail.parsed.text).toContain(`Mở cuộc trò chuyện: http://localhost:${new URL(t.url).port}/chat/${accepted.conversationId}`);
    expect((await t.client().post(decline!)).status).toBe(409); // answered meanwhile: the other link fails
  });

  it('mails the requester the decline with its reason', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert', { name: 'Chuyên gia Hà' });
    const intro = (await ask(s, e)).body;
    await mailbox.fresh();
    await e.client.post(`/api/intros/${intro.id}/decline`, { reason: 'Tháng này tôi kín lịch' });
    const mails = await mailbox.fresh();
    expect(mails).toHaveLength(1);
    const mail = only(mails, s.user.email, 'intro.declined');
    expect(mail.parsed.subject).toBe('Đã từ chối lời đề nghị giới thiệu: Chuyên gia Hà');
    expect(mail.parsed.text).toContain('Lý do: "Tháng này tôi kín lịch"');
    expect(mail.parsed.text).toMatch(/Tìm người khác: http:\/\/localhost:\d+\/search/);
  });

  it('mails the requester when an intro expires unanswered, once', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert', { name: 'Chuyên gia Quý' });
    await ask(s, e);
    await mailbox.fresh();
    clock.advance(8 * DAY_MS);
    await t.app.container.jobs.run(JOBS.introExpiry);
    await t.app.container.jobs.run(JOBS.introExpiry);
    const mails = await mailbox.fresh();
    const mail = only(mails, s.user.email, 'intro.expired');
    expect(mail.parsed.subject).toBe('Hết hạn: lời đề nghị giới thiệu với Chuyên gia Quý');
    expect(mails.filter((m) => m.envelopeTo.includes(e.user.email))).toHaveLength(0);
  });
});

describe('staff approval and brokering', () => {
  it('mails the province staff a pending_staff intro, then the requester and the awaited side on approval or rejection', async () => {
    await t.app.container.modules.provinces.repository.save('lang-son', { staffApprovalKinds: ['investor'] });
    try {
      const staffLs = await staffOf(t, admin, 'lang-son');
      const staffPt = await staffOf(t, admin, 'phu-tho');
      const staffUser = (await staffLs.get('/api/auth/me')).body.user;
      const otherStaff = (await staffPt.get('/api/auth/me')).body.user;
      const s = await member(t, 'startup', { name: 'Thạch đen Tràng Định' });
      const investor = await member(t, 'investor', { name: 'Quỹ Lạng Sơn' }, { language: 'en' });
      await mailbox.fresh();

      const intro = (await ask(s, investor)).body;
      expect(intro.status).toBe('pending_staff');
      const created = await mailbox.fresh();
      const toStaff = only(created, staffUser.email, 'intro.pending_staff');
      expect(toStaff.parsed.subject).toBe('Cần duyệt: Thạch đen Tràng Định muốn được giới thiệu với Quỹ Lạng Sơn');
      expect(toStaff.parsed.text).toMatch(/Mở danh sách việc cần làm: http:\/\/localhost:\d+\/staff/);
      expect(created.filter((m) => m.envelopeTo.includes(otherStaff.email) || m.envelopeTo.includes(investor.user.email))).toHaveLength(0);

      await staffLs.post(`/api/intros/${intro.id}/approve`);
      const approved = await mailbox.fresh();
      expect(approved).toHaveLength(2);
      expect(only(approved, s.user.email, 'intro.approved').parsed.subject).toBe('Đã duyệt: lời đề nghị giới thiệu với Quỹ Lạng Sơn');
      const awaiting = only(approved, investor.user.email, 'intro.awaiting');
      expect(languageOf(awaiting)).toBe('en');
      expect(actionPaths(awaiting)).toHaveLength(2);

      const second = (await ask(s, await member(t, 'investor', { name: 'Quỹ khác' }))).body;
      await mailbox.fresh();
      await staffLs.post(`/api/intros/${second.id}/reject`, { reason: 'Chưa đủ hồ sơ' });
      const rejected = only(await mailbox.fresh(), s.user.email, 'intro.rejected');
      expect(rejected.parsed.text).toContain('Lý do: "Chưa đủ hồ sơ"');
    } finally {
      await t.app.container.modules.provinces.repository.save('lang-son', { staffApprovalKinds: [] });
    }
  });

  it('asks both sides of a brokered intro, and tells the broker and the first side when the second accepts', async () => {
    const staff = await staffOf(t, admin, 'lang-son');
    const staffUser = (await staff.get('/api/auth/me')).body.user;
    const s = await member(t, 'startup', { name: 'Miến dong Bình Liêu' });
    const p = await member(t, 'provider', { name: 'Trung tâm Ươm tạo' });
    await mailbox.fresh();
    const intro = (
      await staff.post('/api/intros', { fromProfileId: s.profile.id, toProfileId: p.profile.id, message: 'Hai bên nên gặp nhau.' })
    ).body;
    const asked = await mailbox.fresh();
    expect(asked).toHaveLength(2);
    expect(only(asked, s.user.email, 'intro.awaiting').parsed.subject).toBe('Cán bộ hỗ trợ đề nghị giới thiệu bạn với Trung tâm Ươm tạo');
    expect(only(asked, p.user.email, 'intro.awaiting').parsed.subject).toBe('Cán bộ hỗ trợ đề nghị giới thiệu bạn với Miến dong Bình Liêu');

    await s.client.post(`/api/intros/${intro.id}/accept`);
    expect(await mailbox.fresh()).toHaveLength(0); // half accepted: nothing to tell yet
    await p.client.post(`/api/intros/${intro.id}/accept`);
    const accepted = await mailbox.fresh();
    expect(accepted).toHaveLength(2);
    only(accepted, staffUser.email, 'intro.accepted');
    expect(only(accepted, s.user.email, 'intro.accepted').parsed.subject).toBe('Đã đồng ý kết nối: Trung tâm Ươm tạo');
  });
});

describe('refused causes', () => {
  it('queue no mail', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert');
    const staff = await staffOf(t, admin, 'lang-son');
    await mailbox.fresh();
    const before = await outboxSize();
    expect((await s.client.post('/api/intros', { toProfileId: e.profile.id })).status).toBe(400);
    expect((await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'x', extra: 1 })).status).toBe(400);
    expect((await ask(s, s)).status).toBe(409);
    const intro = (await ask(s, e)).body;
    expect(await outboxSize()).toBe(before + 1);
    expect((await ask(s, e)).status).toBe(409); // already an open intro between them
    expect((await s.client.post(`/api/intros/${intro.id}/accept`)).status).toBe(403); // not the awaited side
    expect((await staff.post(`/api/intros/${intro.id}/approve`)).status).toBe(409); // not pending_staff
    expect((await e.client.post(`/api/intros/${intro.id}/decline`, { reason: 'x'.repeat(600) })).status).toBe(400);
    for (let i = 0; i < 5; i++) await ask(s, await member(t, 'expert'));
    expect((await ask(s, await member(t, 'expert'))).status).toBe(409); // five already waiting
    expect(await outboxSize()).toBe(before + 5);
  });

  it('roll back with the mail when the transaction fails after queueing it', async () => {
    const user = await t.client().register();
    const before = await outboxSize();
    await expect(
      t.app.store.withTransaction(async () => {
        await t.app.container.modules.mail.service.enqueue('intro.expired', user.id, { introId: 'i', fromName: 'A', toName: 'B' });
        throw new Error('the cause failed');
      }),
    ).rejects.toThrow('the cause failed');
    expect(await outboxSize()).toBe(before);
  });
});
