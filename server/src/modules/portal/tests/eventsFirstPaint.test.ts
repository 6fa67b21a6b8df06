// The regional calendar's first screen in the server's HTML (/events, read before the scripts run):
// the upcoming published events a visitor would get from GET /api/events, in its order, drawn as
// the client's EventCard draws them (date block, when, where, organisers, places), user text
// escaped, drafts, cancelled and past events left out, the URL's filters applied; and the words are
// the client's own Vietnamese translations.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient, adminEnv, staffOf } from '../../../../test/helpers/fixtures.js';
import { ManualClock } from '../../../lib/clock.js';
import { ok, START, startupDay } from '../../events/tests/helpers.js';
import { EVENTS_FIRST_PAINT_WORDS } from '../eventsFirstPaint.js';
import { clientVietnamese, firstPaint, useAppWithClient } from './helpers.js';

const TITLE = 'Ngày hội <script>alert("x")</script> & "Khởi nghiệp"';

const t = useAppWithClient({ env: adminEnv, clock: new ManualClock(START) });
const ids: Record<string, string> = {};
const html = (pathname: string) => firstPaint(t, pathname);

/** The event ids the page links to, in order. */
const linked = (root: string) => [...root.matchAll(/<h2 class="event-card__title"><a href="\/events\/([^"]+)">/g)].map((m) => m[1]);

beforeAll(async () => {
  const admin = await adminClient(t);
  const ls = await staffOf(t, admin, 'lang-son');
  const dn = await staffOf(t, admin, 'da-nang');
  const create = async (key: string, staff: typeof ls, body: Record<string, unknown>) => {
    ids[key] = ok(await staff.post('/api/events', body), 201).id;
  };
  await create('startupDay', ls, startupDay({ title: TITLE, status: 'published', venue: { name: 'Sở KH&CN <Lạng Sơn>' } }));
  await create('workshop', dn, {
    kind: 'workshop',
    title: 'Hội thảo sở hữu trí tuệ',
    topics: ['trademark'],
    startsAt: '2026-03-05T08:00:00+07:00',
    endsAt: '2026-03-06T11:30:00+07:00',
    online: true,
    coOrganizers: ['lang-son', 'phu-tho'],
    status: 'published',
  });
  await create('draft', ls, { ...startupDay({ title: 'Bản nháp chưa công bố' }), status: 'draft' });
  await create('past', ls, {
    ...startupDay({ title: 'Sự kiện đã qua', meetings: null, startsAt: '2026-02-20T08:00:00+07:00', endsAt: '2026-02-20T17:00:00+07:00' }),
    status: 'published',
  });
  await create('cancelled', dn, { ...startupDay({ title: 'Sự kiện bị hủy', meetings: null }), status: 'published' });
  ok(await dn.patch(`/api/events/${ids.cancelled}`, { status: 'cancelled' }));
}, 60_000);

