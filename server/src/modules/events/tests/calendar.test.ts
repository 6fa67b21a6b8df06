// The public calendar (filters, order, pages, the default period) and the end of an event's
// life: cancelling tells every registrant live and in their notifications.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { member, staffOf } from '../../../../test/helpers/fixtures.js';
import { liveClientForTest } from '../../../../test/helpers/sockets.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import type { ManualClock } from '../../../lib/clock.js';
import { eventsApp, ok } from './helpers.js';

let t: TestApp;
let clock: ManualClock;
let admin: TestClient;
const ids: Record<string, string> = {};

const day = (date: string, kind: string, topics: string[], extra: Record<string, unknown> = {}) => ({
  kind,
  title: `${kind} ${date}`,
  topics,
  startsAt: `${date}T08:00:00+07:00`,
  endsAt: `${date}T17:00:00+07:00`,
  status: 'published',
  ...extra,
});

beforeAll(async () => {
  ({ t, clock, admin } = await eventsApp());
  const ls = await staffOf(t, admin, 'lang-son');
  const dn = await staffOf(t, admin, 'da-nang');
  const pt = await staffOf(t, admin, 'phu-tho');
  const create = async (key: string, staff: TestClient, body: Record<string, unknown>) => {
    ids[key] = ok(await staff.post('/api/events', body), 201).id;
  };
  await create('lsTraining', ls, day('2026-03-10', 'training', ['trademark']));
  await create('dnWorkshop', dn, day('2026-03-05', 'workshop', ['standards']));
  await create('ptFair', pt, day('2026-03-20', 'trade_fair', ['distribution'], { coOrganizers: ['lang-son', 'quang-nam'] }));
  await create('lsPast', ls, day('2026-02-20', 'meetup', []));
  await create('lsDraft', ls, { ...day('2026-03-12', 'forum', ['funding']), status: 'draft' });
  await create('dnLater', dn, day('2026-05-02', 'startup_day', ['funding']));
}, 60_000);
afterAll(() => t?.close());

const list = async (query = '') => ok(await t.client().get(`/api/events${query}`));
const names = (page: { items: { id: string }[] }) => page.items.map((e) => Object.keys(ids).find((k) => ids[k] === e.id));

describe('the public calendar', () => {
  it('lists published events not over yet, soonest first, without signing in', async () => {
    expect(names(await list())).toEqual(['dnWorkshop', 'lsTraining', 'ptFair', 'dnLater']);
  });

  it('filters by province (organiser or co-organiser, legacy names too), region, kind, topic and period', async () => {
    expect(names(await list('?province=lang-son'))).toEqual(['lsTraining', 'ptFair']);
    expect(names(await list('?province=quang-nam'))).toEqual(['dnWorkshop', 'ptFair', 'dnLater']);
    expect(names(await list('?region=bac-trung-bo-duyen-hai-mien-trung'))).toEqual(['dnWorkshop', 'ptFair', 'dnLater']);
    expect(names(await list('?kind=trade_fair'))).toEqual(['ptFair']);
    expect(names(await list('?topic=funding'))).toEqual(['dnLater']);
    expect(names(await list('?from=2026-02-01&to=2026-03-11'))).toEqual(['lsPast', 'dnWorkshop', 'lsTraining']);
    expect(names(await list('?from=2026-03-10&to=2026-03-11'))).toEqual(['lsTraining']);
    expect((await t.client().get('/api/events?province=atlantis')).status).toBe(400);
  });

  it('pages with a cursor', async () => {
    const first = await list('?limit=3');
    expect(names(first)).toEqual(['dnWorkshop', 'lsTraining', 'ptFair']);
    const second = await list(`?limit=3&cursor=${first.nextCursor}`);
    expect(names(second)).toEqual(['dnLater']);
    expect(second.nextCursor).toBeNull();
  });

  it("refuses a cursor that is not a position in the calendar (another list's, or hand-made)", async () => {
    const cursorOf = (position: unknown[]) => Buffer.from(JSON.stringify(position)).toString('base64url');
    // The directory's cursors hold a name; a cursor of the calendar holds a start time.
    for (const cursor of [cursorOf(['Hợp tác xã Chi Lăng', 'p1']), cursorOf(['x', 'a']), cursorOf([3, 'a']), 'abc']) {
      for (const province of ['', '&province=lang-son']) {
        const res = await t.client().get(`/api/events?cursor=${cursor}${province}`);
        expect(res.status).toBe(400);
        expect(res.body.error).toMatchObject({ code: 'validation_failed', details: [{ path: 'cursor' }] });
      }
    }
  });
});

