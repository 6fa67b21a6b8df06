// The server's HTML for the public pages, read as a link preview bot reads it (raw HTTP, no
// JavaScript): a real title, description and Open Graph tags, escaped; 404 for what a visitor may
// not see; /sitemap.xml and /robots.txt. The app serves a minimal stand-in for the built client.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { adminClient, adminEnv, member, profileBodies, staffOf } from '../../../../test/helpers/fixtures.js';
import { png, uploaded } from '../../files/tests/helpers.js';
import type { PublicEventDoc } from '../publicEvents.js';
import { Sitemap } from '../sitemap.js';
import { useAppWithClient } from './helpers.js';

const SHELL = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Generic description" />
    <title>KếtNối</title>
  </head>
  <body><div id="root"></div><script type="module" src="/assets/index-abc.js"></script></body>
</html>
`;

const t = useAppWithClient({ env: adminEnv }, SHELL);
let origin: string;
const p: Record<string, Member> = {};
let logoId: string;

/** One request as a crawler makes it: HTML wanted, no cookies, no JavaScript. */
async function page(pathname: string): Promise<{ status: number; html: string; type: string | null }> {
  const res = await fetch(t.url + pathname, { headers: { accept: 'text/html' } });
  return { status: res.status, html: await res.text(), type: res.headers.get('content-type') };
}

const metaOf = (html: string, key: string): string[] =>
  [...html.matchAll(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)" />`, 'g'))].map((m) => m[1]!);
const titleOf = (html: string) => [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);

beforeAll(async () => {
  origin = t.app.container.publicOrigin.get();
  const admin = await adminClient(t);
  p.honey = await member(t, 'startup', {
    name: 'Mật ong <script>alert("x")</script> & "Chi Lăng"',
    headline: 'Mật ong hoa chanh rừng — sản phẩm OCOP 4 sao',
  });
  logoId = await uploaded(p.honey.client, 'logo', await png(400, 400), 'logo.png');
  const saved = await p.honey.client.put(
    '/api/profiles/me',
    profileBodies.startup({
      name: 'Mật ong <script>alert("x")</script> & "Chi Lăng"',
      headline: 'Mật ong hoa chanh rừng — sản phẩm OCOP 4 sao',
      logoFileId: logoId,
      products: [{ name: 'Mật ong chanh rừng', ocopStars: 4 }],
    }),
  );
  expect(saved.status).toBe(200);
  p.plain = await member(t, 'startup', { name: 'Chè Shan tuyết', headline: '', about: 'Chè cổ thụ trên núi cao. '.repeat(20) });
  p.hidden = await member(t, 'startup', { name: 'Ẩn', hidden: true });
  p.expertPt = await member(t, 'expert', { name: 'Chuyên gia Phú Thọ', province: 'phu-tho', servesProvinces: [] });
  await (await staffOf(t, admin, 'phu-tho')).put('/api/staff/policy?province=phu-tho', { sharing: 'province' });
});

describe('landing page', () => {
  it('carries the country’s title, figures, share image and address', async () => {
    const { status, html, type } = await page('/');
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    expect(titleOf(html)).toEqual(['KếtNối — Kết nối khởi nghiệp với chuyên gia, nhà đầu tư và đơn vị hỗ trợ của tỉnh']);
    expect(metaOf(html, 'description')).toHaveLength(1);
    expect(metaOf(html, 'description')[0]).toContain('2 dự án khởi nghiệp, 0 chuyên gia');
    expect(metaOf(html, 'og:image')).toEqual([`${origin}/og-image.png`]);
    expect(metaOf(html, 'og:url')).toEqual([`${origin}/`]);
    expect(html).toContain('<script type="module" src="/assets/index-abc.js"></script>');
  });

  it('takes the province from the address, legacy names too', async () => {
    const langSon = await page('/?province=lang-son');
    expect(titleOf(langSon.html)).toEqual(['Khởi nghiệp Lạng Sơn — KếtNối']);
    expect(metaOf(langSon.html, 'og:title')).toEqual(['Khởi nghiệp Lạng Sơn — KếtNối']);
    expect(metaOf(langSon.html, 'og:url')).toEqual([`${origin}/?province=lang-son`]);
    const legacy = await page(`/?province=${encodeURIComponent('Quảng Nam')}`);
    expect(titleOf(legacy.html)).toEqual(['Khởi nghiệp Đà Nẵng — KếtNối']);
    const unknown = await page('/?province=atlantis');
    expect(titleOf(unknown.html)[0]).toMatch(/^KếtNối — /);
  });
});

