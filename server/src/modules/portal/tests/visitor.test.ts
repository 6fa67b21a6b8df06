// A visitor without an account (API.md "Public portal"): every public endpoint answers, and shows
// what a user of no province would see — startups always; experts, investors and providers only
// from provinces whose sharing policy is `all`; never hidden or suspended profiles; no contact
// details; no need texts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { adminClient, adminEnv, member, profileBodies, staffOf } from '../../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';

let visitor: TestClient;
const p: Record<string, Member> = {};
const SECRET_NEED = 'Cần vay gấp 500 triệu trả nợ nhà cung cấp chè';
const CONTACT_VALUES = ['matong@example.vn', '0912 345 678', 'binh.ip@example.vn', '0987 654 321', 'clb@example.vn'];

/** Everything a visitor got must be free of contact values and need texts. */
function assertNothingPrivate(body: unknown): void {
  const text = JSON.stringify(body);
  for (const value of [...CONTACT_VALUES, SECRET_NEED, 'vay gấp']) expect(text).not.toContain(value);
  expect(text).not.toContain('"contact"');
}

const t = useTestApp({ env: adminEnv });
beforeAll(async () => {
  const admin = await adminClient(t);
  visitor = t.client();
  // Phú Thọ keeps its helpers to itself; everyone else shares with all.
  const staffPt = await staffOf(t, admin, 'phu-tho');
  p.honey = await member(t, 'startup', { name: 'Mật ong chanh rừng Chi Lăng' });
  p.teaPt = await member(t, 'startup', { name: 'Chè Long Cốc', province: 'phu-tho', headline: 'Chè xanh Long Cốc' });
  p.teaPt2 = await member(t, 'startup', { name: 'Bưởi Đoan Hùng', province: 'phu-tho', headline: 'Bưởi đặc sản' });
  p.hiddenStartup = await member(t, 'startup', { name: 'Tương ớt ẩn danh', hidden: true });
  p.suspendedStartup = await member(t, 'startup', { name: 'Miến dong bị khóa' });
  p.expertHn = await member(t, 'expert', { name: 'Luật sư Trần Văn Bình', province: 'ha-noi' });
  p.expertPt = await member(t, 'expert', { name: 'Chuyên gia chè Phú Thọ', province: 'phu-tho', servesProvinces: [] });
  p.investorPt = await member(t, 'investor', { name: 'Quỹ đầu tư Đất Tổ', province: 'phu-tho' });
  p.investorLs = await member(t, 'investor', { name: 'CLB Đầu tư Lạng Sơn' });
  p.providerLs = await member(t, 'provider', { name: 'Không gian làm việc Lạng Sơn' });
  expect((await staffPt.put('/api/staff/policy?province=phu-tho', { sharing: 'province' })).status).toBe(200);
  expect((await p.honey.client.post('/api/needs', { title: 'Vay vốn lưu động', description: SECRET_NEED })).status).toBe(201);
  const { profiles, search } = t.app.container.modules;
  await profiles.repository.setFields(p.suspendedStartup.profile.id, { suspended: true });
  await search.outbox.enqueue(p.suspendedStartup.profile.id);
  await search.indexer.drain();
});

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
const expectedVisible = () => [p.honey, p.teaPt, p.teaPt2, p.expertHn, p.investorLs, p.providerLs].map((m) => m!.profile.id).sort();

describe('GET /api/profiles and /api/profiles/:id for a visitor', () => {
  it('lists startups of every province and helpers of sharing provinces, never hidden or suspended ones', async () => {
    const res = await visitor.get('/api/profiles?limit=100');
    expect(res.status).toBe(200);
    expect(ids(res.body.items)).toEqual(expectedVisible());
    assertNothingPrivate(res.body);
    const phuTho = await visitor.get('/api/profiles?province=phu-tho');
    expect(ids(phuTho.body.items)).toEqual([p.teaPt!.profile.id, p.teaPt2!.profile.id].sort());
  });

  it('opens a visible profile without contact, and answers 404 for the others', async () => {
    const honey = await visitor.get(`/api/profiles/${p.honey!.profile.id}`);
    expect(honey.status).toBe(200);
    expect(honey.body).toMatchObject({ name: 'Mật ong chanh rừng Chi Lăng', products: [{ name: 'Mật ong chanh rừng' }] });
    assertNothingPrivate(honey.body);
    const expert = await visitor.get(`/api/profiles/${p.expertHn!.profile.id}`);
    expect(expert.body).toMatchObject({ expertise: ['trademark', 'legal'] });
    assertNothingPrivate(expert.body);
    for (const key of ['expertPt', 'investorPt', 'hiddenStartup', 'suspendedStartup']) {
      const res = await visitor.get(`/api/profiles/${p[key]!.profile.id}`);
      expect(res.status, key).toBe(404);
    }
  });

  it('shows a signed-in user of Phú Thọ its own province’s helpers (the rule is the visitor’s, not everyone’s)', async () => {
    expect((await p.teaPt!.client.get(`/api/profiles/${p.expertPt!.profile.id}`)).status).toBe(200);
  });
});