describe('cancelling an event', () => {
  it('tells every registrant, live and in their notifications, and keeps it visible as cancelled', async () => {
    const [a, b] = [await member(t, 'startup'), await member(t, 'expert', { province: 'lang-son' })];
    for (const m of [a, b]) ok(await m.client.post(`/api/events/${ids.lsTraining}/registrations`, {}), 201);
    const watching = await liveClientForTest(t.url, a.client);
    const told = watching.next('event:updated');
    const notified = watching.next('notification:new', (p: any) => p.notification.type === 'event.cancelled');
    const ls = await staffOf(t, admin, 'lang-son');
    ok(await ls.patch(`/api/events/${ids.lsTraining}`, { status: 'cancelled' }));
    expect((await told).event).toMatchObject({ id: ids.lsTraining, status: 'cancelled', registrationOpen: false });
    expect((await notified).notification.data).toMatchObject({ eventId: ids.lsTraining, status: 'cancelled' });
    const stored = ok(await b.client.get('/api/notifications')).items.find((n: any) => n.type === 'event.cancelled');
    expect(stored.data.title).toBe('training 2026-03-10');
    expect(names(await list())).not.toContain('lsTraining');
    expect(names(await list('?status=cancelled'))).toEqual(['lsTraining']);
    expect(ok(await t.client().get(`/api/events/${ids.lsTraining}`)).status).toBe('cancelled');
  });

  it('lists events that ended once the period asks for them, and completes them', async () => {
    clock.set('2026-03-21T00:00:00.000Z');
    expect(names(await list())).toEqual(['dnLater']);
    const pt = await staffOf(t, admin, 'phu-tho');
    ok(await pt.patch(`/api/events/${ids.ptFair}`, { status: 'completed' }));
    expect(names(await list('?status=completed&from=2026-01-01'))).toEqual(['ptFair']);
  });
});

describe('the ends of the calendar', () => {
  it('answers periods at the ends of the calendar (years 0000 and 9999) like any other', async () => {
    expect(names(await list('?from=0001-01-01&limit=2'))).toEqual(['lsPast', 'dnWorkshop']);
    expect(names(await list('?from=0000-01-01&to=2026-03-01'))).toEqual(['lsPast']);
    expect(names(await list('?from=9999-12-01'))).toEqual([]);
    expect(names(await list('?from=9999-12-31T23:59:59Z'))).toEqual([]);
    expect(names(await list('?from=9999-11-01&to=9999-12-31'))).toEqual([]);
    // An event in the last hours of 9999 (already 10000 in Vietnam) is found at the end of the calendar.
    const ls = await staffOf(t, admin, 'lang-son');
    const last = ok(
      await ls.post('/api/events', {
        ...day('2026-01-01', 'meetup', []),
        startsAt: '9999-12-31T20:00:00Z',
        endsAt: '9999-12-31T22:00:00Z',
      }),
      201,
    );
    expect((await list('?from=9999-12-01')).items.map((e: { id: string }) => e.id)).toEqual([last.id]);
    expect((await list('?from=2026-05-03&limit=1')).items.map((e: { id: string }) => e.id)).toEqual([last.id]);
  });
});
