// A whole idea competition over HTTP, with mail going to a real SMTP peer: the organiser opens a
// call with three judges; five startups enter; judge Bình has a declared conflict of interest with
// one startup, judge Chi recuses from another and one of Chi's scores is typed in from paper by
// staff. Totals and ranks are checked against a hand computation, normalisation against an
// independent computation, then publication: public results, notifications, mails, scores.csv.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { languageOf, only } from '../../../../test/helpers/mailbox.js';
import { getBytes, parseCsv } from '../../staff/tests/helpers.js';
import type { JudgeScore } from '../results.js';
import { plainTotals } from '../results.plain.js';
import { callBody, type CallsApp, callsApp, competition, entryBody, judge, ok, RUBRIC, startup } from './helpers.js';

let app: CallsApp;
let eventId: string;
let an: Member, binh: Member, chi: Member;
const teams: Member[] = [];
const entryIds: string[] = [];

/** Each judge's scores (novelty /10, market /20, team /5) by entry number; what the hand computation reads. */
const SHEET: Record<'an' | 'binh' | 'chi', Record<number, [number, number, number]>> = {
  an: { 1: [8, 10, 4], 2: [6, 20, 5], 3: [10, 16, 3], 4: [4, 8, 2], 5: [6, 20, 5] },
  binh: { 1: [6, 12, 3], 3: [8, 14, 4], 4: [5, 10, 5] }, // entry 2: conflict declared; entry 5: not yet
  chi: { 1: [9, 18, 4], 2: [7, 16, 4], 4: [4, 8, 2], 5: [7, 16, 4] }, // entry 3: recused; entry 4 from paper
};
const scores = ([novelty, market, team]: [number, number, number]) => ({ novelty, market, team });
const path = (suffix = '') => `/api/events/${eventId}${suffix}`;

beforeAll(async () => {
  app = await callsApp({ mail: true });
  const { t, staff } = app;
  [an, binh, chi] = await Promise.all([judge(t, 'Giám khảo An'), judge(t, 'Giám khảo Bình'), judge(t, 'Giám khảo Chi')]);
  for (const name of ['Mật ong Chi Lăng', 'Thạch đen Tràng Định', 'Hồi Văn Quan', 'Na sấy Chi Lăng', 'Miến dong Bình Gia'])
    teams.push(await startup(t, name));
  eventId = await competition(staff);
  ok(await staff.put(path('/call'), callBody([an.user.id, binh.user.id, chi.user.id])));
  for (const [i, team] of teams.entries())
    entryIds.push(ok(await team.client.post(path('/entries'), entryBody(`Bài dự thi ${i + 1}`)), 201).id);
  // Bình once advised team 2: staff declare it.
  ok(
    await staff.post('/api/staff/conflicts', {
      profileId: binh.profile.id,
      otherProfileId: teams[1]!.profile.id,
      reason: 'Từng tư vấn cho nhóm',
    }),
    201,
  );
}, 120_000);
afterAll(() => app?.close());

