// Requests racing over HTTP: one startup entering twice at once gets one entry; scores racing a
// change of the criteria either land on the old criteria (and the change is refused) or are
// refused (and the change lands), never a score on criteria that no longer exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { callBody, type CallsApp, callsApp, competition, entryBody, judge, ok, RUBRIC, startup } from './helpers.js';

let app: CallsApp;
let eventId: string;
let an: Member;
const path = (suffix = '') => `/api/events/${eventId}${suffix}`;

beforeAll(async () => {
  app = await callsApp();
  an = await judge(app.t, 'Giám khảo An');
  eventId = await competition(app.staff);
  ok(await app.staff.put(path('/call'), callBody([an.user.id])));
}, 120_000);
afterAll(() => app?.close());

describe('racing requests', () => {
  it('keeps one entry per startup', async () => {
    const team = await startup(app.t, 'Mật ong Chi Lăng');
    const answers = await Promise.all(Array.from({ length: 4 }, (_, i) => team.client.post(path('/entries'), entryBody(`Lần ${i}`))));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect(ok(await app.staff.get(path('/entries'))).items).toHaveLength(1);
  });

  it('never stores a score on criteria that changed under it', async () => {
    const entryId = ok(await app.staff.get(path('/entries'))).items[0].id;
    const renamed = RUBRIC.map((c) => (c.code === 'team' ? { ...c, code: 'doi_ngu' } : c));
    const [score, change] = await Promise.all([
      an.client.put(path(`/entries/${entryId}/score`), { scores: { novelty: 5, market: 10, team: 3 } }),
      app.staff.put(path('/call'), callBody([an.user.id], { criteria: renamed })),
    ]);
    const call = ok(await app.staff.get(path('/call')));
    if (score.status === 200) {
      expect(change.status).toBe(409);
      expect(call.criteria.map((c: any) => c.code)).toEqual(['novelty', 'market', 'team']);
    } else {
      expect(score.status).toBe(409);
      expect(change.status).toBe(200);
      expect(call.locked).toBe(false);
    }
  });
});
