// The call itself: templates the editor starts from, what the public and each role read, the
// public list of calls, judges' assignments and the people who can sit on a jury.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { member } from '../../../../test/helpers/fixtures.js';
import { callBody, type CallsApp, callsApp, competition, entryBody, judge, ok, startup } from './helpers.js';

let app: CallsApp;
let eventId: string;
let an: Member, far: Member;
let honey: Member;

const path = (suffix = '') => `/api/events/${eventId}${suffix}`;

beforeAll(async () => {
  app = await callsApp();
  [an, honey] = await Promise.all([judge(app.t, 'Giám khảo Đặng An'), startup(app.t, 'Mật ong Chi Lăng')]);
  far = await member(app.t, 'expert', { name: 'Chuyên gia Cà Mau', province: 'ca-mau', remote: false, servesProvinces: [] });
  eventId = await competition(app.staff);
}, 120_000);
afterAll(() => app?.close());

describe('templates', () => {
  it('serve the common Vietnamese rubrics, each a valid call as it stands', async () => {
    const { items } = ok(await app.t.client().get('/api/calls/templates'));
    expect(items.map((t: any) => t.code)).toEqual(['y_tuong_khoi_nghiep', 'du_an_doi_moi_sang_tao', 'khoi_nghiep_cong_dong']);
    const first = items[0];
    expect(first.criteria.map((c: any) => [c.code, c.label, c.labelEn, c.weight, c.max])).toEqual([
      ['tinh_moi_sang_tao', 'Tính mới, sáng tạo', 'Novelty and creativity', 25, 25],
      ['kha_nang_thuong_mai_hoa', 'Khả năng thương mại hoá', 'Commercial viability', 30, 30],
      ['nang_luc_doi_ngu', 'Năng lực đội ngũ', 'Team capability', 20, 20],
      ['tac_dong_xa_hoi', 'Tác động xã hội', 'Social impact', 15, 15],
      ['trinh_bay', 'Chất lượng hồ sơ, trình bày', 'Submission and pitch', 10, 10],
    ]);
    for (const t of items) {
      const codes = t.criteria.map((c: any) => c.code);
      for (const common of ['tinh_moi_sang_tao', 'kha_nang_thuong_mai_hoa', 'nang_luc_doi_ngu', 'tac_dong_xa_hoi'])
        expect(codes).toContain(common);
    }
    const template = items[1];
    const saved = ok(
      await app.staff.put(path('/call'), {
        closesAt: '2026-03-20T10:00:00+07:00',
        rules: template.rules.vi,
        questions: template.questions,
        criteria: template.criteria,
        judges: [an.user.id],
        normalizeJudges: template.normalizeJudges,
      }),
    );
    expect(saved).toMatchObject({ opensAt: null, closesAt: '2026-03-20T03:00:00.000Z', normalizeJudges: true, open: true, locked: false });
    expect(saved.jury).toEqual([
      {
        userId: an.user.id,
        name: 'Giám khảo Đặng An',
        role: 'expert',
        province: 'lang-son',
        profileId: an.profile.id,
        headline: expect.any(String),
      },
    ]);
  });
});

