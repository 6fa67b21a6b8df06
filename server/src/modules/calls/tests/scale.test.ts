// Normalised totals stay on the contract's 0..100 scale. A judge whose one top mark lies far above
// their other marks maps it above 100 when standardised; held to the scale, the results read and
// publish (the entrants' notifications and mails carry totals out of 100).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { callBody, type CallsApp, callsApp, competition, entryBody, judge, ok, startup } from './helpers.js';

let app: CallsApp;
let eventId: string;
const entryIds: string[] = [];
const teams: Member[] = [];
const path = (suffix = '') => `/api/events/${eventId}${suffix}`;
const ONE_CRITERION = [{ code: 'overall', label: 'Đánh giá chung', labelEn: 'Overall', weight: 1, max: 100 }];

beforeAll(async () => {
  app = await callsApp();
  const { t, staff } = app;
  const [an, binh] = await Promise.all([judge(t, 'Giám khảo An'), judge(t, 'Giám khảo Bình')]);
  for (const name of ['Mật ong Chi Lăng', 'Thạch đen Tràng Định', 'Hồi Văn Quan']) teams.push(await startup(t, name));
  eventId = await competition(staff);
  ok(await staff.put(path('/call'), callBody([an.user.id, binh.user.id], { criteria: ONE_CRITERION, normalizeJudges: true })));
  for (const [i, team] of teams.entries())
    entryIds.push(ok(await team.client.post(path('/entries'), entryBody(`Bài dự thi ${i + 1}`)), 201).id);
  // An: 100, 10, 10 (one top mark); Bình (who knows team 1 and recuses): 90 to the other two.
  // Pooled mean 60, spread √1680; An's 100 standardises to z = √2 and maps to 60 + √2·√1680 ≈ 118.
  for (const [i, mark] of [100, 10, 10].entries())
    ok(await an.client.put(path(`/entries/${entryIds[i]}/score`), { scores: { overall: mark } }));
  ok(await binh.client.post(path(`/entries/${entryIds[0]}/recuse`), { reason: 'Từng tư vấn cho đội này' }));
  for (const id of entryIds.slice(1)) ok(await binh.client.put(path(`/entries/${id}/score`), { scores: { overall: 90 } }));
});
afterAll(() => app.close());

describe('normalised totals', () => {
  it('stay within 0..100 in the results, the first place counting the off-scale score as 100', async () => {
    const results = ok(await app.staff.get(path('/results')));
    expect(results.normalized).toBe(true);
    expect(results.items.map((r: any) => [r.entry.id, r.rank, r.total])).toEqual([
      [entryIds[0], 1, 100], // An alone: ≈ 118 held to 100
      [entryIds[1], 2, 45.51], // (60 − √½·√1680 + 60) / 2
      [entryIds[2], 2, 45.51],
    ]);
  });

  it('publish, and every entrant is told a total out of 100', async () => {
    app.clock.set('2026-03-13T02:00:00.000Z');
    const published = ok(await app.staff.post(path('/results/publish')));
    expect(published.published).toBe(true);
    expect(published.items[0].total).toBe(100);
    const first = ok(await teams[0]!.client.get('/api/notifications')).items.find((n: any) => n.type === 'call.results_published');
    expect(first.data).toMatchObject({ eventId, entryId: entryIds[0], rank: 1, total: 100, entries: 3 });
    expect(ok(await app.t.client().get(path('/results'))).items.map((r: any) => r.total)).toEqual([100, 45.51, 45.51]);
  });
});