describe('profile pages', () => {
  it('shows the startup’s name, headline and logo, escaped', async () => {
    const { status, html } = await page(`/p/${p.honey!.profile.id}`);
    expect(status).toBe(200);
    const title = 'Mật ong &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Chi Lăng&quot; — KếtNối';
    expect(titleOf(html)).toEqual([title]);
    expect(metaOf(html, 'og:title')).toEqual([title]);
    expect(html).not.toContain('<script>alert');
    expect(metaOf(html, 'description')[0]).toBe('Mật ong hoa chanh rừng — sản phẩm OCOP 4 sao · Lạng Sơn. Sản phẩm OCOP.');
    expect(metaOf(html, 'og:image')).toEqual([`${origin}/api/files/${logoId}`]);
    expect(metaOf(html, 'og:url')).toEqual([`${origin}/p/${p.honey!.profile.id}`]);
    expect(metaOf(html, 'og:type')).toEqual(['profile']);
    // The image the preview shows is one a visitor may fetch.
    expect((await fetch(`${t.url}/api/files/${logoId}`)).status).toBe(200);
  });

  it('falls back to the about text, cut at a word, and the default image', async () => {
    const { html } = await page(`/p/${p.plain!.profile.id}`);
    const description = metaOf(html, 'description')[0]!;
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description).toMatch(/^Chè cổ thụ trên núi cao\. .*…$/);
    expect(metaOf(html, 'og:image')).toEqual([`${origin}/og-image.png`]);
  });

  it('answers 404 with the generic page for hidden, unshared and unknown profiles', async () => {
    // `%E0%A4%A` is not valid percent-encoding: no such page either, not the shell with 200.
    for (const id of [p.hidden!.profile.id, p.expertPt!.profile.id, 'no-such-profile', '%E0%A4%A']) {
      const { status, html } = await page(`/p/${id}`);
      expect(status, id).toBe(404);
      expect(titleOf(html)).toEqual(['Không tìm thấy trang — KếtNối']);
      expect(html).not.toContain('Chuyên gia Phú Thọ');
    }
  });
});