describe('GET /api/search for a visitor', () => {
  it('finds without diacritics, applies the sharing policy, and highlights no need text or contact', async () => {
    const all = await visitor.get('/api/search?limit=100');
    expect(all.status).toBe(200);
    expect(ids(all.body.items)).toEqual(expectedVisible());
    expect(all.body.facets.province['phu-tho']).toBe(2);
    const honey = await visitor.get('/api/search?q=mat%20ong%20chanh%20rung');
    expect(honey.body.items[0].id).toBe(p.honey!.profile.id);
    const byNeedText = await visitor.get(`/api/search?q=${encodeURIComponent('vay gấp trả nợ')}`);
    for (const item of byNeedText.body.items) expect(Object.keys(item.highlight)).not.toContain('needsText');
    assertNothingPrivate(byNeedText.body);
    // Need texts are not indexed at all (a search must not reveal what the reader cannot open), signed in or not.
    const signedIn = await p.expertHn!.client.get(`/api/search?q=${encodeURIComponent('vay gấp trả nợ')}`);
    for (const item of signedIn.body.items) expect(Object.keys(item.highlight)).not.toContain('needsText');
  });
});

describe('GET /api/opportunities and /api/opportunities/:id for a visitor', () => {
  it('lists those of visible owners only, with owner summaries and no contact', async () => {
    const mine = (await p.honey!.client.post('/api/opportunities', { type: 'request', title: 'Tìm đơn vị phân phối mật ong' })).body;
    const unshared = (await p.expertPt!.client.post('/api/opportunities', { type: 'offer', title: 'Tư vấn phân phối chè' })).body;
    const hiddenOwner = (
      await p.hiddenStartup!.client.post('/api/opportunities', { type: 'request', title: 'Tìm đơn vị phân phối tương ớt' })
    ).body;
    const res = await visitor.get('/api/opportunities?q=phan%20phoi');
    expect(res.status).toBe(200);
    expect(ids(res.body.items)).toEqual([mine.id]);
    expect(res.body.items[0].profile).toEqual({
      id: p.honey!.profile.id,
      kind: 'startup',
      name: 'Mật ong chanh rừng Chi Lăng',
      headline: expect.any(String),
      province: 'lang-son',
    });
    assertNothingPrivate(res.body);
    expect((await visitor.get(`/api/opportunities/${mine.id}`)).status).toBe(200);
    expect((await visitor.get(`/api/opportunities/${unshared.id}`)).status).toBe(404);
    expect((await visitor.get(`/api/opportunities/${hiddenOwner.id}`)).status).toBe(404);
  });
});

describe('GET /api/public/stats', () => {
  it('counts as a visitor sees, per province, region (legacy names too) and the country; counts only', async () => {
    const national = await visitor.get('/api/public/stats');
    expect(national.status).toBe(200);
    expect(national.body).toEqual({
      scope: { level: 'national', province: null, region: null },
      startups: 3,
      experts: 1,
      investors: 1,
      providers: 1,
      needs: { opened: 1, resolved: 0 },
      intros: { accepted: 0 },
      consultations: { completed: 0 },
      outcomes: {},
      events: { held: 0, participants: 0 },
    });
    const langSon = await visitor.get('/api/public/stats?province=lang-son');
    expect(langSon.body).toMatchObject({
      scope: { level: 'province', province: 'lang-son' },
      startups: 1,
      investors: 1,
      providers: 1,
      experts: 0,
    });
    const phuTho = await visitor.get(`/api/public/stats?province=${encodeURIComponent('Vĩnh Phúc')}`);
    expect(phuTho.body).toMatchObject({ scope: { province: 'phu-tho' }, startups: 2, experts: 0, investors: 0 });
    const region = await visitor.get('/api/public/stats?region=trung-du-mien-nui-phia-bac');
    expect(region.body.scope).toEqual({ level: 'region', province: null, region: 'trung-du-mien-nui-phia-bac' });
    expect(region.body.startups).toBe(3);
  });

  it('refuses a province and a region together, unknown provinces and unknown fields (400)', async () => {
    for (const query of ['province=lang-son&region=dong-bang-song-hong', 'province=atlantis', 'kind=startup']) {
      const res = await visitor.get(`/api/public/stats?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });
});

describe('what a visitor may not do', () => {
  it('asks for a sign-in (401) on everything that is not public', async () => {
    for (const path of ['/api/needs', '/api/intros', '/api/matches', '/api/profiles/me', '/api/conversations', '/api/notifications']) {
      expect((await visitor.get(path)).status, path).toBe(401);
    }
    expect((await visitor.put('/api/profiles/me', profileBodies.startup())).status).toBe(401);
  });
});
