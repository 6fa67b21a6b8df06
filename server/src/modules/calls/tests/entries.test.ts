// Entries over their life: submitted naming the startup's open needs, edited until the deadline,
// withdrawn and submitted again, submitted by staff for a founder (assisted); who sees what; a
// conflict declared or a recusal after scoring takes the score out; organisers broker help for a
// winner's named need from the results.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { answers, callBody, type CallsApp, callsApp, competition, entryBody, judge, ok, startup } from './helpers.js';

let app: CallsApp;
let eventId: string;
let an: Member, binh: Member;
let honey: Member, jelly: Member, noodles: Member;
let trademarkNeed: string;
let honeyEntry: string;

const path = (suffix = '') => `/api/events/${eventId}${suffix}`;
const good = { novelty: 8, market: 10, team: 4 }; // 70

beforeAll(async () => {
  app = await callsApp();
  const { t, staff } = app;
  [an, binh] = await Promise.all([judge(t, 'Giám khảo An'), judge(t, 'Giám khảo Bình')]);
  [honey, jelly, noodles] = await Promise.all([
    startup(t, 'Mật ong Chi Lăng'),
    startup(t, 'Thạch đen Tràng Định'),
    startup(t, 'Miến dong'),
  ]);
  trademarkNeed = ok(
    await honey.client.post('/api/needs', {
      category: 'trademark',
      title: 'Đăng ký nhãn hiệu mật ong',
      description: 'Cần đăng ký nhãn hiệu cho mật ong chanh rừng.',
    }),
    201,
  ).id;
  eventId = await competition(staff);
  ok(await staff.put(path('/call'), callBody([an.user.id, binh.user.id])));
}, 120_000);
afterAll(() => app?.close());

