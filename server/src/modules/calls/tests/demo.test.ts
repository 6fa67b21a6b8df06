// The demo dataset comes with the idea competition of the Lạng Sơn startup day: open for entries,
// six entries (one submitted by staff), three judges part way through, a declared conflict, a
// recusal, and two entries tied in the standings.
import { beforeAll, describe, expect, it } from 'vitest';
import { demoMember, useDemoApp } from '../../../../test/helpers/demo.js';
import { ok } from './helpers.js';

let eventId: string;
const t = useDemoApp();
beforeAll(async () => {
  eventId = ok(await t.client().get('/api/calls')).items[0].event.id;
});

const login = (key: string) => demoMember(t, key);

describe('demo call', () => {
  it('is open for entries on the Lạng Sơn startup day', async () => {
    const [item] = ok(await t.client().get('/api/calls')).items;
    expect(item).toMatchObject({ open: true, entries: 6, resultsPublishedAt: null, event: { kind: 'startup_day', province: 'lang-son' } });
    const call = ok(await t.client().get(`/api/events/${eventId}/call`));
    expect(call.criteria.map((c: any) => c.code)).toContain('tinh_moi_sang_tao');
    expect(call.locked).toBe(true);
  });

  it('has judges part way through, with a conflict, a recusal and a tie', async () => {
    const staff = await login('staff-lang-son');
    const progress = ok(await staff.get(`/api/events/${eventId}/judging`));
    expect(progress.judges.map((j: any) => [j.name, j.scored, j.recused, j.conflicted, j.remaining])).toEqual([
      ['Vi Văn Thắng – Cố vấn khởi nghiệp', 6, 0, 0, 0],
      ['Hoàng Thị Thanh – Hỗ trợ sở hữu trí tuệ', 4, 0, 0, 2],
      ['Lương Văn Đức – Tiêu chuẩn, đo lường, chất lượng', 2, 1, 1, 2],
    ]);
    const results = ok(await staff.get(`/api/events/${eventId}/results`));
    expect(results.items.map((r: any) => [r.entry.startup.name, r.rank, r.total])).toEqual([
      ['XứLạng IoT – thiết bị điều khiển qua Internet', 1, 78],
      ['Mật ong chanh rừng Chi Lăng', 2, 75],
      ['Thạch đen Hồng Nhung', 3, 74.5],
      [expect.any(String), 4, 72.5],
      [expect.any(String), 4, 72.5],
      ['Miến ngô Thuận Anh', 6, 63],
    ]);
    const entries = ok(await staff.get(`/api/events/${eventId}/entries`)).items;
    expect(entries.filter((e: any) => e.assisted).map((e: any) => e.startup.name)).toEqual(['Miến ngô Thuận Anh']);
    expect(entries.find((e: any) => e.startup.name.startsWith('Mật ong')).needs.map((n: any) => n.category)).toContain('trademark');
    // Đức sees neither the entry he recused from nor the one of the cooperative he is conflicted with.
    const duc = await login('chuyen-gia-tieu-chuan-lang-son');
    const seen = ok(await duc.get(`/api/events/${eventId}/entries`)).items.map((e: any) => e.startup.name);
    expect(seen).toHaveLength(4);
    expect(seen.some((name: string) => name.startsWith('Thạch đen') || name.startsWith('HTX Mây tre'))).toBe(false);
  });
});
