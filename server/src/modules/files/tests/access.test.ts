// Who may open a file (API.md "Files"): public images of visible profiles, staged disclosure of
// documents (an investor sees the pitch deck only after an accepted introduction), evidence for
// the consultation's two sides; 404 for everyone else. Naming files in profiles and outcomes,
// deleting them, and the clean-up of files nothing names.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../lib/clock.js';
import { adminEnv, member, profileBodies, staffOf } from '../../../../test/helpers/fixtures.js';
import { useAdmin } from '../../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { download, jpegWithGps, pdf, png, uploaded } from './helpers.js';

const clock = new ManualClock(new Date());
const HOUR = 3_600_000;
const get = (client: TestClient | null, id: string, query = '') => download(client, t.url, `/api/files/${id}${query}`);

const t = useTestApp({ env: adminEnv, clock, startJobs: false });
const admin = useAdmin(t);

describe('logos and product photos', () => {
  it('are private to the uploader until a visible profile shows them, then public and cacheable', async () => {
    const s = await member(t, 'startup');
    const logo = await uploaded(s.client, 'logo', await png(300, 300), 'logo.png');
    const photo = await uploaded(s.client, 'photo', await jpegWithGps(), 'mat-ong.jpg');
    expect((await get(null, logo)).status).toBe(404);
    expect((await get(s.client, logo)).status).toBe(200);
    expect((await get(s.client, logo)).headers.get('cache-control')).toBe('private, no-store');

    const saved = await s.client.put(
      '/api/profiles/me',
      profileBodies.startup({
        logoFileId: logo,
        products: [{ name: 'Mật ong chanh rừng', description: 'Chai 500 ml', photoFileIds: [photo], ocopStars: 4 }],
      }),
    );
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ logoFileId: logo, products: [{ photoFileIds: [photo], ocopStars: 4 }] });
    const visitor = await t.client().get(`/api/profiles/${s.profile.id}`);
    expect(visitor.body).toMatchObject({
      logoFileId: logo,
      products: [{ name: 'Mật ong chanh rừng', photoFileIds: [photo], ocopStars: 4 }],
    });

    for (const id of [logo, photo]) {
      const res = await get(null, id);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-disposition')).toMatch(/^inline;/);
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      const again = await get(null, id, '');
      expect(again.headers.get('etag')).toBe(res.headers.get('etag'));
    }
    const small = await get(null, photo, '?variant=small');
    expect(small.status).toBe(200);
    const cached = await download(null, t.url, `/api/files/${logo}`, { 'if-none-match': `"${logo}"` });
    expect(cached.status).toBe(304);
    expect(cached.bytes.length).toBe(0);

    // Hidden by its owner: the images are no longer anyone else's to see.
    await s.client.put('/api/profiles/me', profileBodies.startup({ logoFileId: logo, hidden: true }));
    expect((await get(null, logo)).status).toBe(404);
    expect((await get(s.client, logo)).status).toBe(200);
  });

  it('follow the province sharing policy, as the profile does', async () => {
    const e = await member(t, 'expert', { province: 'phu-tho', servesProvinces: [] });
    const logo = await uploaded(e.client, 'logo', await png(100, 100), 'e.png');
    await e.client.put('/api/profiles/me', profileBodies.expert({ province: 'phu-tho', servesProvinces: [], logoFileId: logo }));
    expect((await get(null, logo)).status).toBe(200);
    const staffPt = await staffOf(t, admin, 'phu-tho');
    expect((await staffPt.put('/api/staff/policy?province=phu-tho', { sharing: 'province' })).status).toBe(200);
    expect((await get(null, logo)).status).toBe(404);
    const farAway = await member(t, 'startup', { province: 'da-nang' });
    expect((await get(farAway.client, logo)).status).toBe(404);
    const neighbour = await member(t, 'startup', { province: 'phu-tho' });
    const seen = await get(neighbour.client, logo);
    expect(seen.status).toBe(200);
    expect(seen.headers.get('cache-control')).toBe('private, no-store');
    await staffPt.put('/api/staff/policy?province=phu-tho', { sharing: 'all' });
  });

  it('can be named only by their uploader, with the purpose of the place (400, nothing saved)', async () => {
    const s = await member(t, 'startup');
    const other = await member(t, 'startup');
    const othersLogo = await uploaded(other.client, 'logo', await png(50, 50), 'x.png');
    const deck = await uploaded(s.client, 'document', pdf(), 'deck.pdf');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ logoFileId: othersLogo }, 'logoFileId', 'unknown_file'],
      [{ logoFileId: 'no-such-file' }, 'logoFileId', 'unknown_file'],
      [{ logoFileId: deck }, 'logoFileId', 'wrong_purpose'],
      [{ documents: [{ fileId: othersLogo, title: 'Lạ' }] }, 'documents.0.fileId', 'unknown_file'],
      [{ products: [{ name: 'Trà', photoFileIds: [deck] }] }, 'products.0.photoFileIds.0', 'wrong_purpose'],
    ];
    for (const [fields, path, code] of cases) {
      const res = await s.client.put('/api/profiles/me', profileBodies.startup(fields));
      expect(res.status, path).toBe(400);
      expect(res.body.error.details).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect((await s.client.get('/api/profiles/me')).body.logoFileId).toBeUndefined();
    const stars = await s.client.put('/api/profiles/me', profileBodies.startup({ products: [{ name: 'Trà', ocopStars: 2 }] }));
    expect(stars.status).toBe(400);
    expect(stars.body.error.details[0].path).toBe('products.0.ocopStars');
  });

  it('keep the purpose of the place when a file already named elsewhere moves there (400, nothing saved)', async () => {
    const s = await member(t, 'startup');
    const deck = await uploaded(s.client, 'document', pdf(), 'deck.pdf');
    const photo = await uploaded(s.client, 'photo', await png(80, 80), 'tra.png');
    const named = { documents: [{ fileId: deck, title: 'Hồ sơ' }], products: [{ name: 'Trà', photoFileIds: [photo] }] };
    expect((await s.client.put('/api/profiles/me', profileBodies.startup(named))).status).toBe(200);
    // The document as the logo; the product photo as a document too (a photo is public, a document is not).
    const asLogo = await s.client.put('/api/profiles/me', profileBodies.startup({ ...named, logoFileId: deck }));
    expect(asLogo.status).toBe(400);
    expect(asLogo.body.error.details).toContainEqual(expect.objectContaining({ path: 'logoFileId', code: 'wrong_purpose' }));
    const asDocument = await s.client.put(
      '/api/profiles/me',
      profileBodies.startup({ ...named, documents: [...named.documents, { fileId: photo, title: 'Ảnh' }] }),
    );
    expect(asDocument.status).toBe(400);
    expect(asDocument.body.error.details).toContainEqual(expect.objectContaining({ path: 'documents.1.fileId', code: 'wrong_purpose' }));
    const stored = (await s.client.get('/api/profiles/me')).body;
    expect(stored.logoFileId).toBeUndefined();
    expect(stored.documents.map((d: { fileId: string }) => d.fileId)).toEqual([deck]);
  });
});

