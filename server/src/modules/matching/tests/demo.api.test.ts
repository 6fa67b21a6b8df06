// The demo dataset over HTTP (DEMO_DATA=1): the honey startup of Chi Lăng looks for trademark
// help. IP experts come first; an expert whose consultation slots are full (booked through the
// real intro → accept → consultation flow) ranks below an identical expert with room; a pair
// that was declined does not come back; every score is what its reasons say.
import { demoDataset } from '@ketnoi/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoMember, useDemoApp } from '../../../../test/helpers/demo.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import type { MatchItemBody } from './fixtures.js';
import { expectReasonsAddUp, expectSortedByScore, reason } from './fixtures.js';

let honey: TestClient;
let trademarkNeed: string;
const profileIds = new Map<string, string>();

const login = (key: string) => demoMember(t, key);

async function profileIdOf(key: string): Promise<string> {
  if (!profileIds.has(key)) profileIds.set(key, (await (await login(key)).get('/api/profiles/me')).body.id);
  return profileIds.get(key)!;
}

async function trademarkMatches(): Promise<MatchItemBody[]> {
  const res = await honey.get(`/api/matches?needId=${trademarkNeed}&kind=expert`);
  expect(res.status).toBe(200);
  expectSortedByScore(res.body.items);
  return res.body.items;
}

const t = useDemoApp();
beforeAll(async () => {
  honey = await login('mat-ong-chi-lang');
  const needs = await honey.get('/api/needs');
  trademarkNeed = needs.body.items.find((n: { category: string }) => n.category === 'trademark').id;
});

describe('demo data: the honey startup’s trademark need', () => {
  it('ranks the IP / trademark experts first, the province’s own IP officer on top', async () => {
    const items = await trademarkMatches();
    const ipExperts = Object.entries(demoDataset.profiles).filter(
      ([, p]) => p.kind === 'expert' && (p.expertise ?? []).includes('trademark'),
    );
    expect(ipExperts.length).toBeGreaterThanOrEqual(2);
    const top = items.slice(0, ipExperts.length).map((i) => i.profile.id);
    expect(new Set(top)).toEqual(new Set(await Promise.all(ipExperts.map(([key]) => profileIdOf(key)))));
    for (const item of items.slice(0, ipExperts.length)) expect(reason(item, 'coverage')!.score).toBe(1);
    expect(items[0]!.profile.id).toBe(await profileIdOf('can-bo-shtt-lang-son'));
    expect(reason(items[0]!, 'geography')!.detail).toBe('Cùng tỉnh Lạng Sơn');
    items.forEach(expectReasonsAddUp);
  });

  it('ranks an expert at capacity below an equally good one with room', async () => {
    const thanhKey = 'can-bo-shtt-lang-son';
    const thanhId = await profileIdOf(thanhKey);
    const thanh = await login(thanhKey);
    // An identical expert with room: same profile, verified by Lạng Sơn staff.
    const { kind: _kind, verified: _verified, ...body } = demoDataset.profiles[thanhKey]!;
    const twin = t.client();
    await twin.register({ role: 'expert', province: 'lang-son' });
    const twinProfile = await twin.put('/api/profiles/me', {
      ...body,
      name: 'Hoàng Thị Thanh (bản sao)',
      contact: { email: 'ban-sao@example.vn' },
    });
    expect(twinProfile.status).toBe(201);
    const staff = await login('staff-lang-son');
    const verified = await staff.put(`/api/profiles/${twinProfile.body.id}`, {
      ...body,
      name: 'Hoàng Thị Thanh (bản sao)',
      contact: { email: 'ban-sao@example.vn' },
      verified: true,
    });
    expect(verified.status).toBe(200);

    // Fill Thanh's free slots (the demo already gives her one call to come): startups ask, she
    // accepts, each books a consultation.
    const seed = demoDataset.profiles[thanhKey]!;
    if (seed.kind !== 'expert') throw new Error(`${thanhKey} is not an expert in the demo data`);
    const active = (await thanh.get('/api/consultations?status=scheduled')).body.items.length;
    expect(active).toBeGreaterThan(0);
    const { capacity } = seed;
    const bookers = ['thach-den-hong-nhung', 'mien-ngo-thuan-anh', 'may-tre-binh-gia'].slice(0, capacity - active);
    for (const [i, key] of bookers.entries()) {
      const startup = await login(key);
      const intro = await startup.post('/api/intros', { toProfileId: thanhId, message: 'Xin chị hướng dẫn thủ tục nhãn hiệu' });
      expect(intro.status).toBe(201);
      expect((await thanh.post(`/api/intros/${intro.body.id}/accept`)).status).toBe(200);
      // Weeks ahead, clear of the call the demo has booked for her this week.
      const startsAt = new Date(Date.now() + (i + 14) * 86_400_000).toISOString();
      const booked = await startup.post('/api/consultations', { introId: intro.body.id, startsAt, durationMinutes: 60, mode: 'online' });
      expect(booked.status).toBe(201);
    }

    const items = await trademarkMatches();
    const position = (id: string) => items.findIndex((i) => i.profile.id === id);
    const full = items[position(thanhId)]!;
    const room = items[position(twinProfile.body.id)]!;
    expect(reason(full, 'capacity')).toMatchObject({ score: 0, detail: `Đã kín lịch (${capacity}/${capacity} suất)` });
    expect(reason(room, 'capacity')!.detail).toBe(`Còn ${capacity}/${capacity} suất tư vấn`);
    expect(position(twinProfile.body.id)).toBeLessThan(position(thanhId));
    expect(room.score).toBeGreaterThan(full.score);
    items.forEach(expectReasonsAddUp);
  });

  it('does not bring back a pair that was declined', async () => {
    const haKey = 'chuyen-gia-shtt-ha-noi';
    const haId = await profileIdOf(haKey);
    expect((await trademarkMatches()).map((i) => i.profile.id)).toContain(haId);
    const intro = await honey.post('/api/intros', {
      toProfileId: haId,
      needId: trademarkNeed,
      message: 'Nhờ chị tư vấn đăng ký nhãn hiệu mật ong',
    });
    expect(intro.status).toBe(201);
    expect((await (await login(haKey)).post(`/api/intros/${intro.body.id}/decline`, { reason: 'Kín lịch tháng này' })).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await trademarkMatches()).map((x) => x.profile.id)).not.toContain(haId);
    const across = await honey.get('/api/matches');
    expect(across.body.items.map((x: MatchItemBody) => x.profile.id)).not.toContain(haId);
  });

  it('gives reasons that add up to every score, in both languages', async () => {
    for (const lang of ['vi', 'en']) {
      const res = await honey.get(`/api/matches?lang=${lang}&limit=100`);
      expect(res.body.items.length).toBeGreaterThan(3);
      res.body.items.forEach(expectReasonsAddUp);
    }
  });
});