describe('a competition judged by three judges', () => {
  it('shows each judge only what they may score', async () => {
    const listed = async (m: Member) => ok(await m.client.get(path('/entries'))).items.map((e: { id: string }) => e.id);
    expect(await listed(an)).toEqual(entryIds);
    expect(await listed(binh)).toEqual(entryIds.filter((_, i) => i !== 1));
    const refused = await binh.client.put(path(`/entries/${entryIds[1]}/score`), { scores: scores([9, 20, 5]) });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('conflict_of_interest');

    const recusal = ok(await chi.client.post(path(`/entries/${entryIds[2]}/recuse`), { reason: 'Người nhà trong nhóm' }));
    expect(recusal).toMatchObject({ status: 'recused', judgeId: chi.user.id, reason: 'Người nhà trong nhóm', scores: null });
    expect(await listed(chi)).toEqual(entryIds.filter((_, i) => i !== 2));
    const afterRecusal = await chi.client.put(path(`/entries/${entryIds[2]}/score`), { scores: scores([1, 1, 1]) });
    expect(afterRecusal.status).toBe(403);
    expect(afterRecusal.body.error.code).toBe('conflict_of_interest');
  });

  it('takes every score, the paper one typed in by staff, and shows progress per judge', async () => {
    for (const [name, m] of [
      ['an', an],
      ['binh', binh],
      ['chi', chi],
    ] as const) {
      for (const [n, row] of Object.entries(SHEET[name])) {
        const entryId = entryIds[Number(n) - 1]!;
        if (name === 'chi' && n === '4') {
          const paper = ok(await app.staff.put(path(`/entries/${entryId}/score`), { scores: scores(row), judgeId: chi.user.id }));
          expect(paper.judgeId).toBe(chi.user.id);
          expect(paper.enteredBy).not.toBe(chi.user.id);
          continue;
        }
        const saved = ok(await m.client.put(path(`/entries/${entryId}/score`), { scores: scores(row), comment: `Nhận xét ${name} ${n}` }));
        expect(saved).toMatchObject({ status: 'scored', judgeId: m.user.id, enteredBy: m.user.id, scores: scores(row) });
      }
    }
    // A judge changing their mind replaces the earlier score.
    ok(await an.client.put(path(`/entries/${entryIds[0]}/score`), { scores: scores([1, 1, 1]) }));
    const replaced = ok(
      await an.client.put(path(`/entries/${entryIds[0]}/score`), { scores: scores(SHEET.an[1]!), comment: 'Nhận xét an 1' }),
    );
    expect(replaced.total).toBe(70);
    const mine = ok(await an.client.get(path('/entries'))).items.find((e: { id: string }) => e.id === entryIds[0]);
    expect(mine.myJudgement).toMatchObject({ total: 70, comment: 'Nhận xét an 1' });

    const progress = ok(await app.staff.get(path('/judging')));
    expect(progress.entries).toBe(5);
    const of = (m: Member) => progress.judges.find((j: { userId: string }) => j.userId === m.user.id);
    expect(of(an)).toMatchObject({ name: 'Giám khảo An', assigned: 5, scored: 5, recused: 0, conflicted: 0, remaining: 0, paper: 0 });
    expect(of(binh)).toMatchObject({ assigned: 4, scored: 3, recused: 0, conflicted: 1, remaining: 1, paper: 0 });
    expect(of(chi)).toMatchObject({ assigned: 5, scored: 4, recused: 1, conflicted: 0, remaining: 0, paper: 1 });
  });

  it('ranks by the formula as computed by hand, equal totals sharing a rank', async () => {
    // Judge score = (3·novelty/10 + 2·market/20 + 1·team/5) / 6 × 100:
    //   entry 1: An 70, Bình 60, Chi 88.33 → 72.78      entry 2: An 80, Chi 75 → 77.5
    //   entry 3: An 86.67, Bình 76.67 → 81.67            entry 4: An 40, Bình 58.33, Chi 40 → 46.11
    //   entry 5: An 80, Chi 75 → 77.5 (ties with entry 2)
    const results = ok(await app.staff.get(path('/results')));
    expect(results.published).toBe(false);
    expect(results.normalized).toBe(false);
    expect(results.items.map((r: any) => [r.entry.title, r.rank, r.total, r.judges])).toEqual([
      ['Bài dự thi 3', 1, 81.67, 2],
      ['Bài dự thi 2', 2, 77.5, 2],
      ['Bài dự thi 5', 2, 77.5, 2],
      ['Bài dự thi 1', 4, 72.78, 3],
      ['Bài dự thi 4', 5, 46.11, 3],
    ]);
    expect(results.items[1].byCriterion).toEqual({ novelty: 6.5, market: 18, team: 4.5 });
    expect(results.items[0].entry.startup).toEqual({ id: teams[2]!.profile.id, name: 'Hồi Văn Quan', province: 'lang-son' });
    // Judges see the standings too; an entrant does not before publication, nor does the public.
    expect(ok(await binh.client.get(path('/results'))).items).toHaveLength(5);
    expect((await teams[0]!.client.get(path('/results'))).status).toBe(403);
    expect((await app.t.client().get(path('/results'))).status).toBe(403);
  });

  it('normalises lenient and strict judges as an independent computation does', async () => {
    const call = ok(await app.staff.get(path('/call')));
    expect(call.locked).toBe(true);
    const { criteria, questions, judges, closesAt, opensAt, rules } = call;
    ok(await app.staff.put(path('/call'), { opensAt, closesAt, rules, questions, criteria, judges, normalizeJudges: true }));
    const ids = { an: an.user.id, binh: binh.user.id, chi: chi.user.id };
    const sheet: JudgeScore[] = Object.entries(SHEET).flatMap(([name, rows]) =>
      Object.entries(rows).map(([n, row]) => ({
        judgeId: ids[name as keyof typeof ids],
        entryId: entryIds[Number(n) - 1]!,
        scores: scores(row),
      })),
    );
    const expected = plainTotals(RUBRIC, entryIds, sheet, true);
    const results = ok(await app.staff.get(path('/results')));
    expect(results.normalized).toBe(true);
    for (const item of results.items) expect(item.total).toBeCloseTo(expected.get(item.entry.id)!, 2);
    // Normalising moves the totals (Chi is lenient, Bình strict) but keeps raw criterion means.
    expect(results.items.find((r: any) => r.entry.id === entryIds[0]).total).not.toBe(72.78);
    expect(results.items.find((r: any) => r.entry.id === entryIds[1]).byCriterion).toEqual({ novelty: 6.5, market: 18, team: 4.5 });
    ok(await app.staff.put(path('/call'), { opensAt, closesAt, rules, questions, criteria, judges, normalizeJudges: false }));
  });

  it('publishes: public results, a notification and a mail to every entrant', async () => {
    app.clock.set('2026-03-13T02:00:00.000Z');
    const published = ok(await app.staff.post(path('/results/publish')));
    expect(published.published).toBe(true);
    expect(published.publishedAt).toBe('2026-03-13T02:00:00.000Z');
    const anonymous = ok(await app.t.client().get(path('/results')));
    expect(anonymous.items.map((r: any) => [r.entry.id, r.rank, r.total])).toEqual(
      published.items.map((r: any) => [r.entry.id, r.rank, r.total]),
    );
    expect(anonymous.items[0].needs).toBeUndefined();

    for (const [i, team] of teams.entries()) {
      const notes = ok(await team.client.get('/api/notifications')).items.filter((n: any) => n.type === 'call.results_published');
      expect(notes).toHaveLength(1);
      expect(notes[0].data).toMatchObject({ eventId, entryId: entryIds[i], entries: 5 });
    }
    const second = (await teams[1]!.client.get('/api/notifications')).body.items.find((n: any) => n.type === 'call.results_published');
    expect(second.data).toMatchObject({ rank: 2, total: 77.5 });

    const mails = (await app.mailbox!.fresh()).filter((m) => m.envelopeTo.some((to) => teams.some((tm) => tm.user.email === to)));
    expect(mails).toHaveLength(5);
    const mail = only(mails, teams[1]!.user.email, 'call.results_published');
    expect(languageOf(mail)).toBe('vi');
    expect(mail.parsed.subject).toBe('Đã có kết quả: Cuộc thi Ý tưởng khởi nghiệp tỉnh Lạng Sơn 2026');
    expect(mail.parsed.text).toContain('Bài dự thi "Bài dự thi 2" xếp hạng 2 trên 5 bài, đạt 77,5/100 điểm.');
    expect(mail.parsed.text).toMatch(new RegExp(`Xem kết quả: http://localhost:\\d+/events/${eventId}/results`));

    // Published results are final: no more scores, no second publication.
    expect((await binh.client.put(path(`/entries/${entryIds[4]}/score`), { scores: scores([5, 5, 5]) })).status).toBe(409);
    expect((await app.staff.post(path('/results/publish'))).status).toBe(409);
  });

  it('writes scores.csv: UTF-8 with BOM, one row per judge × entry × criterion', async () => {
    const res = await getBytes(app.staff, path('/scores.csv'));
    expect(res.status).toBe(200);
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(`filename="cham-diem-scores-${eventId}.csv"`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(res.bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Hạng (Rank),Mã bài dự thi (Entry ID),Bài dự thi (Entry),Khởi nghiệp (Startup),Tỉnh/thành (Province),Giám khảo (Judge),' +
        'Mã tiêu chí (Criterion code),Tiêu chí (Criterion),Trọng số (Weight),Điểm tối đa (Maximum),Điểm (Score),Nhận xét (Comment),' +
        'Người nhập (Entered by),"Thời điểm chấm, UTC+7 (Scored at, UTC+7)"',
    );
    // Rank 1 first (entry 3), its judges by name, the criteria in the rubric's order.
    expect(lines[1]).toBe(
      `1,${entryIds[2]},Bài dự thi 3,Hồi Văn Quan,Lạng Sơn,Giám khảo An,novelty,"Tính mới, sáng tạo",3,10,10,Nhận xét an 3,Giám khảo An,2026-03-02 09:00`,
    );
    const rows = parseCsv(text.slice(1)).slice(1);
    const counted = Object.values(SHEET).reduce((n, rows) => n + Object.keys(rows).length, 0);
    expect(rows).toHaveLength(counted * RUBRIC.length);
    const paper = rows.filter((r) => r[5] === 'Giám khảo Chi' && r[1] === entryIds[3]);
    expect(paper.map((r) => [r[6], r[10], r[12]])).toEqual([
      ['novelty', '4', 'Cán bộ lang-son'],
      ['market', '8', 'Cán bộ lang-son'],
      ['team', '2', 'Cán bộ lang-son'],
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
  });
});