describe('documents: staged disclosure', () => {
  it('an investor opens the pitch deck only once an introduction is accepted', async () => {
    const s = await member(t, 'startup');
    const investor = await member(t, 'investor');
    const otherStartup = await member(t, 'startup');
    const deck = await uploaded(s.client, 'document', pdf('Pitch deck'), 'Pitch deck 2026.pdf');
    await s.client.put('/api/profiles/me', profileBodies.startup({ documents: [{ fileId: deck, title: 'Hồ sơ gọi vốn' }] }));
    const page = await investor.client.get(`/api/profiles/${s.profile.id}`);
    expect(page.body.documents).toEqual([{ fileId: deck, title: 'Hồ sơ gọi vốn' }]);

    const staffLs = await staffOf(t, admin, 'lang-son');
    const staffPt = await staffOf(t, admin, 'phu-tho');
    for (const [who, client, status] of [
      ['visitor', null, 404],
      ['investor before', investor.client, 404],
      ['another startup', otherStartup.client, 404],
      ['staff of another province', staffPt, 404],
      ['staff of the province', staffLs, 200],
      ['admin', admin, 200],
      ['owner', s.client, 200],
    ] as const) {
      expect((await get(client, deck)).status, who).toBe(status);
    }
    const intro = (await investor.client.post('/api/intros', { toProfileId: s.profile.id, message: 'Chúng tôi quan tâm.' })).body;
    expect(intro.status).toBe('pending');
    expect((await get(investor.client, deck)).status).toBe(404);
    expect((await s.client.post(`/api/intros/${intro.id}/accept`)).status).toBe(200);
    const opened = await get(investor.client, deck);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-disposition')).toMatch(/^attachment; filename="Pitch deck 2026\.pdf"/);
    expect(opened.bytes.equals(pdf('Pitch deck'))).toBe(true);
    expect((await get(otherStartup.client, deck)).status).toBe(404);
  });
});

