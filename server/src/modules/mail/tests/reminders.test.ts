// Reminders and follow-ups with a controllable clock: an unanswered intro is reminded after 2 and
// after 5 days, each once however often the job runs, and is in the staff queue before it expires;
// 90 days after a completed consultation the startup is asked what happened next, once; its
// one-tap answer (GET changes nothing, POST stores it once) counts in the reports' outcomes.
import { describe, expect, it } from 'vitest';
import { helped } from '../../../../test/helpers/consultations.js';
import { adminEnv, member } from '../../../../test/helpers/fixtures.js';
import { useAdmin, useStaff } from '../../../../test/helpers/signedIn.js';
import { actionPaths, only, useMailApp } from '../../../../test/helpers/mailbox.js';
import { getBytes, parseCsv } from '../../staff/tests/helpers.js';
import { DAY_MS, HOUR_MS, ManualClock } from '../../../lib/clock.js';
import { JOBS } from '../../../jobs/index.js';

const clock = new ManualClock('2026-03-02T01:00:00.000Z');

const { t, mailbox } = useMailApp({ clock, env: adminEnv });
const staff = useStaff(t, useAdmin(t), 'lang-son');

const run = (job: string) => t.app.container.jobs.run(job);
/** Move the clock on by `ms`, run `job` `runs` times, and deliver what it queued. */
const runAfter = async (ms: number, job: string, runs = 1) => {
  clock.advance(ms);
  for (let i = 0; i < runs; i++) await run(job);
  return mailbox.fresh();
};
/**
 * `job` sends nothing an hour before `dueMs` from now; an hour after it, however often it runs, it
 * sends exactly one mail: the `kind` to `email`, which is returned.
 */
const sentOnceWhenDue = async (dueMs: number, job: string, email: string, kind: string) => {
  expect(await runAfter(dueMs - HOUR_MS, job)).toHaveLength(0);
  const mails = await runAfter(2 * HOUR_MS, job, 2);
  expect(mails).toHaveLength(1);
  return only(mails, email, kind);
};

