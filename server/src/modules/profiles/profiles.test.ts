import { describe, expect, it } from 'vitest';
import { adminEnv, member, profileBodies, readAllPages, staffOf } from '../../../test/helpers/fixtures.js';
import { useAdmin } from '../../../test/helpers/signedIn.js';
import { startTestApp, useTestApp } from '../../../test/helpers/testApp.js';
import type { TestClient } from '../../../test/helpers/testClient.js';

const profilesCollection = () => t.app.store.collection({ name: 'profiles' });

const t = useTestApp({ env: adminEnv });
const admin = useAdmin(t);

describe('own profile', () => {
  it('creates (201) then replaces (200) a profile of each kind, and me returns it', async () => {
    for (const kind of ['startup', 'expert', 'investor', 'provider'] as const) {
      const c = t.client();
      const user = await c.register({ role: kind });
      expect((await c.get('/api/profiles/me')).status).toBe(404);
      const created = await c.put('/api/profiles/me', profileBodies[kind]({ province: 'lang-son' }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ kind, verified: false, province: 'lang-son' });
      expect(typeof created.body.id).toBe('string');
      const replaced = await c.put('/api/profiles/me', profileBodies[kind]({ province: 'lang-son', headline: 'Tiêu đề mới' }));
      expect(replaced.status).toBe(200);
      expect(replaced.body.id).toBe(created.body.id);
      expect(replaced.body.headline).toBe('Tiêu đề mới');
      const me = await c.get('/api/auth/me');
      expect(me.body.profile).toMatchObject({ id: created.body.id, kind, headline: 'Tiêu đề mới' });
      const stored = await profilesCollection().findOne({ _id: created.body.id });
      expect(stored).toMatchObject({ userId: user.id, kind, headline: 'Tiêu đề mới' });
    }
  });

  it('returns exactly the API fields per kind', async () => {
    const { profile } = await member(t, 'expert');
    expect(Object.keys(profile).sort()).toEqual(
      [
        'about',
        'capacity',
        'contact',
        'createdAt',
        'expertise',
        'fee',
        'headline',
        'hidden',
        'id',
        'kind',
        'languages',
        'name',
        'province',
        'remote',
        'sectors',
        'servesProvinces',
        'updatedAt',
        'verified',
      ].sort(),
    );
    expect(profile).toMatchObject({
      expertise: ['trademark', 'legal'],
      capacity: 3,
      remote: true,
      servesProvinces: ['lang-son'],
      fee: 'pro_bono',
      languages: ['vi'],
    });
  });

  it('maps legacy provinces, dedupes lists and stores NFC text', async () => {
    const nfdName = 'Chuyên gia Quảng Nam'.normalize('NFD');
    const { profile } = await member(t, 'expert', {
      name: nfdName,
      province: 'Quảng Nam',
      servesProvinces: ['quang-nam', 'da-nang', 'Hà Giang'],
      expertise: ['trademark', 'trademark'],
    });
    expect(profile.province).toBe('da-nang');
    expect(profile.servesProvinces).toEqual(['da-nang', 'tuyen-quang']);
    expect(profile.expertise).toEqual(['trademark']);
    expect(profile.name).toBe('Chuyên gia Quảng Nam'.normalize('NFC'));
    expect((await profilesCollection().findOne({ _id: profile.id }))!.name).toBe('Chuyên gia Quảng Nam'.normalize('NFC'));
  });

  it('accepts its own GET output back unchanged (round trip)', async () => {
    const { client } = await member(t, 'provider');
    const mine = (await client.get('/api/profiles/me')).body;
    const res = await client.put('/api/profiles/me', mine);
    expect(res.status).toBe(200);
    expect(res.body.resources).toEqual(mine.resources);
  });

  it.each([
    ['an expert without expertise', 'expert', { expertise: [] }, 'expertise'],
    ['a negative capacity', 'expert', { capacity: -1 }, 'capacity'],
    ['an unknown field', 'startup', { favouriteColour: 'red' }, '(root)'],
    ['another kind', 'startup', { kind: 'investor' }, 'kind'],
    ['a ticket with min > max', 'investor', { ticket: { min: 5, max: 1 } }, 'ticket.max'],
    ['an unknown sector', 'startup', { sectors: ['spaceflight'] }, 'sectors.0'],
    ['an operator object as name', 'startup', { name: { $gt: '' } }, 'name'],
    ['a bad contact email', 'startup', { contact: { email: 'nope' } }, 'contact.email'],
  ])('rejects %s with 400 and stores nothing', async (_label, kind, override, path) => {
    const c = t.client();
    const user = await c.register({ role: kind });
    const res = await c.put('/api/profiles/me', profileBodies[kind as 'startup'](override));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await profilesCollection().findOne({ userId: user.id })).toBeNull();
  });

  it('does not let an owner mark itself verified (403, unchanged)', async () => {
    const { client, profile } = await member(t, 'expert');
    const res = await client.put('/api/profiles/me', profileBodies.expert({ verified: true }));
    expect(res.status).toBe(403);
    expect((await profilesCollection().findOne({ _id: profile.id }))!.verified).toBe(false);
  });

  it('has no own profile for staff or admin', async () => {
    const res = await admin.put('/api/profiles/me', profileBodies.startup());
    expect(res.status).toBe(403);
  });
});