describe('evidence of an outcome', () => {
  it('opens for the consultation’s two sides, staff and admins; only the expert’s own evidence files may be named', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert');
    const outsider = await member(t, 'expert');
    const intro = (await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Cần đăng ký nhãn hiệu' })).body;
    await e.client.post(`/api/intros/${intro.id}/accept`);
    const startsAt = new Date(clock.now().getTime() + HOUR).toISOString();
    const c = (await s.client.post('/api/consultations', { introId: intro.id, startsAt, durationMinutes: 60, mode: 'online' })).body;
    clock.advance(2 * HOUR); // outcomes are recorded after the meeting
    const receipt = await uploaded(e.client, 'evidence', pdf('Biên nhận nộp đơn'), 'bien-nhan.pdf');
    const startupsFile = await uploaded(s.client, 'evidence', pdf('x'), 'x.pdf');
    const wrongPurpose = await uploaded(e.client, 'document', pdf('y'), 'y.pdf');
    for (const [ids, code] of [
      [[startupsFile], 'unknown_file'],
      [[wrongPurpose], 'wrong_purpose'],
    ] as const) {
      const res = await e.client.post(`/api/consultations/${c.id}/complete`, {
        outcome: { tags: ['trademark_filed'], evidenceFileIds: ids },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0]).toMatchObject({ path: 'outcome.evidenceFileIds.0', code });
    }
    expect((await s.client.get('/api/consultations')).body.items[0].status).toBe('scheduled');
    expect((await get(s.client, receipt)).status).toBe(404);

    const done = await e.client.post(`/api/consultations/${c.id}/complete`, {
      outcome: { tags: ['trademark_filed'], evidence: 'Đơn số 4-2026-01234', evidenceFileIds: [receipt] },
    });
    expect(done.status).toBe(200);
    expect(done.body.outcome).toEqual({ tags: ['trademark_filed'], evidence: 'Đơn số 4-2026-01234', evidenceFileIds: [receipt] });
    expect((await get(s.client, receipt)).status).toBe(200);
    expect((await get(await staffOf(t, admin, 'lang-son'), receipt)).status).toBe(200);
    expect((await get(admin, receipt)).status).toBe(200);
    expect((await get(outsider.client, receipt)).status).toBe(404);
    expect((await get(null, receipt)).status).toBe(404);
  });
});

describe('deleting', () => {
  it('the uploader deletes (204) and the file leaves the profile; others get 403 if they can see it, else 404', async () => {
    const s = await member(t, 'startup');
    const other = await member(t, 'startup');
    const logo = await uploaded(s.client, 'logo', await png(60, 60), 'l.png');
    const photo = await uploaded(s.client, 'photo', await png(60, 60), 'p.png');
    const deck = await uploaded(s.client, 'document', pdf(), 'd.pdf');
    await s.client.put(
      '/api/profiles/me',
      profileBodies.startup({
        logoFileId: logo,
        documents: [{ fileId: deck, title: 'Hồ sơ' }],
        products: [{ name: 'Trà', photoFileIds: [photo] }],
      }),
    );
    expect((await other.client.delete(`/api/files/${logo}`)).status).toBe(403);
    expect((await other.client.delete(`/api/files/${deck}`)).status).toBe(404);
    expect((await t.client().delete(`/api/files/${logo}`)).status).toBe(401);
    for (const id of [logo, photo, deck]) expect((await s.client.delete(`/api/files/${id}`)).status).toBe(204);
    expect((await get(s.client, logo)).status).toBe(404);
    expect((await s.client.delete(`/api/files/${logo}`)).status).toBe(404);
    const profile = (await s.client.get('/api/profiles/me')).body;
    expect(profile.logoFileId).toBeUndefined();
    expect(profile.documents).toEqual([]);
    expect(profile.products).toEqual([{ name: 'Trà', description: '', photoFileIds: [] }]);
  });
});

describe('clean-up of files nothing names', () => {
  it('deletes uploads older than a day that no profile or outcome names, and bytes without a document', async () => {
    const s = await member(t, 'startup');
    const kept = await uploaded(s.client, 'logo', await png(40, 40), 'kept.png');
    const forgotten = await uploaded(s.client, 'photo', await png(40, 40), 'forgotten.png');
    await s.client.put('/api/profiles/me', profileBodies.startup({ logoFileId: kept }));
    const { blobs } = t.app.container.modules.files;
    await blobs.put('orphan-of-a-crash', Buffer.from('bytes whose document never committed'));

    await t.app.container.jobs.run('files.cleanup');
    expect((await get(s.client, forgotten)).status).toBe(200); // not a day old yet

    clock.advance(25 * HOUR);
    await t.app.container.jobs.run('files.cleanup');
    expect((await get(s.client, forgotten)).status).toBe(404);
    expect(await t.app.store.collection({ name: 'files' }).findOne({ _id: forgotten })).toBeNull();
    expect(await blobs.open(forgotten)).toBeNull();
    expect(await blobs.open(`${forgotten}.small`)).toBeNull();
    expect(await blobs.open('orphan-of-a-crash')).toBeNull();
    expect((await get(null, kept)).status).toBe(200);
    expect(await blobs.open(kept)).not.toBeNull();
  });
});
