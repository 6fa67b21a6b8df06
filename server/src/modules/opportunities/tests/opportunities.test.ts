// Opportunities end to end over HTTP: posting (classified when no category is given), listing for
// anyone with `q` that ignores diacritics, the visitor rules (hidden, suspended and unshared owners
// never listed), answering with an introduction that carries the opportunity, expiry (ManualClock),
// renewal and closing, and matches with kind=opportunity.
import { beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, ManualClock } from '../../../lib/clock.js';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { adminEnv, member, profileBodies, readAllPages, staffOf } from '../../../../test/helpers/fixtures.js';
import { useAdmin } from '../../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
let visitor: TestClient;
const p: Record<string, Member> = {};
const o: Record<string, { id: string; [k: string]: unknown }> = {};
const SUPERMARKET = {
  type: 'request',
  title: 'Siêu thị tìm nhà cung cấp sản phẩm OCOP',
  description: 'Cần nhà cung cấp đặc sản đạt OCOP 3 sao trở lên để đưa lên kệ hàng đặc sản vùng miền.',
};

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const listed = async (client: TestClient, query = '') => ids((await client.get(`/api/opportunities?limit=100${query}`)).body.items);

const t = useTestApp({ env: adminEnv, clock, startJobs: false });
const admin = useAdmin(t);
beforeAll(async () => {
  visitor = t.client();
  p.mart = await member(t, 'provider', { name: 'Siêu thị Happy Mart Lạng Sơn', offerings: ['distribution'], sectors: ['agri_food_ocop'] });
  p.lab = await member(t, 'provider', {
    name: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng',
    offerings: ['standards'],
    province: 'ha-noi',
  });
  p.fund = await member(t, 'investor', { name: 'Quỹ Khởi nghiệp Xanh', province: 'ha-noi' });
  p.honey = await member(t, 'startup');
  p.tea = await member(t, 'startup', { name: 'Chè Shan tuyết', province: 'ha-noi' });
  p.lawyer = await member(t, 'expert');
  p.expertPt = await member(t, 'expert', { name: 'Chuyên gia Phú Thọ', province: 'phu-tho', servesProvinces: [] });
});

describe('posting', () => {
  it('classifies the text when no category is given, and opens it for 90 days', async () => {
    const res = await p.mart!.client.post('/api/opportunities', SUPERMARKET);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      type: 'request',
      category: 'distribution',
      title: SUPERMARKET.title,
      province: 'lang-son',
      sectors: ['agri_food_ocop'],
      status: 'open',
      expiresAt: '2026-05-31T02:00:00.000Z',
      profileId: p.mart!.profile.id,
      profile: { id: p.mart!.profile.id, kind: 'provider', name: 'Siêu thị Happy Mart Lạng Sơn', province: 'lang-son' },
    });
    expect(res.body.suggestedCategories[0]).toMatchObject({ code: 'distribution' });
    o.mart = res.body;
  });

  it('keeps a category and an expiry it is given', async () => {
    const lab = await p.lab!.client.post('/api/opportunities', {
      type: 'offer',
      title: 'Nhận kiểm nghiệm mẫu thực phẩm trong 7 ngày',
      description: 'Kiểm nghiệm vi sinh, hóa lý để công bố tiêu chuẩn chất lượng.',
      category: 'standards',
      expiresAt: '2026-12-31T17:00:00+07:00',
    });
    expect(lab.status).toBe(201);
    expect(lab.body).toMatchObject({ category: 'standards', expiresAt: '2026-12-31T10:00:00.000Z', province: 'ha-noi' });
    expect(lab.body.suggestedCategories[0].code).toBe('standards');
    o.lab = lab.body;
    o.fund = (
      await p.fund!.client.post('/api/opportunities', {
        type: 'offer',
        title: 'Quỹ mở đợt gọi vốn cho dự án nông nghiệp',
        description: 'Nhận hồ sơ gọi vốn của các dự án khởi nghiệp nông nghiệp công nghệ cao.',
      })
    ).body;
    expect(o.fund).toMatchObject({ category: 'funding' });
    o.desk = (
      await p.honey!.client.post('/api/opportunities', { type: 'request', title: 'Cần hỗ trợ đăng ký nhãn hiệu cho mật ong' })
    ).body;
    expect(o.desk).toMatchObject({ category: 'trademark', description: '' });
  });

  it.each([
    ['an expiry more than 365 days ahead', { ...SUPERMARKET, expiresAt: '2027-03-03T02:00:00Z' }, 'expiresAt'],
    ['an expiry in the past', { ...SUPERMARKET, expiresAt: '2026-03-01T00:00:00Z' }, 'expiresAt'],
    ['an unknown type', { ...SUPERMARKET, type: 'gift' }, 'type'],
    ['an unknown field', { ...SUPERMARKET, price: 1 }, '(root)'],
    ['no title', { type: 'offer', title: '  ' }, 'title'],
  ])('refuses %s with 400, storing nothing', async (_label, body, path) => {
    const before = await t.app.store.collection({ name: 'opportunities' }).countDocuments();
    const res = await p.mart!.client.post('/api/opportunities', body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await t.app.store.collection({ name: 'opportunities' }).countDocuments()).toBe(before);
  });

  it('accepts an expiry to the last minute of the day a year ahead, as the form sends it', async () => {
    // Now is 09:00 on 2 March 2026 in Vietnam; the form sends 23:59 of the chosen day, 2 March 2027.
    const res = await p.mart!.client.post('/api/opportunities', { ...SUPERMARKET, expiresAt: '2027-03-02T23:59:00+07:00' });
    expect(res.status).toBe(201);
    expect(res.body.expiresAt).toBe('2027-03-02T16:59:00.000Z');
    const late = await p.mart!.client.post('/api/opportunities', { ...SUPERMARKET, expiresAt: '2027-03-03T00:00:00+07:00' });
    expect(late.status).toBe(400);
    await p.mart!.client.patch(`/api/opportunities/${res.body.id}`, { status: 'closed' });
  });

  it('needs a profile: 401 for visitors, 403 for staff, 409 before the profile exists', async () => {
    expect((await visitor.post('/api/opportunities', SUPERMARKET)).status).toBe(401);
    expect((await (await staffOf(t, admin, 'lang-son')).post('/api/opportunities', SUPERMARKET)).status).toBe(403);
    const newcomer = t.client();
    await newcomer.register({ role: 'provider' });
    expect((await newcomer.post('/api/opportunities', SUPERMARKET)).status).toBe(409);
  });
});

