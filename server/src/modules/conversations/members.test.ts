// Issue 14 item 22: a brokered chat showed "(hồ sơ không xem được)" for the staff member, who is a
// member without a profile. The list carries every member's display name, role and province.
import { describe, expect, it } from 'vitest';
import { adminClient, adminEnv, member } from '../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../test/helpers/testApp.js';

const t = useTestApp({ env: adminEnv });

describe('conversation members', () => {
  it('names both sides and the broker (its name, role and office province) for every member', async () => {
    const admin = await adminClient(t);
    const email = 'tuan.staff@langson.test';
    await admin.post('/api/admin/users', {
      email,
      password: 'staff-password-1',
      role: 'staff',
      name: 'Hoàng Minh Tuấn',
      province: 'lang-son',
    });
    const staff = t.client();
    const broker = await staff.login(email, 'staff-password-1');
    const jelly = await member(t, 'startup', { name: 'Thạch đen Hồng Nhung' });
    const mart = await member(t, 'provider', { name: 'Chuỗi siêu thị Happy Mart', province: 'ha-noi' });
    const intro = (
      await staff.post('/api/intros', { fromProfileId: jelly.profile.id, toProfileId: mart.profile.id, message: 'Sở giới thiệu hai bên.' })
    ).body;
    await jelly.client.post(`/api/intros/${intro.id}/accept`);
    const accepted = (await mart.client.post(`/api/intros/${intro.id}/accept`)).body;
    expect(accepted.status).toBe('accepted');

    const expected = [
      { id: jelly.profile.id, kind: 'profile', name: 'Thạch đen Hồng Nhung', role: 'startup', province: 'lang-son' },
      { id: mart.profile.id, kind: 'profile', name: 'Chuỗi siêu thị Happy Mart', role: 'provider', province: 'ha-noi' },
      { id: broker.id, kind: 'staff', name: 'Hoàng Minh Tuấn', role: 'staff', province: 'lang-son' },
    ];
    for (const client of [jelly.client, mart.client, staff]) {
      const [conversation] = (await client.get('/api/conversations')).body.items;
      expect(conversation.id).toBe(accepted.conversationId);
      expect(conversation.participants).toEqual(expect.arrayContaining(expected.map((m) => m.id)));
      expect(conversation.members).toEqual(expect.arrayContaining(expected));
      expect(conversation.members).toHaveLength(3);
    }
    // What it says is a name, never contact details or the account's e-mail.
    expect(JSON.stringify((await jelly.client.get('/api/conversations')).body)).not.toContain(email);
  });
});
