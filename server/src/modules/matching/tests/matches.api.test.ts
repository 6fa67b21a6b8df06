// GET /api/matches over HTTP on the real app: both directions, the shape of API.md, reasons
// that add up, language, authorisation and bad input.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { member } from '../../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../../test/helpers/signedIn.js';
import type { MatchItemBody } from './fixtures.js';
import { expectReasonsAddUp, expectSortedByScore, reason } from './fixtures.js';

let honey: Member;
let noodles: Member;
let ipLocal: Member;
let ipHanoi: Member;
let lawyer: Member;
let marketer: Member;
let investor: Member;
let cowork: Member;
const need: Record<string, string> = {};

const ids = (items: MatchItemBody[]) => items.map((i) => i.profile.id);

async function addNeed(m: Member, category: string, title: string): Promise<string> {
  const res = await m.client.post('/api/needs', { category, title, description: title });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const { t, admin, staff } = useAppWithStaff(['lang-son', 'phu-tho']);
const [staffLs, staffPt] = staff;
beforeAll(async () => {
  honey = await member(t, 'startup', { name: 'Mật ong chanh rừng Chi Lăng', sectors: ['agri_food_ocop'] });
  noodles = await member(t, 'startup', {
    name: 'Miến dong Đình Lập',
    sectors: ['agri_food_ocop', 'manufacturing'],
    stage: 'prototype',
    fundingAsk: { min: 200_000_000, max: 400_000_000 },
  });
  ipLocal = await member(t, 'expert', {
    name: 'Hoàng Thị Thanh',
    province: 'lang-son',
    servesProvinces: ['lang-son'],
    remote: false,
    expertise: ['trademark', 'standards'],
  });
  ipHanoi = await member(t, 'expert', {
    name: 'Nguyễn Thu Hà',
    province: 'ha-noi',
    servesProvinces: ['lang-son', 'ha-noi'],
    expertise: ['trademark'],
  });
  lawyer = await member(t, 'expert', {
    name: 'Luật sư Phan Hạnh',
    province: 'ca-mau',
    servesProvinces: ['lang-son'],
    remote: false,
    expertise: ['legal'],
  });
  marketer = await member(t, 'expert', { name: 'Lâm Gia Huy', province: 'lang-son', expertise: ['marketing'], servesProvinces: [] });
  investor = await member(t, 'investor', {});
  cowork = await member(t, 'provider', {});
  need.honeyTrademark = await addNeed(honey, 'trademark', 'Đăng ký nhãn hiệu mật ong');
  need.honeyMarketing = await addNeed(honey, 'marketing', 'Thiết kế bao bì');
  need.noodlesFunding = await addNeed(noodles, 'funding', 'Gọi vốn mở rộng xưởng');
  need.noodlesWorkspace = await addNeed(noodles, 'workspace', 'Chỗ trưng bày sản phẩm');
});

describe('a startup’s matches for one need', () => {
  it('ranks the experts who cover the need, best first, with reasons that add up', async () => {
    const res = await honey.client.get(`/api/matches?needId=${need.honeyTrademark}&kind=expert`);
    expect(res.status).toBe(200);
    const items = res.body.items as MatchItemBody[];
    expect(ids(items).slice(0, 2)).toEqual([ipLocal.profile.id, ipHanoi.profile.id]);
    expect(ids(items)).toContain(lawyer.profile.id); // related (legal) and serving Lạng Sơn: below the IP experts
    expect(ids(items).indexOf(lawyer.profile.id)).toBe(2);
    expect(ids(items)).not.toContain(marketer.profile.id);
    expectSortedByScore(items);
    items.forEach(expectReasonsAddUp);
    expect(items[0]!.profile).toEqual({
      id: ipLocal.profile.id,
      kind: 'expert',
      name: 'Hoàng Thị Thanh',
      headline: ipLocal.profile.headline,
      province: 'lang-son',
    });
    expect(reason(items[0]!, 'coverage')!.detail).toBe('Chuyên môn: đăng ký nhãn hiệu, sở hữu trí tuệ (đúng nhu cầu)');
    expect(reason(items[0]!, 'geography')!.detail).toBe('Cùng tỉnh Lạng Sơn');
    expect(reason(items[0]!, 'capacity')!.detail).toBe('Còn 3/3 suất tư vấn');
    expect(reason(items[1]!, 'geography')!.detail).toBe('Nhận hỗ trợ tại Lạng Sơn');
    expect(items.every((i) => i.needId === need.honeyTrademark)).toBe(true);
  });

  it('writes reasons in English with ?lang=en or Accept-Language', async () => {
    const byQuery = await honey.client.get(`/api/matches?needId=${need.honeyTrademark}&lang=en`);
    expect(reason(byQuery.body.items[0], 'geography')!.detail).toBe('Same province: Lạng Sơn');
    const byHeader = await honey.client.get(`/api/matches?needId=${need.honeyTrademark}`, {
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(reason(byHeader.body.items[0], 'coverage')!.detail).toBe('Expertise: Trademark & IP (exactly the need)');
    // Same candidates in the same order (scores move a little: every listing counts as exposure).
    expect(ids(byHeader.body.items)).toEqual(ids(byQuery.body.items));
  });

  it('matches across all open needs when no need is named, saying which need each is for', async () => {
    const res = await honey.client.get('/api/matches');
    const items = res.body.items as MatchItemBody[];
    const marketerItem = items.find((i) => i.profile.id === marketer.profile.id)!;
    expect(marketerItem.needId).toBe(need.honeyMarketing);
    expect(items.find((i) => i.profile.id === ipLocal.profile.id)!.needId).toBe(need.honeyTrademark);
  });

  it('finds investors and providers by kind', async () => {
    const investors = await noodles.client.get(`/api/matches?needId=${need.noodlesFunding}&kind=investor`);
    expect(ids(investors.body.items)).toEqual([investor.profile.id]);
    const inv = investors.body.items[0] as MatchItemBody;
    expect(reason(inv, 'stage')!.score).toBe(1);
    expect(reason(inv, 'ticket')!.detail).toBe('Khoản đầu tư 100 triệu – 1 tỷ đồng khớp nhu cầu 200 triệu – 400 triệu đồng');
    const providers = await noodles.client.get(`/api/matches?needId=${need.noodlesWorkspace}&kind=provider`);
    expect(ids(providers.body.items)).toEqual([cowork.profile.id]);
    expect(reason(providers.body.items[0], 'capacity')).toBeUndefined();
  });

  it('returns an empty list for a startup without open needs', async () => {
    const fresh = await member(t, 'startup', { name: 'Chưa có nhu cầu' });
    const res = await fresh.client.get('/api/matches');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [] });
  });

  it('honours ?limit=', async () => {
    const res = await honey.client.get(`/api/matches?needId=${need.honeyTrademark}&limit=1`);
    expect(res.body.items).toHaveLength(1);
  });
});

describe('the other direction', () => {
  it('shows an expert the startups whose open needs it covers', async () => {
    const res = await ipLocal.client.get('/api/matches');
    expect(res.status).toBe(200);
    const items = res.body.items as MatchItemBody[];
    expect(ids(items)).toEqual([honey.profile.id]);
    expect(items[0]!.profile.kind).toBe('startup');
    expect(reason(items[0]!, 'coverage')!.detail).toBe(
      'Cần: đăng ký nhãn hiệu, sở hữu trí tuệ – “Đăng ký nhãn hiệu mật ong” (đúng chuyên môn của bạn)',
    );
    expect(reason(items[0]!, 'capacity')).toBeUndefined();
    items.forEach(expectReasonsAddUp);
    expect((await ipLocal.client.get('/api/matches?kind=startup')).body.items).toHaveLength(1);
  });

  it('shows a provider the startups needing what it offers', async () => {
    const res = await cowork.client.get(`/api/matches?for=${cowork.profile.id}`);
    expect(ids(res.body.items)).toEqual([noodles.profile.id]);
  });

  it('gives an investor the startups that fit its thesis, seekers of funding first', async () => {
    const res = await investor.client.get('/api/matches?lang=en');
    const items = res.body.items as MatchItemBody[];
    expect(ids(items)[0]).toBe(noodles.profile.id);
    expect(ids(items)).toContain(honey.profile.id);
    expect(reason(items[0]!, 'coverage')!.detail).toBe('Looking for funding: “Gọi vốn mở rộng xưởng”');
    expectSortedByScore(items);
    items.forEach(expectReasonsAddUp);
  });
});

describe('who may ask', () => {
  it('lets staff ask for profiles of their province and admins for any', async () => {
    const staff = await staffLs.get(`/api/matches?for=${honey.profile.id}&needId=${need.honeyTrademark}`);
    expect(staff.status).toBe(200);
    expect(ids(staff.body.items)[0]).toBe(ipLocal.profile.id);
    expect((await admin.get(`/api/matches?for=${ipHanoi.profile.id}`)).status).toBe(200);
    expect((await staffPt.get(`/api/matches?for=${honey.profile.id}`)).status).toBe(403);
    expect((await staffLs.get('/api/matches')).status).toBe(400);
  });

  it('reads for=me as the caller’s own profile, as /api/profiles/me does', async () => {
    const own = await investor.client.get('/api/matches?kind=startup');
    const me = await investor.client.get('/api/matches?for=me&kind=startup');
    expect(me.status).toBe(200);
    expect(ids(me.body.items)).toEqual(ids(own.body.items));
    expect(ids(me.body.items)).toContain(noodles.profile.id);
    const staffMe = await staffLs.get('/api/matches?for=me');
    expect(staffMe.status).toBe(400);
    expect(staffMe.body.error.details).toEqual([expect.objectContaining({ path: 'query.for' })]);
  });

  it('refuses someone else’s matches (403) and unknown profiles or needs (404)', async () => {
    expect((await noodles.client.get(`/api/matches?for=${honey.profile.id}`)).status).toBe(403);
    expect((await ipHanoi.client.get(`/api/matches?for=${honey.profile.id}`)).status).toBe(403);
    expect((await ipHanoi.client.get(`/api/matches?for=${ipLocal.profile.id}`)).status).toBe(403);
    const unknown = await honey.client.get('/api/matches?for=no-such-profile');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    expect((await honey.client.get('/api/matches?needId=no-such-need')).status).toBe(404);
    expect((await honey.client.get(`/api/matches?needId=${need.noodlesFunding}`)).status).toBe(404);
    expect((await ipLocal.client.get(`/api/matches?needId=${need.honeyTrademark}`)).status).toBe(404);
    expect((await t.client().get('/api/matches')).status).toBe(401);
  });

  it('rejects a kind outside the list, or one that does not fit the direction (400)', async () => {
    const robot = await honey.client.get('/api/matches?kind=robot');
    expect(robot.status).toBe(400);
    expect(robot.body.error.code).toBe('validation_failed');
    expect((await honey.client.get('/api/matches?kind=startup')).status).toBe(400);
    expect((await ipLocal.client.get('/api/matches?kind=expert')).status).toBe(400);
    expect((await honey.client.get('/api/matches?limit=500')).status).toBe(400);
    expect((await honey.client.get('/api/matches?foo=1')).status).toBe(400);
  });

  it('answers 409 for a closed need', async () => {
    const id = await addNeed(honey, 'legal', 'Thành lập HTX');
    expect((await honey.client.patch(`/api/needs/${id}`, { status: 'closed' })).status).toBe(200);
    const res = await honey.client.get(`/api/matches?needId=${id}`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
  });

  it('answers 409 before a profile exists', async () => {
    const c = t.client();
    await c.register({ role: 'expert' });
    expect((await c.get('/api/matches')).status).toBe(409);
  });
});
