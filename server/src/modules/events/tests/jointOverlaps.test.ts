// A joint event belongs to the regions of its organiser and co-organisers (as on the calendar), so
// creating one warns of clashes in each of those regions, whichever of the two events came first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { eventsApp, ok } from './helpers.js';

let t: TestApp;
let langSon: TestClient, haNoi: TestClient;
let haNoiWorkshop: string;

const workshop = (o: Record<string, unknown>) => ({
  kind: 'workshop',
  title: 'Hội thảo gọi vốn cho dự án khởi nghiệp',
  topics: ['funding'],
  startsAt: '2026-03-28T08:00:00+07:00',
  endsAt: '2026-03-28T12:00:00+07:00',
  status: 'published',
  ...o,
});

beforeAll(async () => {
  let admin: TestClient;
  ({ t, admin } = await eventsApp());
  [langSon, haNoi] = await Promise.all([staffOf(t, admin, 'lang-son'), staffOf(t, admin, 'ha-noi')]);
  // Hà Nội (Red River Delta) runs its own funding workshop three days earlier.
  haNoiWorkshop = ok(
    await haNoi.post('/api/events', workshop({ startsAt: '2026-03-25T08:00:00+07:00', endsAt: '2026-03-25T12:00:00+07:00' })),
    201,
  ).id;
}, 60_000);
afterAll(() => t?.close());

describe('overlaps of a joint event', () => {
  it('warns a Lạng Sơn event co-organised with Hà Nội of Hà Nội’s workshop, with the region named', async () => {
    const alone = ok(await langSon.post('/api/events?lang=en', workshop({ title: 'Lạng Sơn alone' })), 201);
    expect(alone.overlaps).toEqual([]);
    const joint = ok(await langSon.post('/api/events?lang=en', workshop({ title: 'Cùng Hà Nội', coOrganizers: ['Hà Tây'] })), 201);
    expect(joint.coOrganizers).toEqual(['ha-noi']);
    // Closest first: Lạng Sơn's own workshop that day, then Hà Nội's.
    expect(joint.overlaps.map((o: any) => o.event.id)).toEqual([alone.id, haNoiWorkshop]);
    expect(joint.overlaps[1].reasons).toEqual([
      'Same region (Red River Delta), organised by Hà Nội',
      '3 days apart (starts 25/03/2026)',
      'Same topic: Funding & investment',
      'Same kind of event: workshop',
    ]);
  });

  it('answers the same when asked before creating, with the co-organisers named', async () => {
    const query = 'startsAt=2026-03-28T01:00:00Z&endsAt=2026-03-28T05:00:00Z&topics=funding&lang=en';
    const joint = ok(await langSon.get(`/api/events/overlaps?${query}&coOrganizers=ha-noi,cao-bang`)).items;
    expect(joint.map((o: any) => o.event.id)).toContain(haNoiWorkshop);
    const alone = ok(await langSon.get(`/api/events/overlaps?${query}`)).items;
    expect(alone.map((o: any) => o.event.id)).not.toContain(haNoiWorkshop);
    const bad = await langSon.get(`/api/events/overlaps?${query}&coOrganizers=atlantis`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toMatch(/coOrganizers/);
  });
});
