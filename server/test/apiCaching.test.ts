// Caching of API answers: they carry contact details (to staff and connected parties), ticket
// codes and messages, and the same address answers differently for each viewer, so neither a
// browser nor a shared cache may keep one — except where a route says so (reference data).
import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient, adminEnv, member, type Member, staffOf } from './helpers/fixtures.js';
import { useTestApp } from './helpers/testApp.js';
import type { TestClient } from './helpers/testClient.js';

const t = useTestApp({ env: adminEnv });
let founder: Member;
let staff: TestClient;

beforeAll(async () => {
  const admin = await adminClient(t);
  staff = await staffOf(t, admin, 'lang-son');
  founder = await member(t, 'startup');
});

describe('Cache-Control of API answers', () => {
  it('is no-store on personal answers: a profile with its contact, the session, a refusal', async () => {
    const seen = await staff.get(`/api/profiles/${founder.profile.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.contact.email).toBe('matong@example.vn');
    expect(seen.headers.get('cache-control')).toBe('no-store');

    const me = await founder.client.get('/api/auth/me');
    expect(me.body.user.id).toBe(founder.user.id);
    expect(me.headers.get('cache-control')).toBe('no-store');

    const refused = await t.client().get('/api/notifications');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('is no-store on public lists too, whose answer depends on who asks', async () => {
    const visitor = await t.client().get(`/api/profiles/${founder.profile.id}`);
    expect(visitor.body.contact).toBeUndefined();
    expect(visitor.headers.get('cache-control')).toBe('no-store');
    expect((await t.client().get('/api/events')).headers.get('cache-control')).toBe('no-store');
  });

  it('leaves the reference data cacheable, as its route says', async () => {
    const reference = await t.client().get('/api/reference');
    expect(reference.status).toBe(200);
    expect(reference.headers.get('cache-control')).toBe('public, max-age=3600');
  });
});