describe('reminders of unanswered intros', () => {
  it('remind the awaited side after 2 and after 5 days, once each; the intro is in the staff queue before it expires', async () => {
    const s = await member(t, 'startup', { name: 'Mật ong Chi Lăng' });
    const e = await member(t, 'expert', { name: 'Luật sư Bình' });
    const answers = await member(t, 'expert', { name: 'Chuyên gia trả lời ngay' });
    const intro = (await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin tư vấn nhãn hiệu.' })).body;
    const answered = (await s.client.post('/api/intros', { toProfileId: answers.profile.id, message: 'Xin gặp.' })).body;
    await answers.client.post(`/api/intros/${answered.id}/decline`, {});
    await mailbox.fresh();

    const first = await sentOnceWhenDue(2 * DAY_MS, JOBS.introReminders, e.user.email, 'intro.reminder');
    expect(first.parsed.subject).toBe('Nhắc lại: đề nghị giới thiệu đã chờ bạn 2 ngày – Mật ong Chi Lăng');
    expect(first.parsed.text).toContain('"Xin tư vấn nhãn hiệu."');
    expect(first.parsed.text).toMatch(/Trả lời trên KếtNối: http:\/\/localhost:\d+\/intros/);
    expect(actionPaths(first)).toHaveLength(2);

    expect(await runAfter(2 * DAY_MS, JOBS.introReminders)).toHaveLength(0); // day 4: nothing new

    const fifth = await runAfter(DAY_MS, JOBS.introReminders, 2);
    expect(fifth).toHaveLength(1);
    expect(only(fifth, e.user.email, 'intro.reminder').parsed.subject).toBe(
      'Nhắc lại: đề nghị giới thiệu đã chờ bạn 5 ngày – Mật ong Chi Lăng',
    );

    // Day 5, still before expiry (7 days): the staff of the province see it.
    expect((await s.client.get(`/api/intros/${intro.id}`)).body.status).toBe('pending');
    const queue = (await staff.get('/api/staff/queue')).body;
    const waiting = queue.unansweredExperts.find((x: { profile: { id: string } }) => x.profile.id === e.profile.id);
    expect(waiting).toMatchObject({ pending: 1, introIds: [intro.id] });

    expect(await runAfter(DAY_MS, JOBS.introReminders)).toHaveLength(0);
    const reminders = await mailbox.queuedFor(e.user.id, 'intro.reminder');
    expect(reminders).toHaveLength(2);
    expect(await mailbox.queuedFor(answers.user.id, 'intro.reminder')).toHaveLength(0);
  });

  it('count from the staff approval for an intro that waited for staff', async () => {
    await t.app.container.modules.provinces.repository.save('lang-son', { staffApprovalKinds: ['investor'] });
    try {
      const s = await member(t, 'startup');
      const investor = await member(t, 'investor', { name: 'Quỹ Lạng Sơn' }, { language: 'en' });
      const intro = (await s.client.post('/api/intros', { toProfileId: investor.profile.id, message: 'Xin gọi vốn.' })).body;
      clock.advance(DAY_MS);
      await staff.post(`/api/intros/${intro.id}/approve`);
      await mailbox.fresh();
      clock.advance(DAY_MS + HOUR_MS); // 2 days after asking, 1 after approval
      await run(JOBS.introReminders);
      expect(await mailbox.fresh()).toHaveLength(0);
      clock.advance(DAY_MS);
      await run(JOBS.introReminders);
      const mail = only(await mailbox.fresh(), investor.user.email, 'intro.reminder');
      expect(mail.parsed.subject).toBe('Reminder: an introduction has waited 2 days for you – ' + s.profile.name);
    } finally {
      await t.app.container.modules.provinces.repository.save('lang-son', { staffApprovalKinds: [] });
    }
  });
});

describe('the follow-up 90 days after a consultation', () => {
  it('asks once, a GET changes nothing, a POST stores the answer once and the reports count it', async () => {
    const s = await member(t, 'startup', { name: 'Thạch đen Tràng Định' });
    const e = await member(t, 'expert', { name: 'Luật sư Bình' });
    const [consultation] = await helped(clock, s, e, [['trademark_filed']]);
    const completedAt = clock.now().getTime();
    await mailbox.fresh();

    const mail = await sentOnceWhenDue(90 * DAY_MS, JOBS.followUps, s.user.email, 'consultation.follow_up');
    expect(mail.parsed.subject).toBe('Kết quả ra sao? Buổi tư vấn với Luật sư Bình');
    // The likely next step of a filed trademark comes first; "still waiting" last; filed is not asked again.
    const answers = [...(mail.parsed.text ?? '').matchAll(/^- (.+): http:\/\/\S+(\/api\/mail\/actions\/[\w-]+)$/gm)].map((m) => ({
      label: m[1]!,
      path: m[2]!,
    }));
    expect(answers[0]!.label).toBe('Được cấp văn bằng bảo hộ');
    expect(answers.at(-1)!.label).toBe('Vẫn đang chờ kết quả');
    expect(answers.map((a) => a.label)).not.toContain('Đã nộp đơn đăng ký nhãn hiệu');
    const granted = answers[0]!.path;
    const waiting = answers.at(-1)!.path;

    const shown = await t.client().get(granted);
    expect(shown.body).toMatchObject({
      purpose: 'consultation.follow_up',
      details: { consultationId: consultation.id, tag: 'trademark_granted' },
    });
    expect(shown.body.title.vi).toContain('Được cấp văn bằng bảo hộ');
    expect((await s.client.get(`/api/consultations/${consultation.id}`)).body.followUps).toEqual([]);
    const summary = async (query = '') => (await staff.get(`/api/reports/summary${query}`)).body.outcomes;
    expect(await summary()).toEqual({ trademark_filed: 1 });

    const done = await t.client().post(granted);
    expect(done.status).toBe(200);
    expect(done.body.result).toMatchObject({ consultationId: consultation.id, tag: 'trademark_granted' });
    expect((await t.client().post(granted)).body.error.code).toBe('invalid_token');
    expect((await t.client().post(waiting)).status).toBe(200);
    const stored = (await s.client.get(`/api/consultations/${consultation.id}`)).body.followUps;
    expect(stored).toEqual([
      { at: clock.now().toISOString(), tag: 'trademark_granted' },
      { at: clock.now().toISOString(), tag: 'still_waiting' },
    ]);
    clock.advance(60_000); // a report's period ends now, exclusive

    expect(await summary()).toEqual({ trademark_filed: 1, trademark_granted: 1 });
    // A period holding only the answer counts only it; one holding only the completion, only that.
    const day = (ms: number) => new Date(ms + 7 * HOUR_MS).toISOString().slice(0, 10);
    expect(await summary(`?from=${day(Date.parse(stored[0].at))}`)).toEqual({ trademark_granted: 1 });
    expect(await summary(`?to=${day(completedAt + DAY_MS)}`)).toEqual({ trademark_filed: 1 });

    const csv = await getBytes(staff, '/api/reports/export.csv?type=consultations');
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes).slice(1));
    const column = rows[0]!.indexOf('Kết quả về sau (thư hỏi thăm) (Later results (follow-up answers))');
    const row = rows.find((r) => r[0] === consultation.id)!;
    expect(row[column]).toMatch(/Được cấp văn bằng bảo hộ; .* Vẫn đang chờ kết quả$/);

    expect(await runAfter(DAY_MS, JOBS.followUps)).toHaveLength(0);
  });
});
