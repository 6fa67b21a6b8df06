// Lạng Sơn staff cannot read or change Phú Thọ data through any staff, report or audit route.
// The loop is checked against the registered routes, so a new route without a case fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import { member, type Member } from '../../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../../test/helpers/signedIn.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { getBytes } from './helpers.js';

let ptStartup: Member;
let ptExpert: Member;
let ptExpert2: Member;
let lsStartup: Member;
const pt_ = { needId: '', introId: '', conflictId: '' };
const PT_NEED_TITLE = 'Tiêu chuẩn VietGAP cho bưởi Đoan Hùng';
const PT_EVENT_TITLE = 'Hội thảo bưởi Đoan Hùng';

const { t, admin, staff } = useAppWithStaff(['lang-son', 'phu-tho']);
const [ls, pt] = staff;
beforeAll(async () => {
  await pt.put('/api/staff/policy', { staffApprovalKinds: ['expert'] });
  ptStartup = await member(t, 'startup', { name: 'Bưởi Đoan Hùng', province: 'phu-tho' });
  ptExpert = await member(t, 'expert', { name: 'Chuyên gia Việt Trì', province: 'phu-tho' });
  ptExpert2 = await member(t, 'expert', { name: 'Chuyên gia Vĩnh Yên', province: 'phu-tho' });
  lsStartup = await member(t, 'startup', { name: 'Mật ong Chi Lăng' });
  pt_.needId = (await ptStartup.client.post('/api/needs', { title: PT_NEED_TITLE, category: 'standards' })).body.id;
  pt_.introId = (
    await ptStartup.client.post('/api/intros', { toProfileId: ptExpert.profile.id, needId: pt_.needId, message: 'Xin tư vấn' })
  ).body.id;
  expect(
    (
      await pt.post('/api/staff/contacts', {
        subjectType: 'startup',
        subjectId: ptStartup.profile.id,
        channel: 'phone',
        note: 'Gọi hỏi thăm',
      })
    ).status,
  ).toBe(201);
  const conflict = await pt.post('/api/staff/conflicts', {
    profileId: ptStartup.profile.id,
    otherProfileId: ptExpert2.profile.id,
    reason: 'Người nhà',
  });
  pt_.conflictId = conflict.body.id;
  await lsStartup.client.post('/api/needs', { title: 'Nhãn hiệu mật ong', category: 'trademark' });
  const held = {
    startsAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
    endsAt: new Date(Date.now() - 9 * 86_400_000).toISOString(),
  };
  const event = await pt.post('/api/events', { kind: 'workshop', title: PT_EVENT_TITLE, ...held, status: 'published' });
  expect(event.status).toBe(201);
});

type Case = (c: TestClient) => Promise<void>;

const expectStatus = async (promise: Promise<{ status: number }>, status: number) => expect((await promise).status).toBe(status);

