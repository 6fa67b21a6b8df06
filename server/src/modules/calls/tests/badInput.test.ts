// Refusals: each answers the contract's status and code with a clear message and leaves the call,
// the entries, the judgements and everyone's notifications as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { refusedLeaving } from '../../events/tests/helpers.js';
import { answers, callBody, type CallsApp, callsApp, competition, entryBody, judge, ok, RUBRIC, startup } from './helpers.js';

let app: CallsApp;
let eventId: string;
let an: Member, binh: Member, outsiderExpert: Member;
let team: Member, late: Member, other: Member;
let entryId: string;
let otherStaff: TestClient;

const path = (suffix = '') => `/api/events/${eventId}${suffix}`;
const good = { novelty: 7, market: 12, team: 3 };

async function state() {
  const call = ok(await app.staff.get(path('/call')));
  const entries = ok(await app.staff.get(path('/entries?limit=100'))).items;
  const results = ok(await app.staff.get(path('/results'))).items;
  const notices = async (m: Member) => ok(await m.client.get('/api/notifications')).items.length;
  return {
    call: { updatedAt: call.updatedAt, criteria: call.criteria, judges: call.judges },
    entries: entries.map((e: any) => [e.id, e.status, e.title, e.answers, e.updatedAt, e.judging]),
    results: results.map((r: any) => [r.entry.id, r.total, r.judges]),
    notices: [await notices(an), await notices(binh), await notices(team), await notices(late)],
  };
}

const refused = refusedLeaving(state);

beforeAll(async () => {
  app = await callsApp();
  const { t, staff, admin } = app;
  [an, binh, outsiderExpert] = await Promise.all([judge(t, 'Giám khảo An'), judge(t, 'Giám khảo Bình'), judge(t, 'Chuyên gia ngoài')]);
  [team, late, other] = await Promise.all([startup(t, 'Mật ong Chi Lăng'), startup(t, 'Thạch đen'), startup(t, 'Hồi Văn Quan')]);
  otherStaff = await staffOf(t, admin, 'cao-bang');
  eventId = await competition(staff);
  ok(await staff.put(path('/call'), callBody([an.user.id, binh.user.id], { opensAt: '2026-03-03T00:00:00Z' })));
}, 120_000);
afterAll(() => app?.close());

describe('entries', () => {
  it('refuses entries before the window opens (409), then takes one', async () => {
    const error = await refused(
      team.client.post(path('/entries'), entryBody('Mật ong sạch')),
      409,
      'conflict',
      /Entries open at 2026-03-03 07:00 \(Vietnam time\)/,
    );
    expect(error.details).toMatchObject({ opensAt: '2026-03-03T00:00:00.000Z', closesAt: '2026-03-12T02:00:00.000Z' });
    app.clock.set('2026-03-03T01:00:00.000Z');
    entryId = ok(await team.client.post(path('/entries'), entryBody('Mật ong sạch')), 201).id;
  });

  it('refuses a second entry from the same startup (409)', async () => {
    const error = await refused(team.client.post(path('/entries'), entryBody('Lần hai')), 409, 'conflict', /already entered/);
    expect(error.details.entryId).toBe(entryId);
  });

  it('refuses missing required answers, wrong types, unknown questions (400)', async () => {
    const { problem: _problem, ...withoutProblem } = answers();
    const error = await refused(
      late.client.post(path('/entries'), entryBody('Thạch đen', { answers: withoutProblem })),
      400,
      'validation_failed',
    );
    expect(error.details).toEqual([{ path: 'answers.problem', message: 'This answer is required.', code: 'required' }]);
    await refused(
      late.client.post(path('/entries'), entryBody('Thạch đen', { answers: { ...answers(), problem: '   ' } })),
      400,
      'validation_failed',
    );
    const wrong = await refused(
      late.client.post(
        path('/entries'),
        entryBody('Thạch đen', { answers: { ...answers(), sector: 'Vũ trụ', team_size: 'ba', extra: 'x' } }),
      ),
      400,
      'validation_failed',
    );
    expect(wrong.details.map((d: any) => d.path).sort()).toEqual(['answers.extra', 'answers.sector', 'answers.team_size']);
    await refused(late.client.post(path('/entries'), entryBody('Thạch đen', { unknown: 1 })), 400, 'validation_failed');
    await refused(late.client.post(path('/entries'), entryBody('', {})), 400, 'validation_failed');
  });

  it('refuses entries from someone who is not a startup, and needs of another startup', async () => {
    await refused(outsiderExpert.client.post(path('/entries'), entryBody('Chuyên gia')), 403, 'forbidden');
    await refused(app.staff.post(path('/entries'), entryBody('Hộ')), 400, 'validation_failed', /Name the startup/);
    await refused(otherStaff.post(path('/entries'), entryBody('Hộ', { startupId: late.profile.id })), 404, 'not_found');
    const need = ok(
      await other.client.post('/api/needs', {
        category: 'trademark',
        title: 'Đăng ký nhãn hiệu hồi',
        description: 'Cần đăng ký nhãn hiệu cho hồi.',
      }),
      201,
    );
    const error = await refused(
      late.client.post(path('/entries'), entryBody('Thạch đen', { needIds: [need.id] })),
      400,
      'validation_failed',
    );
    expect(error.details).toEqual([{ path: 'needIds.0', message: 'Not a need of this startup.' }]);
  });

  it('refuses entries and edits after the deadline (409)', async () => {
    app.clock.set('2026-03-12T02:00:00.000Z');
    await refused(late.client.post(path('/entries'), entryBody('Thạch đen')), 409, 'conflict', /deadline/);
    await refused(team.client.patch(path(`/entries/${entryId}`), { title: 'Muộn' }), 409, 'conflict', /deadline/);
    app.clock.set('2026-03-05T01:00:00.000Z');
  });
});

