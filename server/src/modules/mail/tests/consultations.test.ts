// Consultation and booking mails through a real SMTP peer: scheduled, moved and cancelled, each to
// both sides with a calendar file that keeps one UID and a growing SEQUENCE; moving checks the
// same availability as scheduling, and a refused move or cancellation queues nothing.
import { describe, expect, it } from 'vitest';
import { member } from '../../../../test/helpers/fixtures.js';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { calendarsOf, languageOf, only, useMailApp } from '../../../../test/helpers/mailbox.js';
import { HOUR_MS, ManualClock } from '../../../lib/clock.js';

const clock = new ManualClock('2026-03-02T01:00:00.000Z');
const at = (hours: number) => new Date(clock.now().getTime() + hours * HOUR_MS).toISOString();
const icsTime = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const { t, mailbox } = useMailApp({ clock });

async function connected(kind: 'expert' | 'provider', profile: Record<string, unknown> = {}, account: Record<string, unknown> = {}) {
  const s = await member(t, 'startup', { name: 'Mật ong Chi Lăng' });
  const helper: Member = await member(t, kind, profile, account);
  const intro = (await s.client.post('/api/intros', { toProfileId: helper.profile.id, message: 'Xin gặp.' })).body;
  await helper.client.post(`/api/intros/${intro.id}/accept`);
  await mailbox.fresh();
  return { s, helper, intro };
}

describe('consultation mails', () => {
  it('schedule, move and cancel: both sides, each language, one calendar entry updated', async () => {
    const { s, helper, intro } = await connected('expert', { name: 'Luật sư Bình' }, { language: 'en' });
    const startsAt = at(48);
    const scheduled = (
      await s.client.post('/api/consultations', { introId: intro.id, startsAt, durationMinutes: 60, mode: 'onsite', location: 'Sở KH&CN' })
    ).body;
    const first = await mailbox.fresh();
    expect(first).toHaveLength(2);
    const toStartup = only(first, s.user.email, 'consultation.scheduled');
    const toExpert = only(first, helper.user.email, 'consultation.scheduled');
    expect(languageOf(toStartup)).toBe('vi');
    expect(toStartup.parsed.subject).toBe('Đã lên lịch: Buổi tư vấn với Luật sư Bình');
    expect(toStartup.parsed.text).toContain('Hình thức: trực tiếp, Sở KH&CN');
    expect(toStartup.parsed.text).toMatch(/Xem lịch tư vấn: http:\/\/localhost:\d+\/consultations/);
    expect(languageOf(toExpert)).toBe('en');
    expect(toExpert.parsed.subject).toBe('Scheduled: Your consultation with Mật ong Chi Lăng');
    const [entry] = calendarsOf(toStartup);
    expect(entry!.method).toBe('PUBLISH');
    expect(entry!.props).toMatchObject({
      UID: `consultation-${scheduled.id}@ketnoi`,
      DTSTART: icsTime(startsAt),
      DTEND: icsTime(at(49)),
      SUMMARY: 'Tư vấn với Luật sư Bình',
      LOCATION: 'Sở KH&CN',
      STATUS: 'CONFIRMED',
    });
    expect(calendarsOf(toExpert)[0]!.props.SUMMARY).toBe('Consultation with Mật ong Chi Lăng');

    clock.advance(HOUR_MS);
    const moved = await helper.client.post(`/api/consultations/${scheduled.id}/reschedule`, { startsAt: at(72) });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ startsAt: at(72), endsAt: at(73), durationMinutes: 60, status: 'scheduled', followUps: [] });
    const second = await mailbox.fresh();
    expect(second).toHaveLength(2);
    const movedMail = only(second, s.user.email, 'consultation.moved');
    expect(movedMail.parsed.subject).toBe('Đổi lịch: Buổi tư vấn với Luật sư Bình');
    expect(movedMail.parsed.text).toContain('trước đây:');
    const [movedEntry] = calendarsOf(movedMail);
    expect(movedEntry!.props.UID).toBe(entry!.props.UID);
    expect(movedEntry!.props.DTSTART).toBe(icsTime(at(72)));
    expect(Number(movedEntry!.props.SEQUENCE)).toBeGreaterThan(Number(entry!.props.SEQUENCE));

    clock.advance(HOUR_MS);
    await s.client.post(`/api/consultations/${scheduled.id}/cancel`, { reason: 'Ốm' });
    const third = await mailbox.fresh();
    expect(third).toHaveLength(2);
    const cancelled = only(third, helper.user.email, 'consultation.cancelled');
    expect(cancelled.parsed.text).toContain('Reason: "Ốm"');
    const [cancelledEntry] = calendarsOf(cancelled);
    expect(cancelledEntry!.props).toMatchObject({ UID: entry!.props.UID, STATUS: 'CANCELLED' });
    expect(Number(cancelledEntry!.props.SEQUENCE)).toBeGreaterThan(Number(movedEntry!.props.SEQUENCE));
  });

  it('a booking of a provider resource: the resource in the subject and the calendar', async () => {
    const { s, helper, intro } = await connected('provider', { name: 'Trung tâm Ươm tạo' });
    await s.client.post('/api/consultations', {
      introId: intro.id,
      startsAt: at(24),
      endsAt: at(72),
      mode: 'onsite',
      resource: 'Hội trường',
    });
    const mails = await mailbox.fresh();
    const mail = only(mails, helper.user.email, 'consultation.scheduled');
    expect(mail.parsed.subject).toBe('Đã lên lịch: Đặt Hội trường của Mật ong Chi Lăng');
    expect(calendarsOf(only(mails, s.user.email, 'consultation.scheduled'))[0]!.props.SUMMARY).toBe('Đặt Hội trường – Trung tâm Ươm tạo');
  });
});