const CASES: Record<string, Case> = {
  'get /staff/queue': async (c) => {
    await expectStatus(c.get('/api/staff/queue?province=phu-tho'), 403);
    await expectStatus(c.get('/api/staff/queue?province=Vĩnh Phúc'), 403); // a legacy name of Phú Thọ
    const own = (await c.get('/api/staff/queue')).body;
    expect(JSON.stringify(own)).not.toContain(pt_.introId);
    expect(own.scope.province).toBe('lang-son');
  },
  'post /staff/contacts': async (c) => {
    const before = (await pt.get('/api/staff/contacts')).body.items.length;
    for (const [subjectType, subjectId] of [
      ['startup', ptStartup.profile.id],
      ['profile', ptExpert.profile.id],
      ['need', pt_.needId],
      ['intro', pt_.introId],
    ]) {
      await expectStatus(c.post('/api/staff/contacts', { subjectType, subjectId, channel: 'phone', note: 'thử' }), 404);
    }
    expect((await pt.get('/api/staff/contacts')).body.items).toHaveLength(before);
  },
  'get /staff/contacts': async (c) => {
    await expectStatus(c.get('/api/staff/contacts?province=phu-tho'), 403);
    await expectStatus(c.get(`/api/staff/contacts?subjectId=${ptStartup.profile.id}`), 404);
    await expectStatus(c.get(`/api/staff/contacts?subjectId=${pt_.needId}`), 404);
    expect((await c.get(`/api/staff/contacts?profileId=${ptStartup.profile.id}`)).body.items).toEqual([]);
    expect((await c.get('/api/staff/contacts')).body.items).toEqual([]);
  },
  'post /staff/verifications': async (c) => {
    await expectStatus(c.post('/api/staff/verifications', { profileId: ptExpert.profile.id, verified: true, checked: ['Bằng cấp'] }), 404);
    expect((await admin.get(`/api/profiles/${ptExpert.profile.id}`)).body.verified).toBe(false);
  },
  'get /staff/verifications': async (c) => {
    await expectStatus(c.get('/api/staff/verifications?province=phu-tho'), 403);
    await expectStatus(c.get(`/api/staff/verifications?profileId=${ptExpert.profile.id}`), 404);
  },
  'post /staff/conflicts': async (c) => {
    await expectStatus(
      c.post('/api/staff/conflicts', { profileId: ptStartup.profile.id, otherProfileId: ptExpert.profile.id, reason: 'thử' }),
      404,
    );
    expect((await pt.get('/api/staff/conflicts')).body.items).toHaveLength(1);
  },
  'get /staff/conflicts': async (c) => {
    await expectStatus(c.get('/api/staff/conflicts?province=phu-tho'), 403);
    expect((await c.get('/api/staff/conflicts')).body.items).toEqual([]);
    expect((await c.get(`/api/staff/conflicts?profileId=${ptStartup.profile.id}`)).body.items).toEqual([]);
  },
  'delete /staff/conflicts/:id': async (c) => {
    await expectStatus(c.delete(`/api/staff/conflicts/${pt_.conflictId}`), 404);
    expect((await pt.get('/api/staff/conflicts')).body.items.map((x: any) => x.id)).toEqual([pt_.conflictId]);
  },
  'get /staff/policy': async (c) => {
    await expectStatus(c.get('/api/staff/policy?province=phu-tho'), 403);
  },
  'put /staff/policy': async (c) => {
    await expectStatus(c.put('/api/staff/policy?province=phu-tho', { sharing: 'province' }), 403);
    await expectStatus(c.put('/api/staff/policy?province=hoa-binh', { sharing: 'province' }), 403);
    expect((await pt.get('/api/staff/policy')).body).toMatchObject({ sharing: 'all', staffApprovalKinds: ['expert'] });
  },
  'get /reports/summary': async (c) => {
    await expectStatus(c.get('/api/reports/summary?province=phu-tho'), 403);
    await expectStatus(c.get('/api/reports/summary?region=trung-du-mien-nui-phia-bac'), 403);
    const own = (await c.get('/api/reports/summary')).body;
    expect(own.province).toBe('lang-son');
    expect(own.needs.byCategory.standards).toEqual({ open: 0, resolved: 0 });
    expect(own.needs.byCategory.trademark).toEqual({ open: 1, resolved: 0 });
    expect(own.funnel.requested).toBe(0);
  },
  'get /reports/export.csv': async (c) => {
    for (const type of ['needs', 'intros', 'consultations', 'events']) {
      await expectStatus(c.get(`/api/reports/export.csv?type=${type}&province=phu-tho`), 403);
      const own = await getBytes(c, `/api/reports/export.csv?type=${type}`);
      expect(own.status).toBe(200);
      const text = new TextDecoder().decode(own.bytes);
      expect(text).not.toContain(PT_NEED_TITLE);
      expect(text).not.toContain(pt_.introId);
      expect(text).not.toContain(PT_EVENT_TITLE);
    }
  },
  'get /reports/events': async (c) => {
    await expectStatus(c.get('/api/reports/events?province=phu-tho'), 403);
    await expectStatus(c.get('/api/reports/events?region=trung-du-mien-nui-phia-bac'), 403);
    const own = (await c.get('/api/reports/events')).body;
    expect(own.scope.province).toBe('lang-son');
    expect(own.events.total).toBe(0);
  },
  'get /admin/audit': async (c) => {
    await expectStatus(c.get('/api/admin/audit'), 403);
    await expectStatus(c.get('/api/admin/audit?province=phu-tho'), 403);
  },
};

describe('province scope across every staff, report and audit route', () => {
  it('has a case for every registered route', () => {
    const registered = t.app.api.routes
      .filter((r) => r.path.startsWith('/staff/') || r.path.startsWith('/reports/') || r.path === '/admin/audit')
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(registered).toEqual(Object.keys(CASES).sort());
  });

  for (const [route, run] of Object.entries(CASES)) {
    it(`Lạng Sơn staff cannot reach Phú Thọ data: ${route}`, () => run(ls));
  }

  it('Phú Thọ staff still see their own data (the cases above are not vacuous)', async () => {
    expect((await pt.get('/api/staff/queue')).body.pendingStaff.map((i: any) => i.id)).toEqual([pt_.introId]);
    expect((await pt.get(`/api/staff/contacts?profileId=${ptStartup.profile.id}`)).body.items).toHaveLength(1);
    const summary = (await pt.get('/api/reports/summary')).body;
    expect(summary.needs.byCategory.standards).toEqual({ open: 1, resolved: 0 });
    expect(summary.funnel.requested).toBe(1);
    const csv = new TextDecoder().decode((await getBytes(pt, '/api/reports/export.csv?type=needs')).bytes);
    expect(csv).toContain(PT_NEED_TITLE);
    expect((await pt.get('/api/reports/events')).body.events.byKind.workshop).toBe(1);
    expect(new TextDecoder().decode((await getBytes(pt, '/api/reports/export.csv?type=events')).bytes)).toContain(PT_EVENT_TITLE);
  });
});