describe('listing for anyone', () => {
  it('lists open ones newest first and finds words without diacritics', async () => {
    expect(await listed(visitor)).toEqual([o.desk!.id, o.fund!.id, o.lab!.id, o.mart!.id]);
    expect(await listed(visitor, '&q=sieu%20thi%20ocop')).toEqual([o.mart!.id]);
    expect(await listed(visitor, `&q=${encodeURIComponent('KIỂM NGHIỆM')}`)).toEqual([o.lab!.id]);
    expect(await listed(visitor, '&q=kiem%20ngh')).toEqual([o.lab!.id]); // a word being typed
    expect(await listed(visitor, '&q=nghiem%20kiem%20xyz')).toEqual([]);
    expect(await listed(visitor, '&type=offer')).toEqual([o.fund!.id, o.lab!.id]);
    expect(await listed(visitor, '&category=distribution')).toEqual([o.mart!.id]);
    expect(await listed(visitor, '&province=ha-noi')).toEqual([o.fund!.id, o.lab!.id]);
    const one = await visitor.get(`/api/opportunities/${o.lab!.id}`);
    expect(one.body).toMatchObject({
      id: o.lab!.id,
      status: 'open',
      profile: { name: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng' },
    });
    expect(JSON.stringify(one.body)).not.toContain('contact');
  });

  it('pages without gaps', async () => {
    const { ids: seen } = await readAllPages(visitor, '/api/opportunities?limit=3');
    expect(seen).toEqual([o.desk!.id, o.fund!.id, o.lab!.id, o.mart!.id]);
  });

  it('never lists opportunities of hidden or suspended owners, or of helpers a visitor may not see', async () => {
    const hider = await member(t, 'provider', { name: 'Nhà cung cấp ẩn' });
    const hiddenOne = (await hider.client.post('/api/opportunities', { type: 'offer', title: 'Cho thuê kho lạnh OCOP' })).body;
    const suspended = await member(t, 'investor', { name: 'Nhà đầu tư bị khóa' });
    const suspendedOne = (await suspended.client.post('/api/opportunities', { type: 'offer', title: 'Gọi vốn nông nghiệp OCOP' })).body;
    const ptOne = (await p.expertPt!.client.post('/api/opportunities', { type: 'offer', title: 'Tư vấn OCOP cho chè' })).body;
    Object.assign(o, { hidden: hiddenOne, suspended: suspendedOne, pt: ptOne });
    expect(await listed(visitor, '&q=ocop')).toEqual(expect.arrayContaining([hiddenOne.id, suspendedOne.id, ptOne.id]));

    await hider.client.put('/api/profiles/me', profileBodies.provider({ name: 'Nhà cung cấp ẩn', hidden: true }));
    await t.app.container.modules.profiles.repository.setFields(suspended.profile.id, { suspended: true });
    const staffPt = await staffOf(t, admin, 'phu-tho');
    await staffPt.put('/api/staff/policy?province=phu-tho', { sharing: 'province' });

    for (const client of [visitor, p.honey!.client]) {
      const now = await listed(client, '&q=ocop');
      expect(now).not.toContain(hiddenOne.id);
      expect(now).not.toContain(suspendedOne.id);
      expect(now).not.toContain(ptOne.id);
      expect(now).toContain(o.mart!.id);
    }
    expect((await visitor.get(`/api/opportunities/${hiddenOne.id}`)).status).toBe(404);
    expect((await visitor.get(`/api/opportunities/${ptOne.id}`)).status).toBe(404);
    const local = await member(t, 'startup', { province: 'phu-tho' });
    expect(await listed(local.client, '&q=ocop')).toContain(ptOne.id);
    expect(await listed(hider.client, '&mine=true')).toEqual([hiddenOne.id]);
    expect((await hider.client.get(`/api/opportunities/${hiddenOne.id}`)).status).toBe(200);
    await staffPt.put('/api/staff/policy?province=phu-tho', { sharing: 'all' });
  });
});

describe('answering with an introduction', () => {
  it('creates an intro to the owner carrying opportunityId, under every rule of intros', async () => {
    const res = await p.honey!.client.post(`/api/opportunities/${o.mart!.id}/interest`, {
      message: 'Mật ong chanh rừng đạt OCOP 4 sao, xin được giới thiệu.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fromProfileId: p.honey!.profile.id,
      toProfileId: p.mart!.profile.id,
      opportunityId: o.mart!.id,
      status: 'pending',
      message: 'Mật ong chanh rừng đạt OCOP 4 sao, xin được giới thiệu.',
    });
    const incoming = await p.mart!.client.get('/api/intros?box=incoming');
    expect(incoming.body.items[0]).toMatchObject({ id: res.body.id, opportunityId: o.mart!.id });
    // One open intro per pair; answering yourself; a pair intros do not allow; a visitor; no message.
    expect((await p.honey!.client.post(`/api/opportunities/${o.mart!.id}/interest`, { message: 'Lần nữa' })).status).toBe(409);
    expect((await p.mart!.client.post(`/api/opportunities/${o.mart!.id}/interest`, { message: 'Tôi' })).status).toBe(409);
    expect((await p.lawyer!.client.post(`/api/opportunities/${o.lab!.id}/interest`, { message: 'Chào' })).status).toBe(403);
    expect((await visitor.post(`/api/opportunities/${o.mart!.id}/interest`, { message: 'Chào' })).status).toBe(401);
    expect((await p.tea!.client.post(`/api/opportunities/${o.mart!.id}/interest`, {})).status).toBe(400);
    expect((await p.tea!.client.post('/api/opportunities/no-such/interest', { message: 'Chào' })).status).toBe(404);
  });
});

describe('matches with kind=opportunity', () => {
  it('offers fitting a startup’s open needs, with reasons and the need they fit', async () => {
    const need = (await p.tea!.client.post('/api/needs', { title: 'Công bố tiêu chuẩn chất lượng cho chè', category: 'standards' })).body;
    const res = await p.tea!.client.get('/api/matches?kind=opportunity&lang=vi');
    expect(res.status).toBe(200);
    // The lab (same province) before the Phú Thọ expert's offer (far away); hidden and suspended owners never.
    expect(o.pt).toMatchObject({ category: 'standards' });
    expect(res.body.items.map((m: { opportunity: { id: string } }) => m.opportunity.id)).toEqual([o.lab!.id, o.pt!.id]);
    const [match] = res.body.items;
    expect(match).toMatchObject({ needId: need.id, profile: { id: p.lab!.profile.id }, opportunity: { id: o.lab!.id, type: 'offer' } });
    expect(match.reasons.find((r: { criterion: string }) => r.criterion === 'coverage')).toMatchObject({
      score: 1,
      detail: 'Đúng nhu cầu “Công bố tiêu chuẩn chất lượng cho chè” (tiêu chuẩn, chất lượng, điều kiện lưu thông)',
    });
    expect(match.reasons.find((r: { criterion: string }) => r.criterion === 'geography')).toMatchObject({ score: 1 });
    const total = match.reasons.reduce((s: number, r: { weight: number; score: number }) => s + r.weight * r.score, 0);
    const weights = match.reasons.reduce((s: number, r: { weight: number }) => s + r.weight, 0);
    expect(match.score).toBeCloseTo(total / weights, 3);
  });

  it('requests fitting an expert’s expertise; staff ask for a profile of their province', async () => {
    const res = await p.lawyer!.client.get('/api/matches?kind=opportunity&lang=en');
    expect(res.body.items.map((m: { opportunity: { id: string } }) => m.opportunity.id)).toEqual([o.desk!.id]);
    expect(res.body.items[0].reasons[0]).toMatchObject({ criterion: 'coverage', detail: 'What you offer: Trademark & IP' });
    const staff = await staffOf(t, admin, 'lang-son');
    const forMart = await staff.get(`/api/matches?kind=opportunity&for=${p.mart!.profile.id}`);
    expect(forMart.status).toBe(200);
    expect(forMart.body.items).toEqual([]); // the supermarket offers distribution; nobody requests it from a helper here
    expect((await p.honey!.client.get(`/api/matches?kind=opportunity&for=${p.tea!.profile.id}`)).status).toBe(403);
  });
});

describe('expiry, renewal and closing', () => {
  it('expires after its time (409 on interest), renews with a new expiry, and closes for good', async () => {
    clock.advance(91 * DAY_MS);
    const expired = await visitor.get(`/api/opportunities/${o.fund!.id}`);
    expect(expired.body.status).toBe('expired');
    const late = await p.tea!.client.post(`/api/opportunities/${o.fund!.id}/interest`, { message: 'Muộn' });
    expect(late.status).toBe(409);
    expect(late.body.error.details).toEqual({ status: 'expired' });
    expect(await listed(visitor)).not.toContain(o.fund!.id);
    await t.app.container.jobs.run('opportunities.expire');
    expect((await t.app.store.collection({ name: 'opportunities' }).findOne({ _id: o.fund!.id }))!.status).toBe('expired');
    expect(await listed(visitor)).toContain(o.lab!.id); // its own expiry is in December

    expect((await p.tea!.client.patch(`/api/opportunities/${o.fund!.id}`, { expiresAt: '2026-07-30T00:00:00Z' })).status).toBe(403);
    expect((await p.fund!.client.patch(`/api/opportunities/${o.fund!.id}`, { expiresAt: '2027-07-30T00:00:00Z' })).status).toBe(400);
    const renewed = await p.fund!.client.patch(`/api/opportunities/${o.fund!.id}`, {
      expiresAt: '2026-07-30T00:00:00Z',
      title: 'Quỹ gia hạn đợt gọi vốn',
    });
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ status: 'open', expiresAt: '2026-07-30T00:00:00.000Z', title: 'Quỹ gia hạn đợt gọi vốn' });
    expect(await listed(visitor, '&q=gia%20han')).toEqual([o.fund!.id]);
    expect((await p.tea!.client.post(`/api/opportunities/${o.fund!.id}/interest`, { message: 'Xin gửi hồ sơ' })).status).toBe(201);

    const closed = await p.fund!.client.patch(`/api/opportunities/${o.fund!.id}`, { status: 'closed' });
    expect(closed.body.status).toBe('closed');
    expect(await listed(visitor)).not.toContain(o.fund!.id);
    expect((await p.honey!.client.post(`/api/opportunities/${o.fund!.id}/interest`, { message: 'Chào' })).status).toBe(409);
    const reopen = await p.fund!.client.patch(`/api/opportunities/${o.fund!.id}`, { expiresAt: '2026-08-30T00:00:00Z' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.code).toBe('invalid_transition');
    expect((await p.fund!.client.patch(`/api/opportunities/${o.fund!.id}`, {})).status).toBe(400);
  });
});