describe('scores', () => {
  it('refuses scores out of range, missing a criterion, or naming an unknown one (400)', async () => {
    const score = (scores: Record<string, number>) => an.client.put(path(`/entries/${entryId}/score`), { scores });
    const over = await refused(score({ ...good, market: 21 }), 400, 'validation_failed');
    expect(over.details).toEqual([{ path: 'scores.market', message: 'Give 0 to 20 points.', code: 'out_of_range' }]);
    await refused(score({ ...good, novelty: -1 }), 400, 'validation_failed');
    await refused(score({ ...good, team: 2.125 }), 400, 'validation_failed', /scores.team/);
    const { team: _team, ...missing } = good;
    const error = await refused(score(missing), 400, 'validation_failed');
    expect(error.details).toEqual([{ path: 'scores.team', message: 'Score every criterion.', code: 'missing_score' }]);
    await refused(score({ ...good, charm: 3 }), 400, 'validation_failed', /scores.charm/);
  });

  it('refuses a non-judge scoring (403), and paper scores typed by anyone but the organisers', async () => {
    const body = { scores: good };
    await refused(outsiderExpert.client.put(path(`/entries/${entryId}/score`), body), 403, 'forbidden', /not a judge/);
    await refused(team.client.put(path(`/entries/${entryId}/score`), body), 403, 'forbidden');
    await refused(app.staff.put(path(`/entries/${entryId}/score`), body), 403, 'forbidden', /not a judge/);
    await refused(an.client.put(path(`/entries/${entryId}/score`), { ...body, judgeId: binh.user.id }), 403, 'forbidden');
    await refused(app.staff.put(path(`/entries/${entryId}/score`), { ...body, judgeId: outsiderExpert.user.id }), 403, 'forbidden');
  });

  it('refuses changing the criteria once a score exists (409), but takes other changes', async () => {
    ok(await an.client.put(path(`/entries/${entryId}/score`), { scores: good, comment: 'Ổn' }));
    const heavier = RUBRIC.map((c) => (c.code === 'market' ? { ...c, weight: 4 } : c));
    const error = await refused(app.staff.put(path('/call'), callBody([an.user.id, binh.user.id], { criteria: heavier })), 409, 'conflict');
    expect(error.message).toMatch(/criteria, weights and maxima can no longer change/);
    await refused(app.staff.put(path('/call'), callBody([an.user.id, binh.user.id], { criteria: RUBRIC.slice(0, 2) })), 409, 'conflict');
    await refused(app.staff.put(path('/call'), callBody([binh.user.id])), 409, 'conflict', /already scored/);
    const relabelled = RUBRIC.map((c) => ({ ...c, label: `${c.label} (sửa)` }));
    const saved = ok(
      await app.staff.put(path('/call'), callBody([an.user.id, binh.user.id], { criteria: relabelled, rules: 'Thể lệ mới' })),
    );
    expect(saved.criteria[0].label).toBe('Tính mới, sáng tạo (sửa)');
    expect(saved.locked).toBe(true);
  });
});

describe('the call', () => {
  it('refuses bad calls (400) and people who do not organise the event (403)', async () => {
    const judges = [an.user.id, binh.user.id];
    const dup = await refused(
      app.staff.put(
        path('/call'),
        callBody(judges, {
          questions: [
            { code: 'a', label: 'A', type: 'choice', options: ['x'], required: true },
            { code: 'a', label: 'B', type: 'text', required: false },
          ],
        }),
      ),
      400,
      'validation_failed',
    );
    expect(dup.details.map((d: any) => d.path).sort()).toEqual(['questions.0.options', 'questions.1.code']);
    await refused(app.staff.put(path('/call'), callBody(judges, { closesAt: '2026-03-01T00:00:00Z' })), 400, 'validation_failed');
    await refused(app.staff.put(path('/call'), callBody(judges, { criteria: [{ ...RUBRIC[0], weight: 0 }] })), 400, 'validation_failed');
    const notJudges = await refused(app.staff.put(path('/call'), callBody([...judges, team.user.id, 'nobody'])), 400, 'validation_failed');
    expect(notJudges.details).toEqual([
      { path: 'judges.2', message: 'Judges are experts or staff; this account is startup.' },
      { path: 'judges.3', message: 'No account has this id.' },
    ]);
    await refused(otherStaff.put(path('/call'), callBody(judges)), 403, 'forbidden');
    await refused(an.client.put(path('/call'), callBody(judges)), 403, 'forbidden');
  });
});
