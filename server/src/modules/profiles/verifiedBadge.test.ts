// The verified badge vouches for who a profile says it is. An owner who changes the name, the
// organisation or the headline loses it until staff check again; the reason is kept for the
// owner and staff, in the verification history staff read, and in the audit log.
import { describe, expect, it } from 'vitest';
import { adminEnv, member, profileBodies, type Member } from '../../../test/helpers/fixtures.js';
import { useAdmin, useStaff } from '../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../test/helpers/testApp.js';

const t = useTestApp({ env: adminEnv });
const admin = useAdmin(t);
const staff = useStaff(t, admin, 'lang-son');

const lawyer = (o: Record<string, unknown> = {}) =>
  profileBodies.expert({ province: 'lang-son', organization: 'Công ty Luật Chi Lăng', ...o });

async function verifiedExpert(): Promise<Member> {
  const expert = await member(t, 'expert', lawyer());
  const res = await staff.post('/api/staff/verifications', {
    profileId: expert.profile.id,
    verified: true,
    checked: ['Thẻ luật sư số 42'],
  });
  expect(res.status).toBe(201);
  expect((await t.client().get(`/api/profiles/${expert.profile.id}`)).body.verified).toBe(true);
  return expert;
}

describe('owner edits and the verified badge', () => {
  it('keeps the badge when the owner changes what it does not vouch for', async () => {
    const expert = await verifiedExpert();
    const saved = await expert.client.put(
      '/api/profiles/me',
      lawyer({ about: 'Nay nhận thêm hồ sơ chỉ dẫn địa lý.', capacity: 5, verified: true }),
    );
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ verified: true, capacity: 5 });
    expect(saved.body.verificationLapsed).toBeUndefined();
  });

  it.each([
    ['name', { name: 'Công ty Luật Khác' }],
    ['organization', { organization: 'Văn phòng luật sư Đồng Đăng' }],
    ['headline', { headline: 'Luật sư doanh nghiệp' }],
  ])('clears the badge when the owner changes the %s, and says why', async (field, change) => {
    const expert = await verifiedExpert();
    const before = lawyer();
    // The client sends back what it read, `verified: true` included.
    const saved = await expert.client.put('/api/profiles/me', lawyer({ ...change, verified: true }));
    expect(saved.status).toBe(200);
    expect(saved.body.verified).toBe(false);
    expect(saved.body.verificationLapsed).toEqual({ at: expect.any(String), fields: [field] });

    // Everyone sees the badge gone; only the owner and staff see why.
    const publicView = (await t.client().get(`/api/profiles/${expert.profile.id}`)).body;
    expect(publicView.verified).toBe(false);
    expect(publicView.verificationLapsed).toBeUndefined();
    expect((await staff.get(`/api/profiles/${expert.profile.id}`)).body.verificationLapsed).toEqual(saved.body.verificationLapsed);
    expect((await t.client().get(`/api/search?q=${encodeURIComponent('luật')}&kind=expert`)).body.items).toContainEqual(
      expect.objectContaining({ id: expert.profile.id, verified: false }),
    );

    // The verification history staff read names the change…
    const history = (await staff.get(`/api/staff/verifications?profileId=${expert.profile.id}`)).body.items;
    expect(history[0]).toMatchObject({ verified: false, reason: 'identity_changed', by: expert.user.id, checked: [] });
    expect(history[0].note).toMatch(/cần xác minh lại/);
    // …and the audit log keeps who changed what, from what to what.
    const [entry] = (await admin.get(`/api/admin/audit?targetId=${expert.profile.id}&action=profile.verified`)).body.items;
    expect(entry).toMatchObject({
      actorId: expert.user.id,
      actorRole: 'expert',
      province: 'lang-son',
      details: {
        verified: false,
        reason: 'identity_changed',
        changes: { [field]: { from: before[field], to: (change as Record<string, string>)[field] } },
      },
    });

    // A later save without identity changes keeps the reason; staff verifying again clears it.
    const again = await expert.client.put('/api/profiles/me', lawyer({ ...change, capacity: 2 }));
    expect(again.body).toMatchObject({ verified: false, verificationLapsed: saved.body.verificationLapsed });
    await staff.post('/api/staff/verifications', { profileId: expert.profile.id, verified: true, checked: ['Giấy phép mới'] });
    const me = (await expert.client.get('/api/profiles/me')).body;
    expect(me.verified).toBe(true);
    expect(me.verificationLapsed).toBeUndefined();
  });

  it('lets staff correct the identity fields without removing the badge', async () => {
    const expert = await verifiedExpert();
    const res = await staff.put(`/api/profiles/${expert.profile.id}`, lawyer({ name: 'Công ty Luật Chi Lăng (đổi tên)', verified: true }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ verified: true, name: 'Công ty Luật Chi Lăng (đổi tên)' });
    expect((await staff.get(`/api/staff/verifications?profileId=${expert.profile.id}`)).body.items).toHaveLength(1);
  });

  it('applies to startups too (name and headline)', async () => {
    const startup = await member(t, 'startup');
    await staff.post('/api/staff/verifications', { profileId: startup.profile.id, verified: true, checked: ['Giấy đăng ký kinh doanh'] });
    const saved = await startup.client.put('/api/profiles/me', profileBodies.startup({ name: 'Mật ong Mẫu Sơn' }));
    expect(saved.body).toMatchObject({ verified: false, verificationLapsed: { fields: ['name'] } });
  });
});