describe('reading a call', () => {
  it('is public while the event is published, without the jury', async () => {
    const anonymous = ok(await app.t.client().get(path('/call')));
    expect(anonymous.event).toMatchObject({ id: eventId, kind: 'competition', province: 'lang-son', status: 'published' });
    expect(anonymous.judges).toBeUndefined();
    expect(anonymous.jury).toBeUndefined();
    expect(anonymous.viewer).toBeUndefined();
    expect(ok(await an.client.get(path('/call'))).viewer).toEqual({ organiser: false, manager: false, judge: true });
    expect(ok(await app.staff.get(path('/call'))).viewer).toEqual({ organiser: true, manager: true, judge: false });
  });

  it('is 404 for a draft event to anyone but its organisers, and for an event without a call', async () => {
    const draft = await competition(app.staff, { status: 'draft', title: 'Bản nháp' });
    ok(await app.staff.put(`/api/events/${draft}/call`, callBody([an.user.id])));
    expect((await app.t.client().get(`/api/events/${draft}/call`)).status).toBe(404);
    expect((await honey.client.get(`/api/events/${draft}/call`)).status).toBe(404);
    const bare = await competition(app.staff, { title: 'Không có cuộc thi' });
    const missing = await app.t.client().get(`/api/events/${bare}/call`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('Call for entries not found.');
  });
});

describe('lists', () => {
  it('lists open calls, then closed ones, then those with results, without drafts', async () => {
    const list = async (query: string) => ok(await app.t.client().get(`/api/calls?${query}`)).items.map((c: any) => c.event.id);
    expect(await list('status=open')).toEqual([eventId]);
    expect(await list('status=open&province=cao-bang')).toEqual([]);
    const templateAnswers = {
      linh_vuc: 'Nông nghiệp, thực phẩm, OCOP',
      giai_doan: 'Đã có doanh thu',
      van_de: 'Mật ong bị trà trộn, người mua không tin.',
      khach_hang: 'Cửa hàng đặc sản ở Hà Nội.',
      so_thanh_vien: 4,
    };
    ok(await honey.client.post(path('/entries'), { title: 'Mật ong', summary: 'Mật ong sạch', answers: templateAnswers }), 201);
    expect(ok(await app.t.client().get('/api/calls')).items[0]).toMatchObject({ open: true, entries: 1, resultsPublishedAt: null });
    app.clock.set('2026-03-21T00:00:00.000Z');
    expect(await list('status=open')).toEqual([]);
    expect(await list('status=closed')).toContain(eventId);
    expect((await honey.client.post(path('/entries/x/withdraw'))).status).toBe(404);
  });

  it('shows a judge what is left to score', async () => {
    const assignments = ok(await an.client.get('/api/calls/assignments')).items;
    expect(assignments).toHaveLength(1);
    expect(assignments[0]).toMatchObject({ event: { id: eventId }, assigned: 1, scored: 0, recused: 0, remaining: 1 });
    expect(ok(await honey.client.get('/api/calls/assignments')).items).toEqual([]);
    const entry = ok(await an.client.get(path('/entries'))).items[0];
    const scores = {
      tinh_moi_sang_tao: 8,
      kha_nang_thuong_mai_hoa: 7,
      mo_hinh_tai_chinh: 6,
      nang_luc_doi_ngu: 9,
      tac_dong_xa_hoi: 5,
      kha_nang_mo_rong: 4,
    };
    ok(await an.client.put(path(`/entries/${entry.id}/score`), { scores }));
    expect(ok(await an.client.get('/api/calls/assignments')).items[0]).toMatchObject({ scored: 1, remaining: 0 });
    ok(await app.staff.post(path('/results/publish')));
    expect(await (async () => ok(await app.t.client().get('/api/calls?status=published')).items.map((c: any) => c.event.id))()).toEqual([
      eventId,
    ]);
    expect((await honey.client.post(path(`/entries/${entry.id}/withdraw`))).status).toBe(409);
    expect((await app.staff.put(path('/call'), callBody([an.user.id]))).status).toBe(409);
  });
});

describe('jury candidates', () => {
  it('offers staff of the province and experts who serve it, found without diacritics', async () => {
    const all = ok(await app.staff.get(path('/call/judge-candidates'))).items;
    const names = all.map((c: any) => c.name);
    expect(names).toContain('Giám khảo Đặng An');
    expect(names).toContain('Cán bộ lang-son');
    expect(names).not.toContain('Chuyên gia Cà Mau');
    const found = ok(await app.staff.get(path('/call/judge-candidates?q=dang an'))).items;
    expect(found.map((c: any) => [c.userId, c.role])).toEqual([[an.user.id, 'expert']]);
    expect((await an.client.get(path('/call/judge-candidates'))).status).toBe(403);
    expect(far.user.role).toBe('expert');
  });
});

describe('entry rules at the edges', () => {
  it('takes no entries for a cancelled event', async () => {
    const other = await competition(app.staff, {
      title: 'Sẽ huỷ',
      startsAt: '2026-04-28T08:00:00+07:00',
      endsAt: '2026-04-28T17:00:00+07:00',
    });
    ok(await app.staff.put(`/api/events/${other}/call`, callBody([an.user.id], { opensAt: undefined, closesAt: '2026-04-20T00:00:00Z' })));
    ok(await app.staff.patch(`/api/events/${other}`, { status: 'cancelled' }));
    const refused = await honey.client.post(`/api/events/${other}/entries`, entryBody('Mật ong'));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('This event is cancelled; it takes no entries.');
    expect((await app.staff.put(`/api/events/${other}/call`, callBody([an.user.id]))).status).toBe(409);
  });
});
