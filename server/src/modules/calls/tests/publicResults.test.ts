// Published results are public (CALLS.md "Results"), but a visitor never sees a hidden or suspended
// profile (API.md "Public portal"): their entries leave the list for everyone except the
// organisers, the judges, the province's staff and the entrant itself. Ranks stay as computed, so
// what is shown is still the true standing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { member, staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { callBody, type CallsApp, callsApp, competition, entryBody, judge, ok, startup } from './helpers.js';

let app: CallsApp;
let eventId: string;
let jury: Member;
let shown: Member, hidden: Member, suspended: Member, other: Member;
let staffElsewhere: TestClient;
const entryOf = new Map<string, string>();
const path = (suffix = '') => `/api/events/${eventId}${suffix}`;
const listed = async (client: TestClient) => ok(await client.get(path('/results'))).items.map((r: any) => [r.entry.title, r.rank]);

beforeAll(async () => {
  app = await callsApp();
  const { t, staff, admin } = app;
  jury = await judge(t, 'Giám khảo Dũng');
  shown = await startup(t, 'Mật ong Chi Lăng');
  hidden = await member(t, 'startup', { name: 'Hồi Văn Quan', hidden: true });
  suspended = await startup(t, 'Na sấy Chi Lăng');
  other = await startup(t, 'Thạch đen Tràng Định');
  staffElsewhere = await staffOf(t, admin, 'phu-tho');
  eventId = await competition(staff);
  ok(await staff.put(path('/call'), callBody([jury.user.id])));
  for (const [team, title, points] of [
    [shown, 'Bài A', [9, 18, 5]],
    [hidden, 'Bài B', [10, 20, 5]],
    [suspended, 'Bài C', [8, 16, 4]],
  ] as const) {
    const entry = ok(await team.client.post(path('/entries'), entryBody(title)), 201);
    entryOf.set(title, entry.id);
    const [novelty, market, teamScore] = points;
    ok(await jury.client.put(path(`/entries/${entry.id}/score`), { scores: { novelty, market, team: teamScore } }));
  }
  app.clock.set('2026-03-13T02:00:00.000Z');
  ok(await staff.post(path('/results/publish')));
  ok(await admin.post(`/api/admin/users/${suspended.user.id}/suspend`, { reason: 'Hồ sơ giả mạo' }));
}, 120_000);
afterAll(() => app?.close());

describe('published results and hidden or suspended entrants', () => {
  it('leave hidden and suspended entrants out for visitors and other members, ranks unchanged', async () => {
    const expected = [['Bài A', 2]];
    expect(await listed(app.t.client())).toEqual(expected);
    expect(await listed(other.client)).toEqual(expected);
    expect(await listed(staffElsewhere)).toEqual(expected);
    const anonymous = ok(await app.t.client().get(path('/results')));
    const text = JSON.stringify(anonymous);
    for (const gone of [hidden, suspended]) {
      expect(text).not.toContain(gone.profile.id);
      expect(text).not.toContain(gone.profile.name);
    }
  });

  it('still show every entry to the organisers, the judges and the entrant itself', async () => {
    const all = [
      ['Bài B', 1],
      ['Bài A', 2],
      ['Bài C', 3],
    ];
    expect(await listed(app.staff)).toEqual(all);
    expect(await listed(app.admin)).toEqual(all);
    expect(await listed(jury.client)).toEqual(all);
    expect(await listed(hidden.client)).toEqual([
      ['Bài B', 1],
      ['Bài A', 2],
    ]);
  });
});