describe('viewing profiles and contact details', () => {
  it('shows contact only to the owner, staff of the province, admins and connected parties', async () => {
    const honey = await member(t, 'startup');
    const expert = await member(t, 'expert');
    const stranger = await member(t, 'startup', { province: 'phu-tho' });
    const staffLs = await staffOf(t, admin, 'lang-son');
    const staffPt = await staffOf(t, admin, 'phu-tho');

    const view = (c: TestClient | null) => (c ?? t.client()).get(`/api/profiles/${honey.profile.id}`);
    const anonymous = await view(null);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.contact).toBeUndefined();
    expect(anonymous.text).not.toContain('matong@example.vn');
    expect((await view(stranger.client)).body.contact).toBeUndefined();
    expect((await view(expert.client)).body.contact).toBeUndefined();
    expect((await view(staffPt)).body.contact).toBeUndefined();
    expect((await view(staffLs)).body.contact).toEqual({ email: 'matong@example.vn', phone: '0912 345 678' });
    expect((await view(admin)).body.contact).toBeDefined();
    expect((await view(honey.client)).body.contact).toBeDefined();

    // An accepted introduction connects the two profiles (the intros module writes these documents).
    await t.app.store
      .collection({ name: 'intros' })
      .insertOne({ _id: 'intro-accepted-1', fromProfileId: honey.profile.id, toProfileId: expert.profile.id, status: 'accepted' });
    expect((await view(expert.client)).body.contact).toEqual({ email: 'matong@example.vn', phone: '0912 345 678' });
    const back = await honey.client.get(`/api/profiles/${expert.profile.id}`);
    expect(back.body.contact.email).toBe('binh.ip@example.vn');
    expect((await view(stranger.client)).body.contact).toBeUndefined();
  });

  it('answers 404 for unknown ids and hides hidden profiles from others', async () => {
    expect((await t.client().get('/api/profiles/does-not-exist')).status).toBe(404);
    const shy = await member(t, 'expert', { hidden: true });
    expect((await t.client().get(`/api/profiles/${shy.profile.id}`)).status).toBe(404);
    expect((await shy.client.get(`/api/profiles/${shy.profile.id}`)).status).toBe(200);
  });
});

