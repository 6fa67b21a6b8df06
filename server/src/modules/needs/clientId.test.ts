// A founder on a bad network sends a need, the answer is lost, and she sends it again: with the same
// clientId she gets the need the first send made, not a second one (and staff see one need).
import { describe, expect, it } from 'vitest';
import { member, type Member } from '../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../test/helpers/testApp.js';

const t = useTestApp();
const NEED = { title: 'Đăng ký nhãn hiệu mật ong', description: 'Cần nộp đơn trước tháng 6.' };
const mine = async (m: Member) => (await m.client.get(`/api/needs?startupId=${m.profile.id}`)).body.items as { id: string }[];

describe('a need sent again with its clientId', () => {
  it('returns the need already made, once sent and when sent twice at once', async () => {
    const honey = await member(t, 'startup');
    const first = await honey.client.post('/api/needs', { ...NEED, clientId: 'need-1' });
    expect(first.status).toBe(201);
    const again = await honey.client.post('/api/needs', { ...NEED, clientId: 'need-1' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);

    const twice = await Promise.all([1, 2].map(() => honey.client.post('/api/needs', { ...NEED, clientId: 'need-2' })));
    expect(twice.map((r) => r.status)).toEqual([201, 201]);
    expect(twice[1]!.body.id).toBe(twice[0]!.body.id);
    expect((await mine(honey)).map((n) => n.id).sort()).toEqual([first.body.id, twice[0]!.body.id].sort());
  });

  it('is a new need with another clientId, without one, or for another startup', async () => {
    const honey = await member(t, 'startup');
    const tea = await member(t, 'startup');
    const made = [
      await honey.client.post('/api/needs', { ...NEED, clientId: 'same' }),
      await tea.client.post('/api/needs', { ...NEED, clientId: 'same' }),
      await honey.client.post('/api/needs', NEED),
      await honey.client.post('/api/needs', NEED),
    ];
    expect(made.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(made.map((r) => r.body.id)).size).toBe(4);
    expect(made[0]!.body).not.toHaveProperty('clientKey');
    expect(await mine(honey)).toHaveLength(3);
  });

  it('refuses a clientId that is empty or too long, making nothing', async () => {
    const honey = await member(t, 'startup');
    for (const clientId of ['   ', 'x'.repeat(101)]) {
      const res = await honey.client.post('/api/needs', { ...NEED, clientId });
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('clientId');
    }
    expect(await mine(honey)).toHaveLength(0);
  });
});