describe('entries', () => {
  it('tells judges they are on the jury', async () => {
    const notes = ok(await an.client.get('/api/notifications')).items;
    expect(notes.map((n: any) => [n.type, n.data.eventId])).toEqual([['call.judge_assigned', eventId]]);
  });

  it('links an entry to the startup’s profile and open needs', async () => {
    const entry = ok(await honey.client.post(path('/entries'), entryBody('Mật ong sạch', { needIds: [trademarkNeed] })), 201);
    honeyEntry = entry.id;
    expect(entry).toMatchObject({
      startupId: honey.profile.id,
      startup: { id: honey.profile.id, name: 'Mật ong Chi Lăng', kind: 'startup', province: 'lang-son' },
      status: 'submitted',
      assisted: false,
      needIds: [trademarkNeed],
      needs: [{ id: trademarkNeed, category: 'trademark', title: 'Đăng ký nhãn hiệu mật ong', status: 'open' }],
      answers: answers(),
    });
    const organiserView = ok(await app.staff.get(path('/entries'))).items[0];
    expect(organiserView.needs).toHaveLength(1);
    expect(organiserView.judging).toEqual({ scored: 0, recused: 0, conflicted: 0 });
    const judgeView = ok(await an.client.get(path('/entries'))).items[0];
    expect(judgeView.needs).toBeUndefined();
    expect(judgeView.myJudgement).toBeNull();
    // The entrant sees its own entry through the call.
    expect(ok(await honey.client.get(path('/call'))).myEntry.id).toBe(honeyEntry);
    expect(ok(await jelly.client.get(path('/call'))).myEntry).toBeNull();
    expect((await jelly.client.get(path(`/entries/${honeyEntry}`))).status).toBe(404);
  });

  it('edits until the deadline: answers sent replace every answer', async () => {
    const edited = ok(
      await honey.client.patch(path(`/entries/${honeyEntry}`), {
        title: 'Mật ong chanh rừng sạch',
        answers: { sector: 'Khác', problem: 'Mới' },
      }),
    );
    expect(edited.title).toBe('Mật ong chanh rừng sạch');
    expect(edited.answers).toEqual({ sector: 'Khác', problem: 'Mới' });
    expect(edited.needIds).toEqual([trademarkNeed]);
  });

  it('submits for a founder of the staff member’s province (assisted), and tells the founder', async () => {
    const entry = ok(await app.staff.post(path('/entries'), entryBody('Miến dong Bình Gia', { startupId: noodles.profile.id })), 201);
    expect(entry).toMatchObject({ startupId: noodles.profile.id, assisted: true });
    const note = ok(await noodles.client.get('/api/notifications')).items[0];
    expect(note).toMatchObject({ type: 'call.entry_submitted_for_you', data: { eventId, entryId: entry.id } });
    // The founder owns it like any other entry.
    ok(await noodles.client.patch(path(`/entries/${entry.id}`), { summary: 'Miến dong làm thủ công.' }));
    expect(ok(await noodles.client.get(path('/entries'))).items.map((e: any) => e.id)).toEqual([entry.id]);
  });

  it('withdraws: judges no longer see it; submitting again revives the same entry', async () => {
    const jellyEntry = ok(await jelly.client.post(path('/entries'), entryBody('Thạch đen')), 201).id;
    const withdrawn = ok(await jelly.client.post(path(`/entries/${jellyEntry}/withdraw`)));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnAt: expect.any(String) });
    expect(ok(await an.client.get(path('/entries'))).items.map((e: any) => e.id)).not.toContain(jellyEntry);
    expect((await an.client.put(path(`/entries/${jellyEntry}/score`), { scores: good })).status).toBe(409);
    expect((await jelly.client.patch(path(`/entries/${jellyEntry}`), { title: 'x' })).status).toBe(409);
    const again = ok(await jelly.client.post(path('/entries'), entryBody('Thạch đen Tràng Định')), 201);
    expect(again).toMatchObject({ id: jellyEntry, status: 'submitted', withdrawnAt: null });
    expect(ok(await app.staff.get(path('/call'))).entries).toBe(3);
  });

  it('counts no score whose judge later recused or got a declared conflict', async () => {
    ok(await an.client.put(path(`/entries/${honeyEntry}/score`), { scores: good }));
    ok(await binh.client.put(path(`/entries/${honeyEntry}/score`), { scores: { novelty: 10, market: 20, team: 5 } }));
    const total = async () => ok(await app.staff.get(path('/results'))).items.find((r: any) => r.entry.id === honeyEntry);
    expect(await total()).toMatchObject({ total: 85, judges: 2 });
    ok(await binh.client.post(path(`/entries/${honeyEntry}/recuse`), { reason: 'Quen biết chủ cơ sở' }));
    expect(await total()).toMatchObject({ total: 70, judges: 1 });
    const again = await binh.client.post(path(`/entries/${honeyEntry}/recuse`), { reason: 'Lần nữa' });
    expect(again.status).toBe(409);

    ok(
      await app.staff.post('/api/staff/conflicts', { profileId: an.profile.id, otherProfileId: honey.profile.id, reason: 'Góp vốn' }),
      201,
    );
    expect(await total()).toMatchObject({ total: null, rank: null, judges: 0 });
    expect(ok(await an.client.get(path('/entries'))).items.map((e: any) => e.id)).not.toContain(honeyEntry);
    const refused = await an.client.get(path(`/entries/${honeyEntry}`));
    expect(refused.body.error.code).toBe('conflict_of_interest');
    const organiserView = ok(await app.staff.get(path(`/entries/${honeyEntry}`)));
    expect(organiserView.judging).toEqual({ scored: 0, recused: 1, conflicted: 1 });
  });

  it('lets organisers broker help for an entrant’s named need from the results', async () => {
    const noodlesEntry = ok(await noodles.client.get(path('/entries'))).items[0].id;
    ok(await an.client.put(path(`/entries/${noodlesEntry}/score`), { scores: good }));
    const results = ok(await app.staff.get(path('/results')));
    const winner = results.items.find((r: any) => r.entry.id === honeyEntry);
    expect(winner.needs).toEqual([{ id: trademarkNeed, category: 'trademark', title: 'Đăng ký nhãn hiệu mật ong', status: 'open' }]);
    const lawyer = await judge(app.t, 'Luật sư Lạng Sơn');
    const intro = ok(
      await app.staff.post('/api/intros', {
        fromProfileId: winner.entry.startup.id,
        toProfileId: lawyer.profile.id,
        needId: winner.needs[0].id,
        message: 'Đội thi cần đăng ký nhãn hiệu; nhờ luật sư hỗ trợ.',
      }),
      201,
    );
    expect(intro).toMatchObject({ fromProfileId: honey.profile.id, needId: trademarkNeed, brokeredBy: expect.any(String) });
    // Judges see standings, not the entrants' needs.
    expect(ok(await binh.client.get(path('/results'))).items.every((r: any) => r.needs === undefined)).toBe(true);
  });
});
