// Issue 14 item 19: the expert of an accepted intro could not open the need once it was in
// progress ("không tìm thấy"). The sides of an accepted intro about a need read it whatever its
// status; other helpers still read only open needs, and nobody else learns more.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../test/helpers/fixtures.js';
import { member } from '../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../test/helpers/testApp.js';

let honey: Member;
let expert: Member;
let otherExpert: Member;
let declinedExpert: Member;
let needId: string;

const t = useTestApp();
beforeAll(async () => {
  honey = await member(t, 'startup');
  expert = await member(t, 'expert', { name: 'Chuyên gia được kết nối' });
  otherExpert = await member(t, 'expert', { name: 'Chuyên gia khác cùng lĩnh vực' });
  declinedExpert = await member(t, 'expert', { name: 'Chuyên gia đã từ chối' });
  const need = await honey.client.post('/api/needs', { title: 'Đăng ký nhãn hiệu mật ong', category: 'trademark' });
  needId = need.body.id;
  const ask = async (to: Member) =>
    (await honey.client.post('/api/intros', { toProfileId: to.profile.id, needId, message: 'Nhờ anh chị hướng dẫn hồ sơ.' })).body.id;
  const accepted = await ask(expert);
  expect((await expert.client.post(`/api/intros/${accepted}/accept`)).status).toBe(200);
  const declined = await ask(declinedExpert);
  expect((await declinedExpert.client.post(`/api/intros/${declined}/decline`, { reason: 'Kín lịch' })).status).toBe(200);
});

describe('a need read by the sides of an accepted intro about it', () => {
  it('stays readable for the connected expert once it is in progress, resolved or closed', async () => {
    for (const status of ['in_progress', 'resolved', 'closed'] as const) {
      expect((await honey.client.patch(`/api/needs/${needId}`, { status })).body.status).toBe(status);
      const res = await expert.client.get(`/api/needs/${needId}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: needId, status, startupId: honey.profile.id, title: 'Đăng ký nhãn hiệu mật ong' });
    }
    expect((await honey.client.patch(`/api/needs/${needId}`, { status: 'in_progress' })).status).toBe(409); // closed → open only
    expect((await honey.client.patch(`/api/needs/${needId}`, { status: 'open' })).status).toBe(200);
  });

  it('gives nobody else more: other helpers read it only while open, a declined expert likewise', async () => {
    expect((await honey.client.patch(`/api/needs/${needId}`, { status: 'in_progress' })).status).toBe(200);
    for (const reader of [otherExpert, declinedExpert]) expect((await reader.client.get(`/api/needs/${needId}`)).status).toBe(404);
    expect((await expert.client.patch(`/api/needs/${needId}`, { title: 'Sửa hộ' })).status).toBe(403);
    expect((await honey.client.patch(`/api/needs/${needId}`, { status: 'open' })).status).toBe(200);
    for (const reader of [otherExpert, declinedExpert]) expect((await reader.client.get(`/api/needs/${needId}`)).status).toBe(200);
  });
});