describe('events first paint', () => {
  it('lists the upcoming published events a visitor gets from the API, in its order', async () => {
    const { status, root } = await html('/events');
    expect(status).toBe(200);
    const api = ok(await t.client().get('/api/events')) as { items: { id: string }[] };
    expect(api.items.map((e) => e.id)).toEqual([ids.workshop, ids.startupDay]);
    expect(linked(root)).toEqual(api.items.map((e) => e.id));
    for (const hidden of ['Bản nháp chưa công bố', 'Sự kiện đã qua', 'Sự kiện bị hủy']) expect(root).not.toContain(hidden);
  });

  it('draws the heading, the switches and the filters as the client does', async () => {
    const { root } = await html('/events');
    expect(root).toContain('<div class="page__head"><div><h1>Lịch sự kiện</h1>');
    expect(root).toContain('<button type="button" class="segmented__option" aria-pressed="true">Danh sách</button>');
    expect(root).toContain('<button type="button" class="btn btn--ghost btn--small" aria-pressed="true">Sắp tới</button>');
    // The clock's month in Vietnam: March 2026.
    expect(root).toContain('aria-pressed="false">Tháng 3/2026</button>');
    expect(root).toContain('<label class="calendar-filter"><span>Tỉnh, thành phố</span>');
    expect(root).toContain('<option value="" selected="">Mọi tỉnh</option>');
    expect(root).toContain('<option value="lang-son">Lạng Sơn</option>');
    expect(root).toContain('<option value="trade_fair">Hội chợ, triển lãm</option>');
    expect(root).not.toContain('Bỏ lọc');
    // Headings descend one level at a time: the page's h1, then each event's h2.
    expect(root).not.toMatch(/<h3/);
  });

  it('draws each card with its date, hours, place, organisers and places, user text escaped', async () => {
    const { root } = await html('/events');
    const card = root.slice(root.indexOf(`/events/${ids.startupDay}"`));
    expect(root).not.toContain('<script>');
    expect(card).toContain('>Ngày hội &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Khởi nghiệp&quot;</a></h2>');
    expect(card).toContain('<span>28/03/2026, 08:00–17:00</span><span>Sở KH&amp;CN &lt;Lạng Sơn&gt;</span><span>Lạng Sơn</span>');
    expect(card).toContain('<p class="event-card__places muted">0 người đăng ký · còn 3 chỗ · có gặp 1-1</p>');
    expect(root).toContain(
      '<span class="event-card__weekday">Thứ Bảy</span><span class="event-card__day">28</span><span class="event-card__month">Th3</span>',
    );
    const workshop = root.slice(root.indexOf(`/events/${ids.workshop}"`), root.indexOf(`/events/${ids.startupDay}"`));
    expect(workshop).toContain('<span>05/03/2026 08:00 – 06/03/2026 11:30</span><span>Trực tuyến</span>');
    expect(workshop).toContain('<span>Đà Nẵng, cùng Lạng Sơn, Phú Thọ</span>');
    expect(root).toContain('<span class="event-badges"><span class="kind kind--workshop">Hội thảo</span></span>');
  });

  it('applies the filters of the URL, and says so when none match', async () => {
    const danang = await html('/events?province=da-nang');
    expect(linked(danang.root)).toEqual([ids.workshop]);
    expect(danang.root).toContain('<option value="da-nang" selected="">Đà Nẵng</option>');
    expect(danang.root).toContain('<button type="button" class="btn btn--ghost btn--small">Bỏ lọc</button>');
    const none = await html('/events?kind=trade_fair');
    expect(linked(none.root)).toEqual([]);
    expect(none.root).toContain('<p class="state__title">Chưa có sự kiện sắp tới.</p><p>Thử bỏ bớt bộ lọc để xem thêm.</p>');
  });

  it('leaves the month view, a chosen month, drafts and filters the API refuses to the client', async () => {
    for (const query of ['?view=month', '?month=2026-04', '?status=draft', '?province=atlantis']) {
      expect((await html(`/events${query}`)).root, query).toBe('');
    }
  });

  // Last: it adds an event to the list the tests above read.
  it('writes an evening ending at midnight as one day, until 24:00, as the client does', async () => {
    const ls = await staffOf(t, await adminClient(t), 'lang-son');
    const evening = { kind: 'meetup', title: 'Đêm pitching', startsAt: '2026-03-26T22:00:00+07:00', endsAt: '2026-03-27T00:00:00+07:00' };
    const id = ok(await ls.post('/api/events', { ...evening, online: true, status: 'published' }), 201).id;
    const { root } = await html('/events');
    const card = root.slice(root.indexOf(`/events/${id}"`));
    expect(card).toContain('<span>26/03/2026, 22:00–24:00</span>');
  });
});

describe('events first paint words', () => {
  it('are the client’s Vietnamese translations, word for word', () => {
    const lookup = clientVietnamese();
    for (const [key, words] of Object.entries(EVENTS_FIRST_PAINT_WORDS)) expect(lookup(key), key).toBe(words);
  });
});
