// Live signals from intro and consultation history, over HTTP: neutral without history; with
// history, capacity, answer time, acceptance and ratings move the ranking and say why.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { member } from '../../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import type { MatchItemBody } from './fixtures.js';
import { NEUTRAL_SIGNALS, expectReasonsAddUp, insertConsultations, insertIntros, reason } from './fixtures.js';

let honey: Member;
let needId: string;
let busy: Member;
let keen: Member;
let fresh: Member;

const twin = (name: string) => ({
  name,
  province: 'lang-son',
  servesProvinces: ['lang-son'],
  remote: false,
  expertise: ['trademark'],
  capacity: 3,
});

async function items(): Promise<MatchItemBody[]> {
  const res = await honey.client.get(`/api/matches?needId=${needId}&kind=expert`);
  expect(res.status).toBe(200);
  return res.body.items;
}

const t = useTestApp();
beforeAll(async () => {
  honey = await member(t, 'startup');
  needId = (await honey.client.post('/api/needs', { category: 'trademark', title: 'Đăng ký nhãn hiệu' })).body.id;
  busy = await member(t, 'expert', twin('Chuyên gia A'));
  keen = await member(t, 'expert', twin('Chuyên gia B'));
  fresh = await member(t, 'expert', twin('Chuyên gia C'));
});

describe('live signals', () => {
  it('are neutral without history: equal profiles get equal scores', async () => {
    const list = await items();
    expect(new Set(list.map((i) => i.score)).size).toBe(1);
    for (const item of list) {
      expect(reason(item, 'responsiveness')).toMatchObject({ score: 0.5, detail: 'Chưa có lịch sử trả lời lời mời' });
      expect(reason(item, 'feedback')).toMatchObject({ score: 0.5, detail: 'Chưa có đánh giá' });
      expect(reason(item, 'capacity')).toMatchObject({ score: 1, detail: 'Còn 3/3 suất tư vấn' });
    }
  });

  it('rank an expert at capacity below an equally good one with room', async () => {
    const other = await member(t, 'startup', { name: 'Thạch đen Hồng Nhung' });
    await insertConsultations(
      t,
      [1, 2, 3].map(() => ({ startupId: other.profile.id, helperId: busy.profile.id, status: 'scheduled' as const })),
    );
    await insertConsultations(t, [{ startupId: other.profile.id, helperId: fresh.profile.id, status: 'cancelled' }]);
    const list = await items();
    const busyItem = list.find((i) => i.profile.id === busy.profile.id)!;
    const freshItem = list.find((i) => i.profile.id === fresh.profile.id)!;
    expect(reason(busyItem, 'capacity')).toMatchObject({ score: 0, detail: 'Đã kín lịch (3/3 suất)' });
    expect(reason(freshItem, 'capacity')!.detail).toBe('Còn 3/3 suất tư vấn'); // a cancelled one takes no slot
    expect(list.map((i) => i.profile.id).at(-1)).toBe(busy.profile.id);
    list.forEach(expectReasonsAddUp);
  });

  it('reward quick answers, acceptance and good ratings, and say so', async () => {
    const from = honey.profile.id;
    const day = 86_400_000;
    await insertIntros(t, [
      { from, to: keen.profile.id, status: 'accepted', createdAt: new Date(Date.now() - 30 * day), answeredAfterHours: 6 },
      { from, to: keen.profile.id, status: 'accepted', createdAt: new Date(Date.now() - 20 * day), answeredAfterHours: 9 },
      { from, to: keen.profile.id, status: 'accepted', createdAt: new Date(Date.now() - 10 * day), answeredAfterHours: 12 },
      { from, to: fresh.profile.id, status: 'expired', createdAt: new Date(Date.now() - 30 * day) },
      // Over a year old: no longer describes how someone answers.
      { from, to: fresh.profile.id, status: 'accepted', createdAt: new Date(Date.now() - 400 * day), answeredAfterHours: 1 },
    ]);
    await insertConsultations(
      t,
      [5, 5, 4].map((rating) => ({ startupId: from, helperId: keen.profile.id, status: 'completed' as const, rating })),
    );
    const list = await items();
    const keenItem = list.find((i) => i.profile.id === keen.profile.id)!;
    const freshItem = list.find((i) => i.profile.id === fresh.profile.id)!;
    expect(list[0]!.profile.id).toBe(keen.profile.id);
    expect(reason(keenItem, 'responsiveness')!.detail).toBe('Trả lời trung bình sau 9 giờ, nhận 3/3 lời mời');
    expect(reason(keenItem, 'responsiveness')!.score).toBeGreaterThan(0.5);
    expect(reason(keenItem, 'feedback')!.detail).toBe('Đánh giá 4,7/5 từ 3 buổi tư vấn');
    expect(reason(freshItem, 'responsiveness')!.detail).toBe('Trả lời trung bình sau 7 ngày');
    expect(reason(freshItem, 'responsiveness')!.score).toBeLessThan(0.5);
    list.forEach(expectReasonsAddUp);
  });

  it('are derived for a whole candidate set at once by the signals module', async () => {
    const signals = await t.app.container.modules.matching.signals.forProfiles([busy.profile.id, keen.profile.id, 'nobody']);
    expect(signals.get(busy.profile.id)).toMatchObject({ activeConsultations: 3, timedResponses: 0, ratings: 0 });
    expect(signals.get(keen.profile.id)).toMatchObject({
      activeConsultations: 0,
      medianResponseHours: 9,
      timedResponses: 3,
      accepted: 3,
      declined: 0,
      ratingSum: 14,
      ratings: 3,
    });
    expect(signals.get('nobody')).toEqual(NEUTRAL_SIGNALS);
  });
});