describe('refused changes queue no mail', () => {
  it('bad times, clashes, strangers and finished consultations', async () => {
    const { s, helper, intro } = await connected('expert', { capacity: 3 });
    const first = (await s.client.post('/api/consultations', { introId: intro.id, startsAt: at(24), durationMinutes: 60, mode: 'online' }))
      .body;
    const other = await connected('expert');
    const outsider = await member(t, 'startup');
    await mailbox.fresh();
    const outboxSize = async () => (await t.app.container.modules.mail.outbox.find({}, 10_000)).length;
    const before = await outboxSize();

    const move = (who: Member, body: Record<string, unknown>, id = first.id) =>
      who.client.post(`/api/consultations/${id}/reschedule`, body);
    expect((await move(s, { startsAt: at(-24) })).status).toBe(400); // in the past
    expect((await move(s, { startsAt: at(30), durationMinutes: 30, endsAt: at(31) })).status).toBe(400);
    expect((await move(s, { startsAt: at(30), endsAt: at(29) })).status).toBe(400);
    expect((await move(s, { startsAt: at(30), extra: true })).status).toBe(400);
    expect((await move(outsider, { startsAt: at(30) })).status).toBe(404);
    expect((await move(other.s, { startsAt: at(30) })).status).toBe(404);
    expect(await outboxSize()).toBe(before);
    expect((await move(s, { startsAt: at(30) })).status).toBe(200);
    expect(await outboxSize()).toBe(before + 2);
    expect((await move(s, { startsAt: at(30.5), durationMinutes: 90 })).status).toBe(200); // overlapping only itself
    clock.advance(32 * HOUR_MS); // the meeting took place: its outcome can be recorded
    expect((await helper.client.post(`/api/consultations/${first.id}/complete`, { outcome: { tags: ['trademark_filed'] } })).status).toBe(
      200,
    );
    await mailbox.fresh();
    const done = await outboxSize();
    expect((await move(s, { startsAt: at(8) })).status).toBe(409); // completed
    expect((await s.client.post(`/api/consultations/${first.id}/cancel`, {})).status).toBe(409);
    expect(await outboxSize()).toBe(done);
    expect(done).toBe(before + 4); // two moves, two mails each; completing mails nobody
  });

  it('a move onto the expert’s own other consultation is refused', async () => {
    const s = await member(t, 'startup');
    const s2 = await member(t, 'startup');
    const e = await member(t, 'expert', { capacity: 3 });
    const consultationWith = async (who: Member, hours: number) => {
      const intro = (await who.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin gặp.' })).body;
      await e.client.post(`/api/intros/${intro.id}/accept`);
      return (await who.client.post('/api/consultations', { introId: intro.id, startsAt: at(hours), durationMinutes: 60, mode: 'online' }))
        .body;
    };
    const a = await consultationWith(s, 100);
    await consultationWith(s2, 110);
    await mailbox.fresh();
    const before = (await t.app.container.modules.mail.outbox.find({}, 10_000)).length;
    const clash = await s.client.post(`/api/consultations/${a.id}/reschedule`, { startsAt: at(110.5) });
    expect(clash.status).toBe(409);
    expect(clash.body.error.details.overlapsWith).toHaveLength(1);
    expect((await t.app.container.modules.mail.outbox.find({}, 10_000)).length).toBe(before);
    expect((await s.client.get(`/api/consultations/${a.id}`)).body.startsAt).toBe(at(100));
  });
});