describe('events pages and the hook for the events module', () => {
  it('answers the calendar page, and an event once the events module is wired in', async () => {
    const calendar = await page('/events?province=lang-son');
    expect(titleOf(calendar.html)).toEqual(['Sự kiện khởi nghiệp Lạng Sơn — KếtNối']);
    expect((await page('/events/ev-1')).status).toBe(404);
    expect((await page('/events/%E0%A4%A')).status).toBe(404);

    const events = t.app.store.collection<PublicEventDoc>({ name: 'portal_test_events' });
    t.app.container.modules.portal.useEvents({ collection: events });
    const base = {
      description: 'Gặp gỡ nhà đầu tư, trưng bày sản phẩm OCOP.',
      province: 'lang-son',
      provinces: ['lang-son'],
      regions: ['trung-du-mien-nui-phia-bac'],
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    await events.insertMany([
      {
        _id: 'ev-1',
        ...base,
        title: 'Ngày hội khởi nghiệp <Lạng Sơn> 2026',
        status: 'published',
        startsAt: '2020-03-14T01:00:00.000Z',
        endsAt: '2020-03-14T10:00:00.000Z',
        registered: 40,
      },
      {
        _id: 'ev-2',
        ...base,
        title: 'Bản nháp',
        status: 'draft',
        startsAt: '2020-04-01T01:00:00.000Z',
        endsAt: '2020-04-01T10:00:00.000Z',
        registered: 0,
      },
      {
        _id: 'ev-3',
        ...base,
        title: 'Hội chợ sắp tới',
        status: 'published',
        startsAt: '2099-01-01T01:00:00.000Z',
        endsAt: '2099-01-01T10:00:00.000Z',
        registered: 12,
      },
    ]);
    const event = await page('/events/ev-1');
    expect(event.status).toBe(200);
    expect(titleOf(event.html)).toEqual(['Ngày hội khởi nghiệp &lt;Lạng Sơn&gt; 2026 — KếtNối']);
    expect(metaOf(event.html, 'description')[0]).toBe('14/3/2020 · Lạng Sơn. Gặp gỡ nhà đầu tư, trưng bày sản phẩm OCOP.');
    expect((await page('/events/ev-2')).status).toBe(404);
    const stats = await t.client().get('/api/public/stats?province=lang-son');
    expect(stats.body.events).toEqual({ held: 1, participants: 40 });
  });
});

describe('other routes', () => {
  it('serves other client routes with the shell as built, and leaves the API alone', async () => {
    const login = await page('/login');
    expect(login.status).toBe(200);
    expect(login.html).toBe(SHELL);
    // The staff's new-event form: not an event called "new" (that was a 404 and a "not found" title).
    const newEvent = await page('/events/new');
    expect(newEvent.status).toBe(200);
    expect(newEvent.html).toBe(SHELL);
    const api = await fetch(`${t.url}/api/p/whatever`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

describe('a file of the client that is not there', () => {
  it('answers 404, not the shell: an old build asking for a chunk that is gone gets an error it can act on', async () => {
    // A browser asks for scripts with Accept: */*; a 200 text/html answer made the tab fail with a
    // MIME-type error (and a cache in front could keep the shell under the asset's name).
    for (const asset of ['/assets/index-old.js', '/assets/style-old.css', '/assets/logo.png']) {
      const res = await fetch(t.url + asset, { headers: { accept: '*/*' } });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).not.toContain('<html');
    }
    // A typed address still opens the app, whatever it is.
    expect((await page('/assets-and-more')).status).toBe(200);
  });
});

describe('sitemap and robots', () => {
  it('lists the landing pages, visible profiles and public events, nothing else', async () => {
    const res = await fetch(`${t.url}/sitemap.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${origin}/`);
    expect(locs).toContain(`${origin}/events`);
    expect(locs).toContain(`${origin}/?province=lang-son`);
    expect(locs).toContain(`${origin}/p/${p.honey!.profile.id}`);
    expect(locs).toContain(`${origin}/p/${p.plain!.profile.id}`);
    expect(locs).not.toContain(`${origin}/p/${p.hidden!.profile.id}`);
    expect(locs).not.toContain(`${origin}/p/${p.expertPt!.profile.id}`);
    expect(locs.filter((l) => l!.includes('/events/'))).toEqual([`${origin}/events/ev-3`, `${origin}/events/ev-1`]);
    expect(xml).toContain(`<loc>${origin}/events/ev-1</loc><lastmod>2026-01-02</lastmod>`);
    expect((await fetch(`${t.url}/sitemap-1.xml`)).status).toBe(404);
  });

  it('becomes an index of pages past the page size', async () => {
    const { profiles } = t.app.container.modules;
    const sitemap = new Sitemap({
      origin: () => origin,
      profiles: profiles.repository,
      visibility: profiles.visibility,
      events: { listed: async () => [] } as never,
      clock: t.app.clock,
      pageSize: 1,
    });
    const index = (await sitemap.page(0))!;
    expect([...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual([`${origin}/sitemap-1.xml`, `${origin}/sitemap-2.xml`]);
    const second = (await sitemap.page(2))!;
    expect([...second.matchAll(/<loc>([^<]*)<\/loc>/g)]).toHaveLength(1);
    expect(await sitemap.page(3)).toBeNull();
  });

  it('robots.txt allows pages and public images, keeps the API out, names the sitemap', async () => {
    const text = await (await fetch(`${t.url}/robots.txt`)).text();
    expect(text).toBe(`User-agent: *\nAllow: /\nAllow: /api/files/\nDisallow: /api/\nSitemap: ${origin}/sitemap.xml\n`);
  });
});
