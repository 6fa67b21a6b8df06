import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../test/helpers/fixtures.js';
import { adminClient, adminEnv, member, readAllPages, staffOf } from '../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../test/helpers/signedIn.js';
import { startTestApp } from '../../../test/helpers/testApp.js';
import type { TestClient } from '../../../test/helpers/testClient.js';

let honey: Member;
const needsCollection = () => t.app.store.collection({ name: 'needs' });

const { t, staff } = useAppWithStaff(['lang-son', 'phu-tho']);
const [staffLs, staffPt] = staff;
beforeAll(async () => {
  honey = await member(t, 'startup');
});

describe('creating needs', () => {
  it('classifies free text when no category is given and records the history', async () => {
    const res = await honey.client.post('/api/needs', {
      title: 'Đăng ký nhãn hiệu cho mật ong chanh rừng',
      description: 'Chúng tôi muốn bảo hộ tên và logo trước khi bán ở siêu thị.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      startupId: honey.profile.id,
      category: 'trademark',
      status: 'open',
      urgency: 'normal',
      province: 'lang-son',
    });
    expect(res.body.suggestedCategories[0].code).toBe('trademark');
    expect(res.body.suggestedCategories[0].confidence).toBeGreaterThan(0);
    expect(res.body.history).toEqual([{ at: res.body.createdAt, by: honey.user.id, from: null, to: 'open' }]);
    const stored = await needsCollection().findOne({ _id: res.body.id });
    expect(stored).toMatchObject({ category: 'trademark', startupId: honey.profile.id });
  });

  it('classifies text without diacritics and English text', async () => {
    const folded = await honey.client.post('/api/needs', { title: 'can cho ngoi lam viec chung 10 ngay' });
    expect(folded.body.category).toBe('workspace');
    const english = await honey.client.post('/api/needs', { title: 'Looking for an angel investor for seed funding' });
    expect(english.body.category).toBe('funding');
  });

  it('keeps a category the founder chose', async () => {
    const res = await honey.client.post('/api/needs', { title: 'Tìm đối tác', category: 'distribution', urgency: 'high' });
    expect(res.body).toMatchObject({ category: 'distribution', urgency: 'high' });
  });

  it('requires a startup profile first (409) and refuses experts (403)', async () => {
    const c = t.client();
    await c.register({ role: 'startup' });
    const res = await c.post('/api/needs', { title: 'Cần tư vấn' });
    expect(res.status).toBe(409);
    const expert = await member(t, 'expert');
    expect((await expert.client.post('/api/needs', { title: 'x' })).status).toBe(403);
  });

  it('lets staff create for a startup of their province only', async () => {
    const ok = await staffLs.post('/api/needs', { startupId: honey.profile.id, title: 'Làm tem truy xuất nguồn gốc, mã vạch' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ startupId: honey.profile.id, category: 'standards' });
    expect(ok.body.history[0].by).not.toBe(honey.user.id);
    const before = await needsCollection().countDocuments();
    expect((await staffPt.post('/api/needs', { startupId: honey.profile.id, title: 'x' })).status).toBe(403);
    expect((await staffLs.post('/api/needs', { title: 'no startup named' })).status).toBe(400);
    expect((await staffLs.post('/api/needs', { startupId: 'nope', title: 'x' })).status).toBe(404);
    expect(await needsCollection().countDocuments()).toBe(before);
  });

  it('rejects bad input with 400 and stores nothing', async () => {
    const before = await needsCollection().countDocuments();
    for (const body of [
      {},
      { title: '' },
      { title: 'x', category: 'magic' },
      { title: 'x', urgency: 'yesterday' },
      { title: { $ne: null } },
      { title: 'x', extra: 1 },
    ]) {
      const res = await honey.client.post('/api/needs', body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect(await needsCollection().countDocuments()).toBe(before);
  });
});

describe('who sees which needs', () => {
  it('applies role-based visibility to the list and to single needs', async () => {
    const local = await startTestApp({ env: adminEnv });
    try {
      const adm = await adminClient(local);
      const ls = await member(local, 'startup', { province: 'lang-son' });
      const pt = await member(local, 'startup', { province: 'phu-tho', name: 'Chè Phú Thọ' });
      const tm = (await ls.client.post('/api/needs', { title: 'Đăng ký nhãn hiệu', category: 'trademark' })).body;
      const ws = (await ls.client.post('/api/needs', { title: 'Chỗ làm việc', category: 'workspace' })).body;
      const fund = (await pt.client.post('/api/needs', { title: 'Gọi vốn', category: 'funding' })).body;
      const ipExpert = await member(local, 'expert', { expertise: ['trademark'] });
      const space = await member(local, 'provider', { offerings: ['workspace'] });
      const angel = await member(local, 'investor');
      const sLs = await staffOf(local, adm, 'lang-son');

      const ids = async (c: TestClient, q = '') => ((await c.get(`/api/needs${q}`)).body.items as { id: string }[]).map((n) => n.id).sort();
      expect(await ids(ls.client)).toEqual([tm.id, ws.id].sort());
      expect(await ids(pt.client)).toEqual([fund.id]);
      expect(await ids(ipExpert.client)).toEqual([tm.id]);
      expect(await ids(space.client)).toEqual([ws.id]);
      expect(await ids(angel.client)).toEqual([fund.id]);
      expect(await ids(sLs)).toEqual([tm.id, ws.id].sort());
      expect(await ids(adm)).toEqual([tm.id, ws.id, fund.id].sort());
      expect(await ids(adm, '?province=quang-ninh')).toEqual([]);
      expect(await ids(adm, '?category=funding')).toEqual([fund.id]);
      expect((await sLs.get('/api/needs?province=phu-tho')).status).toBe(403);
      expect((await ls.client.get(`/api/needs?startupId=${pt.profile.id}`)).status).toBe(403);

      expect((await ipExpert.client.get(`/api/needs/${tm.id}`)).status).toBe(200);
      expect((await ipExpert.client.get(`/api/needs/${ws.id}`)).status).toBe(404);
      expect((await pt.client.get(`/api/needs/${tm.id}`)).status).toBe(404);
      expect((await sLs.get(`/api/needs/${fund.id}`)).status).toBe(404);

      // An expert no longer sees a need once it is resolved.
      await ls.client.patch(`/api/needs/${tm.id}`, { status: 'resolved' });
      expect(await ids(ipExpert.client)).toEqual([]);
    } finally {
      await local.close();
    }
  });

  it('pages newest first without gaps', async () => {
    const c = await member(t, 'startup', { name: 'Phân trang' });
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await c.client.post('/api/needs', { title: `Nhu cầu ${i}`, category: 'mentoring' })).body.id);
    expect((await readAllPages(c.client, '/api/needs?limit=2')).ids).toEqual([...made].reverse());
  });
});