describe('staff editing', () => {
  it('lets staff of the province edit and verify; others get 403', async () => {
    const expert = await member(t, 'expert', { province: 'lang-son' });
    const staffLs = await staffOf(t, admin, 'lang-son');
    const staffPt = await staffOf(t, admin, 'phu-tho');

    const denied = await staffPt.put(`/api/profiles/${expert.profile.id}`, profileBodies.expert({ verified: true }));
    expect(denied.status).toBe(403);
    const startup = await member(t, 'startup');
    expect((await startup.client.put(`/api/profiles/${expert.profile.id}`, profileBodies.expert())).status).toBe(403);

    const ok = await staffLs.put(`/api/profiles/${expert.profile.id}`, profileBodies.expert({ verified: true, capacity: 5 }));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ verified: true, capacity: 5, id: expert.profile.id });
    const stored = await profilesCollection().findOne({ _id: expert.profile.id });
    expect(stored).toMatchObject({ verified: true, capacity: 5, userId: expert.user.id });
    // The owner keeps the flag when saving again and still cannot clear it.
    expect((await expert.client.put('/api/profiles/me', profileBodies.expert({ verified: true }))).status).toBe(200);
    expect((await expert.client.put('/api/profiles/me', profileBodies.expert({ verified: false }))).status).toBe(403);
  });
});

describe('directory', () => {
  it('filters by kind, province (legacy names too), sector, need and verified, and pages without gaps', async () => {
    const local = await startTestApp({ env: adminEnv });
    try {
      const made = [];
      for (let i = 0; i < 7; i++)
        made.push(
          await member(local, 'expert', {
            name: `Chuyên gia ${String.fromCharCode(65 + i)}`,
            province: i % 2 ? 'da-nang' : 'lang-son',
            expertise: i < 3 ? ['trademark'] : ['standards'],
          }),
        );
      await member(local, 'startup', { province: 'da-nang' });
      await member(local, 'expert', { name: 'Ẩn danh', hidden: true });

      const all = await local.client().get('/api/profiles?kind=expert');
      expect(all.body.items.map((p: { name: string }) => p.name)).toEqual(made.map((m) => m.profile.name));
      expect(all.body.items.every((p: { contact?: unknown }) => p.contact === undefined)).toBe(true);

      const dn = await local.client().get(`/api/profiles?kind=expert&province=${encodeURIComponent('Quảng Nam')}`);
      expect(dn.body.items.map((p: { province: string }) => p.province)).toEqual(['da-nang', 'da-nang', 'da-nang']);
      const tm = await local.client().get('/api/profiles?need=trademark');
      expect(tm.body.items).toHaveLength(3);
      expect((await local.client().get('/api/profiles?verified=true')).body.items).toEqual([]);

      const { ids: seen } = await readAllPages(local.client(), '/api/profiles?kind=expert&limit=3');
      expect(seen).toEqual(made.map((m) => m.profile.id));

      expect((await local.client().get('/api/profiles?kind=wizard')).status).toBe(400);
      expect((await local.client().get('/api/profiles?cursor=garbage')).status).toBe(400);
    } finally {
      await local.close();
    }
  });
});

describe('lenient about "no value"', () => {
  it('treats null body fields as absent and empty query filters as unused', async () => {
    const c = t.client();
    await c.register({ role: 'startup' });
    const res = await c.put(
      '/api/profiles/me',
      profileBodies.startup({ commune: null, foundedYear: null, fundingAsk: null, contact: { email: 'a@b.vn', phone: null } }),
    );
    expect(res.status).toBe(201);
    expect(res.body.commune).toBeUndefined();
    expect(res.body.contact).toEqual({ email: 'a@b.vn' });
    const required = await c.put('/api/profiles/me', profileBodies.startup({ name: null }));
    expect(required.status).toBe(400);
    expect(required.body.error.details.map((d: { path: string }) => d.path)).toContain('name');
    const listed = await t.client().get('/api/profiles?kind=startup&province=&sector=&need=&verified=');
    expect(listed.status).toBe(200);
    expect(listed.body.items.length).toBeGreaterThan(0);
  });
});
