// Brokering tools over HTTP: contact log, credential verification, conflict-of-interest
// declarations and the province policy.
import { beforeAll, describe, expect, it } from 'vitest';
import { member, type Member } from '../../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../../test/helpers/signedIn.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';

let startup: Member;
let expert: Member;
let ptExpert: Member;
let needId: string;
let introId: string;

const { t, admin, staff } = useAppWithStaff(['lang-son', 'phu-tho']);
const [staffLS, staffPT] = staff;
beforeAll(async () => {
  startup = await member(t, 'startup');
  expert = await member(t, 'expert', { name: 'Luật sư Nguyễn Thị Hạnh', province: 'lang-son' });
  ptExpert = await member(t, 'expert', { name: 'Chuyên gia Phú Thọ', province: 'phu-tho' });
  needId = (await startup.client.post('/api/needs', { title: 'Đăng ký nhãn hiệu mật ong', category: 'trademark' })).body.id;
  introId = (await startup.client.post('/api/intros', { toProfileId: expert.profile.id, needId, message: 'Xin tư vấn' })).body.id;
});

describe('contact log', () => {
  it('logs contacts about a startup, a need and an intro, storing only what staff typed', async () => {
    const typed = 'Gọi điện cho chị Hoa, hẹn gặp thứ Hai; chị để lại số 0912 000 111.';
    const first = await staffLS.post('/api/staff/contacts', {
      subjectType: 'startup',
      subjectId: startup.profile.id,
      channel: 'phone',
      note: typed,
      at: '2026-03-02T09:00:00+07:00',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      subjectType: 'startup',
      subjectId: startup.profile.id,
      profileIds: [startup.profile.id],
      province: 'lang-son',
      channel: 'phone',
      note: typed,
      at: '2026-03-02T02:00:00.000Z',
    });
    expect(JSON.stringify(first.body)).not.toContain('0912 345 678'); // the startup's own phone is never copied in
    expect(
      (
        await staffLS.post('/api/staff/contacts', {
          subjectType: 'need',
          subjectId: needId,
          channel: 'zalo',
          note: 'Nhắn Zalo gửi mẫu đơn',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await staffLS.post('/api/staff/contacts', {
          subjectType: 'intro',
          subjectId: introId,
          channel: 'meeting',
          note: 'Gặp cả hai bên tại Sở',
        })
      ).status,
    ).toBe(201);

    const forStartup = (await staffLS.get(`/api/staff/contacts?profileId=${startup.profile.id}`)).body;
    expect(forStartup.items.map((e: any) => e.subjectType).sort()).toEqual(['intro', 'need', 'startup']);
    expect(forStartup.items.at(-1).subjectType).toBe('startup'); // newest contact first; the phone call was earliest
    const forExpert = (await staffLS.get(`/api/staff/contacts?profileId=${expert.profile.id}`)).body;
    expect(forExpert.items.map((e: any) => e.subjectType)).toEqual(['intro']);
    const forNeed = (await staffLS.get(`/api/staff/contacts?subjectId=${needId}`)).body;
    expect(forNeed.items.map((e: any) => e.note)).toEqual(['Nhắn Zalo gửi mẫu đơn']);
    const paged = (await staffLS.get('/api/staff/contacts?limit=2')).body;
    expect(paged.items).toHaveLength(2);
    expect((await staffLS.get(`/api/staff/contacts?limit=2&cursor=${paged.nextCursor}`)).body.items).toHaveLength(1);
  });

  it('refuses bad input: unknown subject type or field, future time, empty note', async () => {
    const base = { subjectType: 'need', subjectId: needId, channel: 'phone', note: 'x' };
    expect((await staffLS.post('/api/staff/contacts', { ...base, subjectType: 'user' })).status).toBe(400);
    expect((await staffLS.post('/api/staff/contacts', { ...base, channel: 'fax' })).status).toBe(400);
    expect((await staffLS.post('/api/staff/contacts', { ...base, phone: '0912' })).status).toBe(400);
    expect((await staffLS.post('/api/staff/contacts', { ...base, note: '   ' })).status).toBe(400);
    expect((await staffLS.post('/api/staff/contacts', { ...base, at: new Date(Date.now() + 86_400_000).toISOString() })).status).toBe(400);
    expect((await staffLS.post('/api/staff/contacts', { ...base, subjectType: 'startup', subjectId: expert.profile.id })).status).toBe(404);
    expect((await startup.client.post('/api/staff/contacts', base)).status).toBe(403);
  });
});

describe('credential verification', () => {
  it('records what was checked, by whom and when, and sets verified (search too)', async () => {
    expect((await staffLS.post('/api/staff/verifications', { profileId: expert.profile.id, verified: true, checked: [] })).status).toBe(
      400,
    );
    const res = await staffLS.post('/api/staff/verifications', {
      profileId: expert.profile.id,
      verified: true,
      checked: ['Thẻ luật sư số 1234/TLS', 'Chứng chỉ hành nghề đại diện SHCN'],
      note: 'Đối chiếu bản gốc tại Sở',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      profileId: expert.profile.id,
      verified: true,
      checked: ['Thẻ luật sư số 1234/TLS', 'Chứng chỉ hành nghề đại diện SHCN'],
      province: 'lang-son',
    });
    expect((await startup.client.get(`/api/profiles/${expert.profile.id}`)).body.verified).toBe(true);
    const hits = (await startup.client.get('/api/search?q=Hạnh&kind=expert')).body.items;
    expect(hits.find((h: any) => h.id === expert.profile.id)?.verified).toBe(true);

    const undo = await staffLS.post('/api/staff/verifications', { profileId: expert.profile.id, verified: false, note: 'Thẻ hết hạn' });
    expect(undo.status).toBe(201);
    expect((await startup.client.get(`/api/profiles/${expert.profile.id}`)).body.verified).toBe(false);
    const list = (await staffLS.get(`/api/staff/verifications?profileId=${expert.profile.id}`)).body.items;
    expect(list.map((v: any) => v.verified)).toEqual([false, true]);
    expect(list[1].byName).toBe('Cán bộ lang-son');
  });
});

describe('conflict-of-interest declarations', () => {
  /** `staff` declares that `one` and `other` must not be introduced, for `reason`. */
  const declare = (staff: TestClient, one: Member, other: Member, reason: string) =>
    staff.post('/api/staff/conflicts', { profileId: one.profile.id, otherProfileId: other.profile.id, reason });

  it('blocks introductions between the two while declared, and unblocks when removed', async () => {
    const other = await member(t, 'expert', { name: 'Chuyên gia có quan hệ', province: 'lang-son' });
    const declared = await declare(staffLS, startup, other, 'Là người nhà của nhà sáng lập');
    expect(declared.status).toBe(201);
    expect(declared.body).toMatchObject({ profile: { id: startup.profile.id }, otherProfile: { id: other.profile.id } });
    expect((await declare(staffLS, other, startup, 'lần nữa')).status).toBe(409);
    expect((await declare(staffLS, other, other, 'x')).status).toBe(400);
    const blocked = await startup.client.post('/api/intros', { toProfileId: other.profile.id, message: 'Xin gặp' });
    expect(blocked.status).toBe(409);
    const listed = (await staffLS.get(`/api/staff/conflicts?profileId=${other.profile.id}`)).body.items;
    expect(listed.map((c: any) => c.id)).toEqual([declared.body.id]);
    expect((await staffLS.delete(`/api/staff/conflicts/${declared.body.id}`)).status).toBe(204);
    expect((await staffLS.delete(`/api/staff/conflicts/${declared.body.id}`)).status).toBe(404);
    expect((await startup.client.post('/api/intros', { toProfileId: other.profile.id, message: 'Xin gặp' })).status).toBe(201);
  });

  it('lets staff of either side declare; lists show only declarations touching the province', async () => {
    const cross = await declare(staffPT, ptExpert, startup, 'Đồng sở hữu');
    expect(cross.status).toBe(201);
    const pt = (await staffPT.get('/api/staff/conflicts')).body.items.map((c: any) => c.id);
    const ls = (await staffLS.get('/api/staff/conflicts')).body.items.map((c: any) => c.id);
    expect(pt).toEqual([cross.body.id]);
    expect(ls).toContain(cross.body.id);
  });

  it('lets only the declaring province (or an admin) withdraw a declaration; the other side sees it but gets 403', async () => {
    const ptStartup = await member(t, 'startup', { name: 'Chè Phú Thọ', province: 'phu-tho' });
    const declared = await declare(staffPT, ptStartup, expert, 'Người nhà');
    expect(declared.status).toBe(201);
    const refused = await staffLS.delete(`/api/staff/conflicts/${declared.body.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await staffLS.get('/api/staff/conflicts')).body.items.map((c: any) => c.id)).toContain(declared.body.id);
    expect((await staffPT.delete(`/api/staff/conflicts/${declared.body.id}`)).status).toBe(204);
    expect((await staffPT.get('/api/staff/conflicts')).body.items.map((c: any) => c.id)).not.toContain(declared.body.id);
  });
});

describe('province policy', () => {
  it('reads defaults, changes only the fields given, and validates', async () => {
    expect((await staffPT.get('/api/staff/policy')).body).toEqual({
      province: 'phu-tho',
      sharing: 'all',
      staffApprovalKinds: [],
      staleNeedDays: 14,
      updatedAt: null,
      updatedBy: null,
    });
    const changed = await staffPT.put('/api/staff/policy', { sharing: 'region', staffApprovalKinds: ['investor', 'investor', 'provider'] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      province: 'phu-tho',
      sharing: 'region',
      staffApprovalKinds: ['investor', 'provider'],
      staleNeedDays: 14,
    });
    expect((await staffPT.put('/api/staff/policy', { staleNeedDays: 21 })).body).toMatchObject({ sharing: 'region', staleNeedDays: 21 });
    expect((await admin.get('/api/staff/policy?province=Vĩnh Phúc')).body).toMatchObject({ province: 'phu-tho', sharing: 'region' });
    expect((await staffPT.put('/api/staff/policy', {})).status).toBe(400);
    expect((await staffPT.put('/api/staff/policy', { staffApprovalKinds: ['startup'] })).status).toBe(400);
    expect((await staffPT.put('/api/staff/policy', { sharing: 'nobody' })).status).toBe(400);
    expect((await staffPT.put('/api/staff/policy', { staleNeedDays: 0 })).status).toBe(400);
    expect((await admin.get('/api/staff/policy')).status).toBe(400);
    expect((await expert.client.get('/api/staff/policy')).status).toBe(403);
  });
});