describe('changing needs', () => {
  it('moves status along the state machine, keeping every change in the history', async () => {
    const need = (await honey.client.post('/api/needs', { title: 'Kết nối siêu thị', category: 'distribution' })).body;
    const steps = ['in_progress', 'resolved', 'open', 'closed', 'open'];
    for (const to of steps) {
      const res = await honey.client.patch(`/api/needs/${need.id}`, { status: to });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe(to);
    }
    const final = (await honey.client.get(`/api/needs/${need.id}`)).body;
    expect(final.history.map((h: { from: string | null; to: string }) => `${h.from}→${h.to}`)).toEqual([
      'null→open',
      'open→in_progress',
      'in_progress→resolved',
      'resolved→open',
      'open→closed',
      'closed→open',
    ]);
  });

  it('refuses an illegal transition with 409 invalid_transition and changes nothing', async () => {
    const need = (await honey.client.post('/api/needs', { title: 'Thiết kế bao bì', category: 'marketing' })).body;
    await honey.client.patch(`/api/needs/${need.id}`, { status: 'closed' });
    const res = await honey.client.patch(`/api/needs/${need.id}`, { status: 'resolved' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('invalid_transition');
    const stored = await needsCollection().findOne({ _id: need.id });
    expect(stored).toMatchObject({ status: 'closed' });
    expect((stored as unknown as { history: unknown[] }).history).toHaveLength(2);
  });

  it('lets staff of the province edit; others cannot', async () => {
    const need = (await honey.client.post('/api/needs', { title: 'Tập huấn', category: 'training' })).body;
    expect((await staffLs.patch(`/api/needs/${need.id}`, { title: 'Tập huấn kỹ thuật' })).body.title).toBe('Tập huấn kỹ thuật');
    expect((await staffPt.patch(`/api/needs/${need.id}`, { status: 'closed' })).status).toBe(404);
    const other = await member(t, 'startup', { name: 'Khác' });
    expect((await other.client.patch(`/api/needs/${need.id}`, { status: 'closed' })).status).toBe(404);
    expect((await honey.client.patch(`/api/needs/${need.id}`, {})).status).toBe(400);
    expect(await needsCollection().findOne({ _id: need.id })).toMatchObject({ status: 'open', title: 'Tập huấn kỹ thuật' });
  });
});
